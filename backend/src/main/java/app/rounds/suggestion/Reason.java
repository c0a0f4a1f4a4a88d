package app.rounds.suggestion;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One reason two attendees should meet, in plain words and as a kind a client can act on. */
@Schema(name = "SuggestionReason")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Reason(
        @Schema(required = true, description = """
                From the viewer's side (in a pair suggestion, from the first attendee's side): REFERS_TO_THEM, the viewer \
                refers out a case the other wants; REFERS_TO_YOU, the other refers out a case the viewer wants; \
                SPECIALTY_REFERS_TO_THEM / SPECIALTY_REFERS_TO_YOU, the viewer's specialty commonly refers to the other's \
                or the other way round; SAME_CITY, both practice in one city.""") Kind kind,
        @Schema(required = true, example = "You refer out cataract surgery; they want it referred") String text,
        @Schema(example = "cataract surgery", description = "The matched tag, for the two tag kinds") String tag) {

    @Schema(name = "SuggestionReasonKind")
    public enum Kind { REFERS_TO_THEM, REFERS_TO_YOU, SPECIALTY_REFERS_TO_THEM, SPECIALTY_REFERS_TO_YOU, SAME_CITY }
}
