package app.rounds.suggestion;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The response records of the two suggestion endpoints. */
public final class SuggestionResponses {

    private SuggestionResponses() {
    }

    @Schema(name = "OpenIntroduction", description = "An introduction between the two at this event, still pending or accepted")
    public enum OpenIntroduction { PENDING, ACCEPTED }

    @Schema(name = "Suggestion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Suggestion(
            @Schema(required = true) SuggestedAttendee attendee,
            @Schema(required = true, minimum = "1", description = "Higher is a better fit; only for ranking") int score,
            @Schema(required = true, description = "Why, strongest first") List<Reason> reasons,
            @Schema(description = "Present when the viewer and this attendee already have an introduction at this event")
            OpenIntroduction introduction) {
    }

    @Schema(name = "SuggestionList", description = "Ranked best first; ties by name. Not paged: ask for a larger limit.")
    public record SuggestionList(@Schema(required = true) List<Suggestion> items) {
    }

    @Schema(name = "PairSuggestion")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PairSuggestion(
            @Schema(required = true, description = "Of the two, the first by name") SuggestedAttendee first,
            @Schema(required = true) SuggestedAttendee second,
            @Schema(required = true, minimum = "1") int score,
            @Schema(required = true, description = "Why, strongest first; the first attendee takes the viewer's part") List<Reason> reasons,
            @Schema(description = "Present when the two already have an introduction at this event") OpenIntroduction introduction) {
    }

    @Schema(name = "PairSuggestionList", description = "Each pair once, ranked best first; ties by the names. Not paged.")
    public record PairSuggestionList(@Schema(required = true) List<PairSuggestion> items) {
    }
}
