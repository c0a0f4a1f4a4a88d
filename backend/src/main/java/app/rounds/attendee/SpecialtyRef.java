package app.rounds.attendee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A specialty as a profile names it. */
@Schema(name = "SpecialtyRef")
public record SpecialtyRef(
        @Schema(required = true, example = "207W00000X") String code,
        @Schema(required = true, example = "Ophthalmology") String name) {

    static SpecialtyRef of(Specialty specialty) {
        return specialty == null ? null : new SpecialtyRef(specialty.code(), specialty.name());
    }
}
