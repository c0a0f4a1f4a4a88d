package app.rounds.introduction;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request shapes of introductions, and the caller's allowance of open requests at an event. */
public final class IntroductionRequests {

    private IntroductionRequests() {
    }

    @Schema(name = "IntroductionRequest", description = "Either recipientId (ask to meet them yourself) or partyAId and"
            + " partyBId (broker: propose that the two meet; organizers, or an attendee connected to both)")
    public record Create(@Schema(required = true) @NotNull UUID eventId,
                         UUID recipientId,
                         UUID partyAId,
                         UUID partyBId,
                         @Schema(required = true, maxLength = 500, example = "You refer out cataract cases; I take them")
                         @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "IntroductionAnswerRequest", description = "An optional message to the others involved")
    public record AnswerNote(@Schema(maxLength = 500) @Size(max = 500) String message) {
    }

    @Schema(name = "IntroductionAllowance", description = "How many more introduction requests the caller may open at"
            + " an event: unanswered requests are capped per attendee so that each one is deliberate")
    public record Allowance(@Schema(required = true) UUID eventId,
                            @Schema(required = true, description = "The event's cap on a requester's open requests")
                            int openRequestLimit,
                            @Schema(required = true, description = "The caller's requests still waiting for an answer")
                            int openRequests,
                            @Schema(required = true) int remaining,
                            @Schema(required = true, description = "When requests at this event close and open ones expire")
                            OffsetDateTime closesAt) {
    }
}
