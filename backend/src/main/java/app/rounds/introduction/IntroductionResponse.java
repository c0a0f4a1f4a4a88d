package app.rounds.introduction;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.rounds.attendee.ProfileSummary;
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
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Person(@Schema(required = true) UUID id, @Schema(required = true) String name,
                         @Schema(description = "Photo and professional facts, so the other side can decide with context;"
                                 + " absent when the caller may not see this person's profile") ProfileSummary profile) {
    }

    /** The people an introduction names, whose summaries its response shows. */
    static Stream<UUID> peopleOf(IntroductionQueries.Row row) {
        Introduction introduction = row.introduction();
        return Stream.of(introduction.proposedBy(), introduction.partyAId(), introduction.partyBId());
    }

    /**
     * The introduction as the viewer may read it: what its people wrote (the reason, the answer's message) is private
     * to the two parties and whoever proposed it; an organizer managing the event sees the rest, never that text.
     * {@code summaries} holds the people's profile summaries the viewer may see.
     */
    static IntroductionResponse of(IntroductionQueries.Row row, Instant now, UUID viewer, Map<UUID, ProfileSummary> summaries) {
        Introduction introduction = row.introduction();
        boolean mayReadText = introduction.involves(viewer);
        return new IntroductionResponse(introduction.id(), introduction.eventId(), row.eventTitle(), introduction.kind(),
                introduction.statusAt(now),
                new Person(introduction.proposedBy(), row.proposerName(), summaries.get(introduction.proposedBy())),
                new Person(introduction.partyAId(), row.partyAName(), summaries.get(introduction.partyAId())),
                new Person(introduction.partyBId(), row.partyBName(), summaries.get(introduction.partyBId())),
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
