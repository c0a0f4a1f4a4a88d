package app.rounds.introduction;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.rounds.common.error.Conflict;
import app.rounds.common.error.NotAllowed;

/**
 * A proposal that two attendees of one event meet. A request is made by party A, who has thereby accepted; a brokered
 * one by a third person, and both parties answer. It is accepted once both have accepted, declined as soon as one
 * declines, and expires when still pending at {@link #expiresAt}. Once accepted, either party may say they met.
 */
@Entity
@Table(name = "introduction")
public class Introduction {

    @Id
    private UUID id;
    private UUID eventId;
    @Enumerated(EnumType.STRING)
    private IntroductionKind kind;
    private UUID proposedBy;
    @Column(name = "party_a_id")
    private UUID partyAId;
    @Column(name = "party_b_id")
    private UUID partyBId;
    private String reason;
    @Enumerated(EnumType.STRING)
    private IntroductionStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_a_answer")
    private Answer partyAAnswer;
    @Enumerated(EnumType.STRING)
    @Column(name = "party_b_answer")
    private Answer partyBAnswer;
    private String answerMessage;
    private Instant expiresAt;
    private Instant answeredAt;
    @Column(name = "met_by_a_at")
    private Instant metByAAt;
    @Column(name = "met_by_b_at")
    private Instant metByBAt;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private long version;

    protected Introduction() {
    }

    static Introduction requested(UUID eventId, UUID requester, UUID recipient, String reason, Instant expiresAt, Instant now) {
        Introduction introduction = new Introduction(eventId, IntroductionKind.REQUEST, requester, requester, recipient,
                reason, expiresAt, now);
        introduction.partyAAnswer = Answer.ACCEPTED;
        return introduction;
    }

    static Introduction brokered(UUID eventId, UUID broker, UUID partyA, UUID partyB, String reason, Instant expiresAt, Instant now) {
        return new Introduction(eventId, IntroductionKind.BROKERED, broker, partyA, partyB, reason, expiresAt, now);
    }

    private Introduction(UUID eventId, IntroductionKind kind, UUID proposedBy, UUID partyA, UUID partyB, String reason,
                         Instant expiresAt, Instant now) {
        if (partyA.equals(partyB)) {
            throw new IllegalArgumentException("An introduction needs two people");
        }
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.kind = kind;
        this.proposedBy = proposedBy;
        this.partyAId = partyA;
        this.partyBId = partyB;
        this.reason = reason.strip();
        this.status = IntroductionStatus.PENDING;
        this.expiresAt = expiresAt;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The status as of now: a pending introduction past its time is expired even before the sweep marks it. */
    public IntroductionStatus statusAt(Instant now) {
        return StatusAt.of(status, expiresAt, now);
    }

    public boolean isParty(UUID accountId) {
        return partyAId.equals(accountId) || partyBId.equals(accountId);
    }

    /** A party, or whoever proposed it. */
    public boolean involves(UUID accountId) {
        return isParty(accountId) || proposedBy.equals(accountId);
    }

    public UUID otherParty(UUID party) {
        return partyAId.equals(party) ? partyBId : partyAId;
    }

    /** Returns true when this answer completes the introduction: both parties have now accepted. */
    boolean accept(UUID party, String message, Instant now) {
        requireAwaitingAnswerFrom(party, now);
        setAnswer(party, Answer.ACCEPTED);
        answerMessage = message;
        if (partyAAnswer == Answer.ACCEPTED && partyBAnswer == Answer.ACCEPTED) {
            status = IntroductionStatus.ACCEPTED;
            answeredAt = now;
        }
        updatedAt = now;
        return status == IntroductionStatus.ACCEPTED;
    }

    void decline(UUID party, String message, Instant now) {
        requireAwaitingAnswerFrom(party, now);
        setAnswer(party, Answer.DECLINED);
        answerMessage = message;
        status = IntroductionStatus.DECLINED;
        answeredAt = now;
        updatedAt = now;
    }

    void withdraw(UUID caller, Instant now) {
        if (!proposedBy.equals(caller)) {
            throw new NotAllowed("Only whoever asked for or proposed this introduction can withdraw it");
        }
        requirePending(now);
        status = IntroductionStatus.WITHDRAWN;
        updatedAt = now;
    }

    /** Returns false when this party had already said so: saying it twice is harmless. */
    boolean markMet(UUID party, Instant now) {
        if (!isParty(party)) {
            throw new NotAllowed("Only the two people introduced can say they met");
        }
        if (status != IntroductionStatus.ACCEPTED) {
            throw new Conflict("Only an accepted introduction can be marked as met; this one is " + describe(statusAt(now)));
        }
        boolean partyA = partyAId.equals(party);
        if ((partyA ? metByAAt : metByBAt) != null) {
            return false;
        }
        if (partyA) {
            metByAAt = now;
        } else {
            metByBAt = now;
        }
        updatedAt = now;
        return true;
    }

    void expire(Instant now) {
        if (statusAt(now) != IntroductionStatus.EXPIRED || status != IntroductionStatus.PENDING) {
            throw new IllegalStateException("Introduction " + id + " is not due to expire");
        }
        status = IntroductionStatus.EXPIRED;
        updatedAt = now;
    }

    private void requireAwaitingAnswerFrom(UUID party, Instant now) {
        if (!isParty(party)) {
            throw new NotAllowed("Only the people being introduced can answer this introduction");
        }
        if (kind == IntroductionKind.REQUEST && partyAId.equals(party)) {
            throw new NotAllowed("You asked for this introduction; only the person you asked can answer it");
        }
        requirePending(now);
        if (answerOf(party) != null) {
            throw new Conflict("You have already answered this introduction");
        }
    }

    private void requirePending(Instant now) {
        IntroductionStatus current = statusAt(now);
        if (current == IntroductionStatus.EXPIRED) {
            throw new Conflict("This introduction expired unanswered on " + expiresAt + "; it can no longer be changed");
        }
        if (current != IntroductionStatus.PENDING) {
            throw new Conflict("This introduction is already " + describe(current));
        }
    }

    private Answer answerOf(UUID party) {
        return partyAId.equals(party) ? partyAAnswer : partyBAnswer;
    }

    private void setAnswer(UUID party, Answer answer) {
        if (partyAId.equals(party)) {
            partyAAnswer = answer;
        } else {
            partyBAnswer = answer;
        }
    }

    private static String describe(IntroductionStatus status) {
        return status.name().toLowerCase();
    }

    public UUID id() { return id; }
    public UUID eventId() { return eventId; }
    public IntroductionKind kind() { return kind; }
    public UUID proposedBy() { return proposedBy; }
    public UUID partyAId() { return partyAId; }
    public UUID partyBId() { return partyBId; }
    public String reason() { return reason; }
    public Answer partyAAnswer() { return partyAAnswer; }
    public Answer partyBAnswer() { return partyBAnswer; }
    public String answerMessage() { return answerMessage; }
    public Instant expiresAt() { return expiresAt; }
    public Instant answeredAt() { return answeredAt; }
    public Instant metByAAt() { return metByAAt; }
    public Instant metByBAt() { return metByBAt; }
    public Instant createdAt() { return createdAt; }
}
