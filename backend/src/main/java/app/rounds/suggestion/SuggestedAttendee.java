package app.rounds.suggestion;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.attendee.Credential;
import app.rounds.attendee.SpecialtyRef;

/**
 * The part of a suggested attendee's profile every co-attendee may see, photo included (whoever may see a profile may
 * see its photo, and suggestions go only to co-attendees and organizers). Contact fields are left out on purpose:
 * they follow per-viewer rules, served by {@code GET /attendees/{attendeeId}}.
 */
@Schema(name = "SuggestedAttendee")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SuggestedAttendee(
        @Schema(required = true) UUID attendeeId,
        @Schema(required = true, example = "Dr. Dana Reyes") String fullName,
        @Schema(required = true) List<Credential> credentials,
        @Schema(required = true) SpecialtyRef specialty,
        SpecialtyRef subspecialty,
        String practiceName,
        String city,
        @Schema(required = true) List<String> wantsReferred,
        @Schema(required = true) List<String> doesNotTake,
        @Schema(required = true) List<String> refersOut,
        @Schema(description = "Where the square thumbnail is served; absent when there is no photo") String photoUrl) {
}
