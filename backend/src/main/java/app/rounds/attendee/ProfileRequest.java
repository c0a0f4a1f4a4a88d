package app.rounds.attendee;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole profile, as the owner writes it; saving replaces what was there. Also what a seeder passes to
 * {@link ProfileService#save}. Shape is checked here; the vocabulary, NPI, phone and link rules in the service.
 */
@Schema(name = "ProfileRequest")
public record ProfileRequest(
        @Schema(required = true, example = "Dr. Dana Reyes", maxLength = 120)
        @NotBlank @Size(max = 120) String fullName,
        @Schema(required = true, minItems = 1, maxItems = 5)
        @NotNull @Size(min = 1, max = 5) List<@NotNull Credential> credentials,
        @Schema(required = true, example = "207W00000X", maxLength = 10,
                description = "Code of a top-level entry of GET /specialties")
        @NotBlank @Size(max = 10) String specialtyCode,
        @Schema(example = "207WX0107X", maxLength = 10, description = "Code of a subspecialty of the specialty")
        @Size(max = 10) String subspecialtyCode,
        @Schema(example = "Harbor Eye Associates", maxLength = 160) @Size(max = 160) String practiceName,
        @Schema(example = "Baltimore", maxLength = 120) @Size(max = 120) String city,
        @Schema(example = "1234567893", maxLength = 10, description = "US National Provider Identifier: ten digits")
        @Size(max = 10) String npi,
        @Schema(maxLength = 1000) @Size(max = 1000) String bio,
        @Schema(maxItems = Tags.MAX_PER_LIST, example = "[\"cataract surgery\", \"diabetic retinopathy\"]",
                description = "Procedures and case types the physician loves to be referred; each 2 to 60 characters,"
                        + " stored trimmed, in lower case and without duplicates")
        @Size(max = Tags.MAX_PER_LIST) List<String> wantsReferred,
        @Schema(maxItems = Tags.MAX_PER_LIST, description = "Case types to keep away; tags as in wantsReferred")
        @Size(max = Tags.MAX_PER_LIST) List<String> doesNotTake,
        @Schema(maxItems = Tags.MAX_PER_LIST, description = "What the physician sends to others; tags as in wantsReferred")
        @Size(max = Tags.MAX_PER_LIST) List<String> refersOut,
        @Schema(example = "dana.reyes@example.org", maxLength = 254) @Email @Size(max = 254) String email,
        @Schema(example = "(410) 555-0123", maxLength = 40,
                description = "As typed; stored in E.164. Without +country code, the service's default region applies")
        @Size(max = 40) String cellNumber,
        @Schema(example = "https://www.linkedin.com/in/dana-reyes", maxLength = 300) @Size(max = 300) String linkedinUrl,
        @Schema(example = "https://www.harbor-eye.example", maxLength = 300) @Size(max = 300) String websiteUrl,
        @Schema(description = "Who sees each contact field; the defaults when omitted")
        @Valid ContactVisibilities visibility,
        @Schema(description = "Whether new connections see the cell number at once (ALWAYS), never (NEVER) or after"
                + " the physician is asked (ASK, the default when omitted); each connection can be changed later")
        CellSharingDefault cellSharingDefault,
        @Schema(description = "Whether the organizer's integrations (a practice CRM, a mailing tool) see the email"
                + " address and cell number; false when omitted. A field kept for ONLY_ME stays hidden from them anyway")
        Boolean shareContactWithIntegrations) {
}
