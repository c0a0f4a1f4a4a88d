package app.rounds.attendee;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.persistence.SqlReads;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<AttendeeProfile, UUID> {

    /** The columns {@link #ownerRow} reads by name, at the start of every statement here. */
    private static final String PROFILE_COLUMNS = """
            a.id, a.display_name, p.account_id, p.full_name, p.credentials,
                   p.specialty_code, p.subspecialty_code, p.practice_name, p.city, p.npi, p.bio,
                   p.wants_referred, p.does_not_take, p.refers_out,
                   p.email, p.email_visibility, p.cell_number, p.cell_number_visibility,
                   p.linkedin_url, p.linkedin_url_visibility, p.website_url, p.website_url_visibility,
                   p.cell_sharing_default""";
    /** Whether the owner and the viewer both hold a seat at one event (the registration feature's {@code seat} view). */
    private static final String SHARES_AN_EVENT_WITH_VIEWER = """
            EXISTS (SELECT 1 FROM seat theirs JOIN seat mine ON mine.event_id = theirs.event_id
                    WHERE theirs.account_id = a.id AND mine.account_id = ?) AS shares_event""";
    private static final String OWNERS = "SELECT " + PROFILE_COLUMNS + ", " + SHARES_AN_EVENT_WITH_VIEWER + """

            FROM account a LEFT JOIN attendee_profile p ON p.account_id = a.id
            WHERE a.id = ANY (?)
            """;
    /** A page of an event's seated attendees with their profiles, in arrival order. */
    private static final String ATTENDEES_OF_EVENT = "SELECT " + PROFILE_COLUMNS + """
            , false AS shares_event, s.registration_id, s.checked_in, s.created_at
            FROM seat s JOIN account a ON a.id = s.account_id LEFT JOIN attendee_profile p ON p.account_id = a.id
            WHERE s.event_id = ? %s
            ORDER BY s.created_at, s.registration_id
            LIMIT ?
            """;
    private static final String FIRST_PAGE = "";
    private static final String AFTER_CURSOR = "AND (s.created_at, s.registration_id) > (?, ?)";

    private final SqlReads sql;

    ProfileRepository(SqlReads sql) {
        this.sql = sql;
    }

    record OwnerRow(UUID accountId, String displayName, Optional<ProfileDetails> profile, boolean sharesEventWithViewer) {

        OwnerRow withSharedEvent(boolean shared) {
            return new OwnerRow(accountId, displayName, profile, shared);
        }
    }

    /**
     * Accounts with their profiles and whether each shares an event with the viewer, in one statement whatever the
     * number of owners. Unknown ids are left out.
     */
    List<OwnerRow> ownersAsSeenBy(UUID viewerId, Collection<UUID> ownerIds) {
        return sql.list(OWNERS, statement -> {
            statement.setObject(1, viewerId);
            statement.setArray(2, statement.getConnection().createArrayOf("uuid", ownerIds.toArray()));
        }, ProfileRepository::ownerRow);
    }

    record SeatRow(UUID registrationId, boolean checkedIn, Instant createdAt, OwnerRow owner) {
    }

    /** An event's attendees with their profiles, a page in one statement; whether they share it with a viewer is left false. */
    List<SeatRow> attendeesOfEvent(UUID eventId, Instant afterAt, UUID afterId, int limit) {
        boolean firstPage = afterAt == null;
        return sql.list(ATTENDEES_OF_EVENT.formatted(firstPage ? FIRST_PAGE : AFTER_CURSOR), statement -> {
            int parameter = 1;
            statement.setObject(parameter++, eventId);
            if (!firstPage) {
                statement.setObject(parameter++, afterAt.atOffset(ZoneOffset.UTC));
                statement.setObject(parameter++, afterId);
            }
            statement.setInt(parameter, limit);
        }, row -> new SeatRow(row.getObject("registration_id", UUID.class), row.getBoolean("checked_in"),
                row.getObject("created_at", OffsetDateTime.class).toInstant(), ownerRow(row)));
    }

    /** Each owner's cell sharing default; owners without a profile are left out (they have no number to share). */
    public Map<UUID, CellSharingDefault> cellSharingDefaults(Collection<UUID> ownerIds) {
        return getEntityManager().createQuery("select p.accountId, p.cellSharingDefault from AttendeeProfile p"
                        + " where p.accountId in :owners", Object[].class)
                .setParameter("owners", ownerIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (CellSharingDefault) row[1]));
    }

    private static OwnerRow ownerRow(ResultSet row) throws SQLException {
        Optional<ProfileDetails> profile = row.getObject("account_id") == null ? Optional.empty() : Optional.of(new ProfileDetails(
                row.getString("full_name"),
                strings(row.getArray("credentials")).stream().map(Credential::valueOf).toList(),
                row.getString("specialty_code"),
                row.getString("subspecialty_code"),
                row.getString("practice_name"),
                row.getString("city"),
                row.getString("npi"),
                row.getString("bio"),
                strings(row.getArray("wants_referred")),
                strings(row.getArray("does_not_take")),
                strings(row.getArray("refers_out")),
                row.getString("email"),
                row.getString("cell_number"),
                row.getString("linkedin_url"),
                row.getString("website_url"),
                new ContactVisibilities(
                        Visibility.valueOf(row.getString("email_visibility")),
                        Visibility.valueOf(row.getString("cell_number_visibility")),
                        Visibility.valueOf(row.getString("linkedin_url_visibility")),
                        Visibility.valueOf(row.getString("website_url_visibility"))),
                CellSharingDefault.valueOf(row.getString("cell_sharing_default"))));
        return new OwnerRow(row.getObject("id", UUID.class), row.getString("display_name"), profile, row.getBoolean("shares_event"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
