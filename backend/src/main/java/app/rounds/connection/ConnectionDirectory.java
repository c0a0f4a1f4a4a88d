package app.rounds.connection;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.attendee.ConnectionLookup;
import app.rounds.common.persistence.SqlReads;

/** Tells profile readers who is connected to the viewer and who shows the viewer their cell, in one statement. */
@ApplicationScoped
class ConnectionDirectory implements ConnectionLookup {

    /** The owners come as one array parameter, so every page size shares one prepared statement. */
    private static final String RELATIONS = """
            SELECT CASE WHEN account_low = :viewer THEN account_high ELSE account_low END AS owner,
                   CASE WHEN account_low = :viewer THEN high_cell_consent ELSE low_cell_consent END AS owner_cell_consent
            FROM connection
            WHERE (account_low = :viewer AND account_high = ANY (:owners))
               OR (account_high = :viewer AND account_low = ANY (:owners))
            """;
    private static final SqlReads.Columns RELATION_COLUMNS = SqlReads.Columns.of("owner", UUID.class)
            .text("owner_cell_consent");

    private record Relation(UUID owner, boolean sharesCell) {
    }

    private final SqlReads sql;

    ConnectionDirectory(SqlReads sql) {
        this.sql = sql;
    }

    @Override
    public Relations connectionsOf(UUID viewer, Collection<UUID> owners) {
        if (owners.isEmpty()) {
            return new Relations(Set.of(), Set.of());
        }
        List<Relation> rows = sql.list(RELATIONS, RELATION_COLUMNS,
                Map.of("viewer", viewer, "owners", owners.toArray(UUID[]::new)),
                row -> new Relation(row.uuid("owner"), row.enumerated("owner_cell_consent", CellConsent.class) == CellConsent.GRANTED));
        Set<UUID> connected = new HashSet<>();
        Set<UUID> sharingCell = new HashSet<>();
        for (Relation relation : rows) {
            connected.add(relation.owner());
            if (relation.sharesCell()) {
                sharingCell.add(relation.owner());
            }
        }
        return new Relations(connected, sharingCell);
    }
}
