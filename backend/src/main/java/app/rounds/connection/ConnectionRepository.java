package app.rounds.connection;

import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.paging.Cursor;
import app.rounds.common.persistence.Like;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ConnectionRepository implements PanacheRepositoryBase<Connection, UUID> {

    public Optional<Connection> between(UUID one, UUID other) {
        UUID[] pair = Connection.ordered(one, other);
        return find("accountLow = ?1 and accountHigh = ?2", pair[0], pair[1]).firstResultOptional();
    }

    public boolean connected(UUID one, UUID other) {
        return between(one, other).isPresent();
    }

    /** Whether the broker is connected to both people, in one statement. */
    public boolean connectedToBoth(UUID broker, UUID one, UUID other) {
        UUID[] first = Connection.ordered(broker, one);
        UUID[] second = Connection.ordered(broker, other);
        return count("(accountLow = ?1 and accountHigh = ?2) or (accountLow = ?3 and accountHigh = ?4)",
                first[0], first[1], second[0], second[1]) == 2;
    }

    /**
     * Writes the connection unless the pair is already connected, without failing the surrounding transaction: an
     * introduction accepted while the two scan each other's codes still commits. Returns whether it was written.
     */
    boolean insertIfAbsent(Connection connection) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO connection (id, account_low, account_high, origin, event_id, introduction_id,
                                                low_cell_consent, high_cell_consent, created_at, updated_at, version)
                        VALUES (:id, :low, :high, :origin, :event, :introduction, :lowConsent, :highConsent, :now, :now, 0)
                        ON CONFLICT (account_low, account_high) DO NOTHING
                        """)
                .setParameter("id", connection.id())
                .setParameter("low", connection.accountLow())
                .setParameter("high", connection.accountHigh())
                .setParameter("origin", connection.origin().name())
                .setParameter("event", connection.eventId())
                .setParameter("introduction", connection.introductionId())
                .setParameter("lowConsent", connection.cellConsentOf(connection.accountLow()).name())
                .setParameter("highConsent", connection.cellConsentOf(connection.accountHigh()).name())
                .setParameter("now", connection.createdAt().atOffset(ZoneOffset.UTC))
                .executeUpdate() == 1;
    }

    /** A connection with the title of the event where the two met. */
    public record Row(Connection connection, String eventTitle) {
    }

    /** One of the caller's connections with its event, in one statement; someone else's is as absent as an unknown id. */
    Optional<Row> findOf(UUID connectionId, UUID party) {
        return getEntityManager().createQuery("select c, e.title from Connection c join Event e on e.id = c.eventId"
                        + " where c.id = :id and (c.accountLow = :party or c.accountHigh = :party)", Object[].class)
                .setParameter("id", connectionId)
                .setParameter("party", party)
                .getResultStream()
                .findFirst()
                .map(columns -> new Row((Connection) columns[0], (String) columns[1]));
    }

    /**
     * A page of the caller's connections, newest first, in one statement; {@code text} matches the other person's
     * name or city, {@code specialtyCodes} their specialty or subspecialty.
     */
    List<Row> of(UUID party, String text, Collection<String> specialtyCodes, Cursor after, int limit) {
        StringBuilder jpql = new StringBuilder("""
                select c, e.title from Connection c
                join Event e on e.id = c.eventId
                join Account other on other.id = case when c.accountLow = :party then c.accountHigh else c.accountLow end
                left join AttendeeProfile p on p.accountId = other.id
                where (c.accountLow = :party or c.accountHigh = :party)""");
        boolean searching = text != null && !text.isBlank();
        if (searching) {
            jpql.append(" and (").append(Like.lowerContains("other.displayName", "text"))
                    .append(" or ").append(Like.lowerContains("p.fullName", "text"))
                    .append(" or ").append(Like.lowerContains("p.city", "text"));
            jpql.append(specialtyCodes.isEmpty() ? ")" : " or p.specialtyCode in :codes or p.subspecialtyCode in :codes)");
        }
        if (after != null) {
            jpql.append(" and (c.createdAt < :afterAt or (c.createdAt = :afterAt and c.id < :afterId))");
        }
        jpql.append(" order by c.createdAt desc, c.id desc");
        var query = getEntityManager().createQuery(jpql.toString(), Object[].class).setParameter("party", party);
        if (searching) {
            query.setParameter("text", Like.containing(text));
            if (!specialtyCodes.isEmpty()) {
                query.setParameter("codes", specialtyCodes);
            }
        }
        if (after != null) {
            query.setParameter("afterAt", after.at()).setParameter("afterId", after.id());
        }
        return query.setMaxResults(limit).getResultList().stream()
                .map(columns -> new Row((Connection) columns[0], (String) columns[1]))
                .toList();
    }
}
