package app.rounds.attendee;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/** One entry of the specialty vocabulary (NUCC Health Care Provider Taxonomy); see vocabulary/README.md. */
@Schema(name = "Specialty")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Specialty(
        @Schema(required = true, example = "207WX0107X", description = "NUCC taxonomy code") String code,
        @Schema(required = true, example = "Retina Specialist") String name,
        @Schema(required = true, example = "Physician",
                description = "Physician, Dentist, Optometrist, Podiatrist, Physician Assistant or Nurse Practitioner")
        String grouping,
        @Schema(example = "207W00000X", description = "For a subspecialty, the code of its specialty") String parentCode,
        @Schema(required = true, description = "Common procedures and case types, as tag suggestions")
        List<String> suggestedTags) {

    @JsonIgnore
    public boolean isSubspecialty() {
        return parentCode != null;
    }
}
