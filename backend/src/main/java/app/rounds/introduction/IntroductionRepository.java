package app.rounds.introduction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;

@ApplicationScoped
public class IntroductionRepository implements PanacheRepositoryBase<Introduction, UUID> {

    /** Answers to one introduction are decided one at a time, holding its row's lock. */
    Optional<Introduction> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Introduction.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The requester's unanswered requests at the event: what the event's open request limit counts. */
    long openRequestsOf(UUID requester, UUID eventId, Instant now) {
        return count("proposedBy = :requester and eventId = :event and kind = :kind and " + StatusAt.pending(""),
                Parameters.with("requester", requester).and("event", eventId).and("kind", IntroductionKind.REQUEST).and("now", now));
    }

    /** Every introduction between the two at the event, whichever way round. */
    List<Introduction> between(UUID eventId, UUID one, UUID other) {
        return list("eventId = ?1 and ((partyAId = ?2 and partyBId = ?3) or (partyAId = ?3 and partyBId = ?2))",
                eventId, one, other);
    }

    /** Pending introductions past their time, locked so two sweeps never take the same one. */
    List<Introduction> dueForExpiry(Instant now, int limit) {
        return find(StatusAt.overdue("") + " order by expiresAt", Parameters.with("now", now))
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", -2)
                .range(0, limit - 1)
                .list();
    }
}
