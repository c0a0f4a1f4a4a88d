package app.rounds.introduction;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.common.paging.PageRequest;

@Schema(name = "Introduction")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IntroductionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true) String eventTitle,
        @Schema(required = true) IntroductionKind kind,
        @Schema(required = true, description = "As of now: a pending introduction past expiresAt is EXPIRED") IntroductionStatus status,
        @Schema(required = true, description = "The requester (party A of a request) or the broker") Person proposedBy,
        @Schema(required = true, description = "For a request, the requester") Person partyA,
        @Schema(required = true, description = "For a request, the recipient") Person partyB,
        @Schema(description = "Why they should meet; only for the two people and whoever proposed it, so absent for an"
                + " organizer who is neither") String reason,
        Answer partyAAnswer,
        Answer partyBAnswer,
        @Schema(description = "What the last party to answer wrote; like reason, only for the people involved") String answerMessage,
        @Schema(required = true, description = "When it expires if still unanswered") OffsetDateTime expiresAt,
        OffsetDateTime answeredAt,
        OffsetDateTime metByPartyAAt,
        OffsetDateTime metByPartyBAt,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(description = "The two people's connection, once accepted") UUID connectionId) {

    @Schema(name = "IntroductionPerson")
    public record Person(@Schema(required = true) UUID id, @Schema(required = true) String name) {
    }

    /**
     * The introduction as the viewer may read it: what its people wrote (the reason, the answer's message) is private
     * to the two parties and whoever proposed it; an organizer managing the event sees the rest, never that text.
     */
    static IntroductionResponse of(IntroductionQueries.Row row, Instant now, UUID viewer) {
        Introduction introduction = row.introduction();
        boolean mayReadText = introduction.involves(viewer);
        return new IntroductionResponse(introduction.id(), introduction.eventId(), row.eventTitle(), introduction.kind(),
                introduction.statusAt(now), new Person(introduction.proposedBy(), row.proposerName()),
                new Person(introduction.partyAId(), row.partyAName()), new Person(introduction.partyBId(), row.partyBName()),
                mayReadText ? introduction.reason() : null, introduction.partyAAnswer(), introduction.partyBAnswer(),
                mayReadText ? introduction.answerMessage() : null, at(introduction.expiresAt()), at(introduction.answeredAt()),
                at(introduction.metByAAt()), at(introduction.metByBAt()), at(introduction.createdAt()), row.connectionId());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Schema(name = "IntroductionPage")
    public record Page(@Schema(required = true) List<IntroductionResponse> items, @Schema(description = PageRequest.NEXT_CURSOR) String nextCursor) {
    }
}
