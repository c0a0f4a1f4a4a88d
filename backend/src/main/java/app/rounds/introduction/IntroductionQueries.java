package app.rounds.introduction;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import app.rounds.common.paging.Cursor;

/** Introductions with the names and event they show, each read in one statement whatever the page size. */
@ApplicationScoped
public class IntroductionQueries {

    private static final String SELECT = """
            select i, e.title, coalesce(pp.fullName, ap.displayName), coalesce(pa.fullName, aa.displayName),
                   coalesce(pb.fullName, ab.displayName), c.id
            from Introduction i
            join Event e on e.id = i.eventId
            join Account ap on ap.id = i.proposedBy left join AttendeeProfile pp on pp.accountId = ap.id
            join Account aa on aa.id = i.partyAId left join AttendeeProfile pa on pa.accountId = aa.id
            join Account ab on ab.id = i.partyBId left join AttendeeProfile pb on pb.accountId = ab.id
            left join Connection c on i.status = app.rounds.introduction.IntroductionStatus.ACCEPTED
                 and ((c.accountLow = i.partyAId and c.accountHigh = i.partyBId)
                   or (c.accountLow = i.partyBId and c.accountHigh = i.partyAId))
            where 1 = 1""";

    private final EntityManager entityManager;

    IntroductionQueries(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** An introduction with its event's title, the names of the three people, and the connection it made. */
    public record Row(Introduction introduction, String eventTitle, String proposerName, String partyAName,
                      String partyBName, UUID connectionId) {
    }

    /** Which of the caller's introductions a list shows: SENT are those they proposed, RECEIVED those proposed to them. */
    public enum Direction { SENT, RECEIVED }

    /**
     * What a viewer may list: an attendee (or an organizer without an event) sees those they are part of or proposed;
     * an organizer naming an event sees all of that event's.
     */
    public record Filter(UUID viewer, boolean wholeEvent, UUID eventId, IntroductionStatus status, Direction direction) {
    }

    List<Row> list(Filter filter, Instant now, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder(SELECT);
        Map<String, Object> parameters = new HashMap<>();
        if (!filter.wholeEvent()) {
            jpql.append(" and (i.proposedBy = :viewer or i.partyAId = :viewer or i.partyBId = :viewer)");
            parameters.put("viewer", filter.viewer());
        }
        if (filter.eventId() != null) {
            jpql.append(" and i.eventId = :eventId");
            parameters.put("eventId", filter.eventId());
        }
        if (filter.direction() != null) {
            jpql.append(filter.direction() == Direction.SENT ? " and i.proposedBy = :me" : " and i.proposedBy <> :me"
                    + " and (i.partyAId = :me or i.partyBId = :me)");
            parameters.put("me", filter.viewer());
        }
        if (filter.status() != null) {
            appendStatus(jpql, filter.status(), parameters, now);
        }
        if (after != null) {
            jpql.append(" and (i.createdAt < :afterAt or (i.createdAt = :afterAt and i.id < :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by i.createdAt desc, i.id desc");
        var query = entityManager.createQuery(jpql.toString(), Object[].class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList().stream().map(IntroductionQueries::row).toList();
    }

    /** All of an event's introductions, newest first, a page at a time, as an organizer managing it lists them. */
    public List<Row> ofEvent(UUID eventId, Instant now, Cursor after, int limit) {
        return list(new Filter(null, true, eventId, null, null), now, after, limit);
    }

    Optional<Row> one(UUID introductionId) {
        return entityManager.createQuery(SELECT + " and i.id = :id", Object[].class)
                .setParameter("id", introductionId)
                .getResultStream()
                .findFirst()
                .map(IntroductionQueries::row);
    }

    /** Filters on the status as of now (see {@link StatusAt}). */
    private static void appendStatus(StringBuilder jpql, IntroductionStatus status, Map<String, Object> parameters, Instant now) {
        switch (status) {
            case PENDING -> jpql.append(" and ").append(StatusAt.pending("i."));
            case EXPIRED -> jpql.append(" and ").append(StatusAt.expired("i."));
            default -> {
                jpql.append(" and i.status = :status");
                parameters.put("status", status);
                return;
            }
        }
        parameters.put("now", now);
    }

    private static Row row(Object[] columns) {
        return new Row((Introduction) columns[0], (String) columns[1], (String) columns[2], (String) columns[3],
                (String) columns[4], (UUID) columns[5]);
    }
}
