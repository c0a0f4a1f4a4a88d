package app.rounds.followup;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.attendee.AttendeeProfileResponse;

/**
 * A prefilled follow-up email, to open in the attendee's own mail app: the event, what the colleague wants referred
 * and the sender's own biography line. Built only from what the colleague shows the sender.
 */
@Schema(name = "FollowUpEmailDraft")
public record EmailDraft(@Schema(required = true) String to,
                         @Schema(required = true) String subject,
                         @Schema(required = true) String body,
                         @Schema(required = true, description = "RFC 6068 mailto: URI with the subject and body") String mailto) {

    /** Null when the colleague does not show the sender an email address. */
    static EmailDraft of(String eventTitle, AttendeeProfileResponse colleague, AttendeeProfileResponse sender) {
        if (colleague == null || colleague.email() == null) {
            return null;
        }
        String subject = "Great to meet you at " + eventTitle;
        StringBuilder body = new StringBuilder("Dear ").append(colleague.fullName()).append(",\n\n")
                .append("It was a pleasure to meet you at ").append(eventTitle).append(".");
        List<String> wanted = colleague.wantsReferred();
        if (!wanted.isEmpty()) {
            body.append(" I will keep you in mind for ").append(String.join(", ", wanted)).append(".");
        }
        String bioLine = sender == null ? null : firstSentence(sender.bio());
        if (bioLine != null) {
            body.append("\n\nA word about me: ").append(bioLine);
        }
        body.append("\n\nBest regards,\n").append(sender == null ? "" : sender.fullName());
        String text = body.toString();
        return new EmailDraft(colleague.email(), subject, text,
                "mailto:" + colleague.email() + "?subject=" + encode(subject) + "&body=" + encode(text));
    }

    private static String firstSentence(String bio) {
        if (bio == null || bio.isBlank()) {
            return null;
        }
        String text = bio.strip().replaceAll("\\s+", " ");
        int end = text.indexOf(". ");
        return end < 0 ? text : text.substring(0, end + 1);
    }

    /** RFC 6068 wants %20 for spaces; form encoding's '+' would show up literally in some mail apps. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
