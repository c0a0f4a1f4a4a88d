package app.rounds.attendee;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.account.Account;

/** The caller's own profile, every field and every visibility setting. */
@Schema(name = "MyProfile")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MyProfileResponse(
        @Schema(required = true) UUID accountId,
        @Schema(required = true, description = "False until the profile is first saved; the fields then hold defaults")
        boolean complete,
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
        String email,
        @Schema(example = "+14105550123", description = "E.164") String cellNumber,
        String linkedinUrl,
        String websiteUrl,
        @Schema(required = true) ContactVisibilities visibility,
        @Schema(required = true) CellSharingDefault cellSharingDefault,
        @Schema(required = true, description = "Whether the organizer's integrations see the email address and cell number")
        boolean shareContactWithIntegrations,
        @Schema(description = "When the profile was last saved") OffsetDateTime updatedAt,
        @Schema(description = "Where the profile photo is served; absent when there is none") String photoUrl) {

    static MyProfileResponse of(AttendeeProfile saved, String photoVersion, SpecialtyVocabulary vocabulary) {
        ProfileDetails profile = saved.details();
        return new MyProfileResponse(saved.accountId(), true, profile.fullName(), profile.credentials(),
                SpecialtyRef.of(vocabulary.find(profile.specialtyCode()).orElse(null)),
                SpecialtyRef.of(vocabulary.find(profile.subspecialtyCode()).orElse(null)),
                profile.practiceName(), profile.city(), profile.npi(), profile.bio(),
                profile.wantsReferred(), profile.doesNotTake(), profile.refersOut(),
                profile.email(), profile.cellNumber(), profile.linkedinUrl(), profile.websiteUrl(), profile.visibility(),
                profile.cellSharingDefault(), profile.sharesContactWithIntegrations(),
                saved.updatedAt().atOffset(ZoneOffset.UTC), ProfilePhotos.urlOf(saved.accountId(), photoVersion));
    }

    /** Before the first save: the sign-up name and email to start from, and the default visibilities. */
    static MyProfileResponse defaultsFor(Account account, String photoVersion) {
        return new MyProfileResponse(account.id(), false, account.displayName(), List.of(), null, null, null, null, null,
                null, List.of(), List.of(), List.of(), account.email(), null, null, null, ContactVisibilities.DEFAULTS,
                CellSharingDefault.ASK, false, null, ProfilePhotos.urlOf(account.id(), photoVersion));
    }
}
