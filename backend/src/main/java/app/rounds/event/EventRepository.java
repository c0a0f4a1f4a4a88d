package app.rounds.event;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import app.rounds.common.paging.Cursor;
import app.rounds.common.persistence.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<Event, UUID> {

    /** Registration decisions on one event are taken one at a time, holding this row's lock. */
    public Optional<Event> findForUpdate(UUID id) {
        return Optional.ofNullable(getEntityManager().find(Event.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** One page of events in start order, keyset-paged; one statement whatever the filters. */
    public List<Event> search(EventSearch search, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder("from Event e where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!search.statuses().isEmpty()) {
            jpql.append(" and e.status in :statuses");
            parameters.put("statuses", search.statuses());
        }
        if (search.city() != null) {
            jpql.append(" and lower(e.city) = :city");
            parameters.put("city", search.city().strip().toLowerCase());
        }
        if (search.from() != null) {
            jpql.append(" and e.endsAt >= :from");
            parameters.put("from", search.from());
        }
        if (search.to() != null) {
            jpql.append(" and e.startsAt < :to");
            parameters.put("to", search.to());
        }
        if (search.specialty() != null) {
            jpql.append(" and e.specialtyFocus = :specialty");
            parameters.put("specialty", search.specialty());
        }
        if (search.text() != null) {
            jpql.append(" and (").append(Like.lowerContains("e.title", "text"))
                    .append(" or ").append(Like.lowerContains("e.description", "text"))
                    .append(" or ").append(Like.lowerContains("e.venueName", "text"))
                    .append(" or ").append(Like.lowerContains("e.city", "text")).append(")");
            parameters.put("text", Like.containing(search.text()));
        }
        if (after != null) {
            jpql.append(" and (e.startsAt > :afterAt or (e.startsAt = :afterAt and e.id > :afterId))");
            parameters.put("afterAt", after.at());
            parameters.put("afterId", after.id());
        }
        jpql.append(" order by e.startsAt, e.id");
        return find(jpql.toString(), parameters).range(0, limit - 1).list();
    }

    public record EventSearch(List<EventStatus> statuses, String city, Instant from, Instant to, String specialty, String text) {
    }
}
