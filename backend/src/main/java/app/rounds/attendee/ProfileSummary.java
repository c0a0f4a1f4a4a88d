package app.rounds.attendee;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a card shows of someone beside their name: photo and professional facts, never contact details. Taken from the
 * profile as the viewer may see it, so it exists exactly where the profile would be shown.
 */
@Schema(name = "ProfileSummary", description = "Present only when the caller may see the person's profile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProfileSummary(
        SpecialtyRef specialty,
        String practiceName,
        String city,
        @Schema(required = true) List<String> wantsReferred,
        @Schema(required = true) List<String> refersOut,
        @Schema(description = "Where the square thumbnail is served; absent when there is no photo") String photoUrl) {

    static ProfileSummary of(AttendeeProfileResponse profile) {
        return new ProfileSummary(profile.specialty(), profile.practiceName(), profile.city(), profile.wantsReferred(),
                profile.refersOut(), profile.photoUrl());
    }
}
