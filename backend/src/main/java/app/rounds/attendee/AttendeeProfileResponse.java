package app.rounds.attendee;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.attendee.ContactVisibility.Viewer;

/**
 * Someone's profile as the caller may see it: contact fields the owner does not show this caller are absent, and the
 * owner's visibility settings are never shown to anyone else.
 */
@Schema(name = "AttendeeProfile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AttendeeProfileResponse(
        @Schema(required = true) UUID attendeeId,
        @Schema(required = true, description = "False while the attendee has not filled in a profile") boolean complete,
        @Schema(required = true, example = "Dr. Dana Reyes") String fullName,
        @Schema(required = true) List<Credential> credentials,
        SpecialtyRef specialty,
        SpecialtyRef subspecialty,
        String practiceName,
        String city,
        @Schema(example = "1234567893") String npi,
        String bio,
        @Schema(required = true) List<String> wantsReferred,
        @Schema(required = true) List<String> doesNotTake,
        @Schema(required = true) List<String> refersOut,
        @Schema(description = "Present only when the owner shows it to the caller") String email,
        @Schema(example = "+14105550123", description = "E.164; present only when the owner shows it to the caller and,"
                + " for a number kept for connections, consents to show it to this connection")
        String cellNumber,
        @Schema(description = "Present only when the owner shows it to the caller") String linkedinUrl,
        @Schema(description = "Present only when the owner shows it to the caller") String websiteUrl,
        @Schema(description = "Where the profile photo is served (a square thumbnail; add size=full for the whole photo);"
                + " absent when there is none") String photoUrl) {

    static AttendeeProfileResponse of(UUID attendeeId, ProfileDetails profile, String photoVersion, Viewer viewer,
                                      SpecialtyVocabulary vocabulary) {
        ContactVisibilities visibility = profile.visibility();
        return new AttendeeProfileResponse(attendeeId, true, profile.fullName(), profile.credentials(),
                SpecialtyRef.of(vocabulary.find(profile.specialtyCode()).orElse(null)),
                SpecialtyRef.of(vocabulary.find(profile.subspecialtyCode()).orElse(null)),
                profile.practiceName(), profile.city(), profile.npi(), profile.bio(),
                profile.wantsReferred(), profile.doesNotTake(), profile.refersOut(),
                ContactVisibility.maySeeDirectContact(visibility.email(), viewer) ? profile.email() : null,
                ContactVisibility.maySeeCell(visibility.cellNumber(), viewer) ? profile.cellNumber() : null,
                shown(profile.linkedinUrl(), visibility.linkedinUrl(), viewer),
                shown(profile.websiteUrl(), visibility.websiteUrl(), viewer),
                ProfilePhotos.urlOf(attendeeId, photoVersion));
    }

    /** An attendee who has not written a profile yet shows only the name they signed up with. */
    static AttendeeProfileResponse unwritten(UUID attendeeId, String displayName, String photoVersion) {
        return new AttendeeProfileResponse(attendeeId, false, displayName, List.of(), null, null, null, null, null, null,
                List.of(), List.of(), List.of(), null, null, null, null, ProfilePhotos.urlOf(attendeeId, photoVersion));
    }

    private static String shown(String value, Visibility setting, Viewer viewer) {
        return ContactVisibility.maySee(setting, viewer) ? value : null;
    }
}
