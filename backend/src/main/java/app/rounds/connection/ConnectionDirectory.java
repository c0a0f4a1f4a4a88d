package app.rounds.connection;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import app.rounds.attendee.ConnectionLookup;

/** Tells profile readers who is connected to the viewer and who shows the viewer their cell, in one statement. */
@ApplicationScoped
class ConnectionDirectory implements ConnectionLookup {

    private final EntityManager entityManager;

    ConnectionDirectory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Relations connectionsOf(UUID viewer, Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return new Relations(Set.of(), Set.of());
        }
        List<Tuple> rows = entityManager.createNativeQuery("""
                        SELECT CASE WHEN account_low = :viewer THEN account_high ELSE account_low END AS owner,
                               CASE WHEN account_low = :viewer THEN high_cell_consent ELSE low_cell_consent END AS owner_consent
                        FROM connection
                        WHERE (account_low = :viewer AND account_high IN (:owners))
                           OR (account_high = :viewer AND account_low IN (:owners))
                        """, Tuple.class)
                .setParameter("viewer", viewer)
                .setParameter("owners", owners)
                .getResultList();
        Set<UUID> connected = new HashSet<>();
        Set<UUID> sharingCell = new HashSet<>();
        for (Tuple row : rows) {
            UUID owner = row.get("owner", UUID.class);
            connected.add(owner);
            if (CellConsent.GRANTED.name().equals(row.get("owner_consent", String.class))) {
                sharingCell.add(owner);
            }
        }
        return new Relations(connected, sharingCell);
    }
}
