package app.rounds.connection;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
            SELECT CASE WHEN account_low = ? THEN account_high ELSE account_low END,
                   CASE WHEN account_low = ? THEN high_cell_consent ELSE low_cell_consent END
            FROM connection
            WHERE (account_low = ? AND account_high = ANY (?))
               OR (account_high = ? AND account_low = ANY (?))
            """;

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
        List<Relation> rows = sql.list(RELATIONS, statement -> {
            var ownerArray = statement.getConnection().createArrayOf("uuid", owners.toArray());
            for (int viewerParameter : new int[] {1, 2, 3, 5}) {
                statement.setObject(viewerParameter, viewer);
            }
            statement.setArray(4, ownerArray);
            statement.setArray(6, ownerArray);
        }, row -> new Relation(row.getObject(1, UUID.class), CellConsent.GRANTED.name().equals(row.getString(2))));
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
