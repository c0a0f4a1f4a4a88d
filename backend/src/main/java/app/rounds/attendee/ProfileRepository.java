package app.rounds.attendee;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Tuple;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<AttendeeProfile, UUID> {

    /**
     * Accounts with their profiles and whether each shares an event with the viewer (both REGISTERED or CHECKED_IN
     * at one event), in one statement whatever the number of owners. Unknown ids are left out.
     */
    private static final String PROFILE_COLUMNS = """
            a.id AS account_id, a.display_name, p.account_id AS profile_id, p.full_name, p.credentials,
                   p.specialty_code, p.subspecialty_code, p.practice_name, p.city, p.npi, p.bio,
                   p.wants_referred, p.does_not_take, p.refers_out,
                   p.email, p.email_visibility, p.cell_number, p.cell_number_visibility,
                   p.linkedin_url, p.linkedin_url_visibility, p.website_url, p.website_url_visibility,
                   p.cell_sharing_default""";
    private static final String OWNERS = "SELECT " + PROFILE_COLUMNS + """
            , %s AS shares_event
            FROM account a LEFT JOIN attendee_profile p ON p.account_id = a.id
            WHERE a.id IN (:owners)
            """;
    /** One page of an event's seated attendees (registered or checked in) with their profiles, in arrival order. */
    private static final String ATTENDEES_OF_EVENT = "SELECT r.id AS registration_id, r.status, r.created_at, " + PROFILE_COLUMNS + """
            , %s AS shares_event
            FROM registration r JOIN account a ON a.id = r.account_id LEFT JOIN attendee_profile p ON p.account_id = a.id
            WHERE r.event_id = :event AND r.status IN ('REGISTERED', 'CHECKED_IN')
              AND (CAST(:afterAt AS timestamptz) IS NULL OR (r.created_at, r.id) > (CAST(:afterAt AS timestamptz), CAST(:afterId AS uuid)))
            ORDER BY r.created_at, r.id
            LIMIT :limit
            """;
    /** Whether the owner and the viewer both hold a seat (REGISTERED or CHECKED_IN) at one event. */
    private static final String SHARES_AN_EVENT_WITH_VIEWER = """
            EXISTS (SELECT 1 FROM registration theirs
                    JOIN registration mine ON mine.event_id = theirs.event_id
                    WHERE theirs.account_id = a.id AND mine.account_id = :viewer
                      AND theirs.status IN ('REGISTERED', 'CHECKED_IN')
                      AND mine.status IN ('REGISTERED', 'CHECKED_IN'))""";

    record OwnerRow(UUID accountId, String displayName, Optional<ProfileDetails> profile, boolean sharesEventWithViewer) {
    }

    /**
     * Accounts with their profiles and whether each shares an event with the viewer, in one statement whatever the
     * number of owners. Unknown ids are left out.
     */
    List<OwnerRow> ownersAsSeenBy(UUID viewerId, Collection<UUID> ownerIds) {
        List<Tuple> rows = getEntityManager().createNativeQuery(OWNERS.formatted(SHARES_AN_EVENT_WITH_VIEWER), Tuple.class)
                .setParameter("viewer", viewerId)
                .setParameter("owners", ownerIds)
                .getResultList();
        return rows.stream().map(ProfileRepository::ownerRow).toList();
    }

    record SeatRow(UUID registrationId, boolean checkedIn, Instant createdAt, OwnerRow owner) {
    }

    /** An event's attendees with their profiles, a page in one statement; the viewer's relation to them is known. */
    List<SeatRow> attendeesOfEvent(UUID eventId, boolean sharesEventWithViewer, Instant afterAt, UUID afterId, int limit) {
        List<Tuple> rows = getEntityManager().createNativeQuery(ATTENDEES_OF_EVENT.formatted(sharesEventWithViewer), Tuple.class)
                .setParameter("event", eventId)
                .setParameter("afterAt", afterAt == null ? null : afterAt.atOffset(ZoneOffset.UTC))
                .setParameter("afterId", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return rows.stream().map(row -> new SeatRow(row.get("registration_id", UUID.class),
                "CHECKED_IN".equals(row.get("status", String.class)), createdAt(row.get("created_at")), ownerRow(row))).toList();
    }

    /** Each owner's cell sharing default; owners without a profile are left out (they have no number to share). */
    public Map<UUID, CellSharingDefault> cellSharingDefaults(Collection<UUID> ownerIds) {
        return getEntityManager().createQuery("select p.accountId, p.cellSharingDefault from AttendeeProfile p"
                        + " where p.accountId in :owners", Object[].class)
                .setParameter("owners", ownerIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (CellSharingDefault) row[1]));
    }

    private static Instant createdAt(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    private static OwnerRow ownerRow(Tuple row) {
        Optional<ProfileDetails> profile = row.get("profile_id") == null ? Optional.empty() : Optional.of(new ProfileDetails(
                row.get("full_name", String.class),
                strings(row.get("credentials")).stream().map(Credential::valueOf).toList(),
                row.get("specialty_code", String.class),
                row.get("subspecialty_code", String.class),
                row.get("practice_name", String.class),
                row.get("city", String.class),
                row.get("npi", String.class),
                row.get("bio", String.class),
                strings(row.get("wants_referred")),
                strings(row.get("does_not_take")),
                strings(row.get("refers_out")),
                row.get("email", String.class),
                row.get("cell_number", String.class),
                row.get("linkedin_url", String.class),
                row.get("website_url", String.class),
                new ContactVisibilities(
                        Visibility.valueOf(row.get("email_visibility", String.class)),
                        Visibility.valueOf(row.get("cell_number_visibility", String.class)),
                        Visibility.valueOf(row.get("linkedin_url_visibility", String.class)),
                        Visibility.valueOf(row.get("website_url_visibility", String.class))),
                CellSharingDefault.valueOf(row.get("cell_sharing_default", String.class))));
        return new OwnerRow(row.get("account_id", UUID.class), row.get("display_name", String.class), profile,
                Boolean.TRUE.equals(row.get("shares_event")));
    }

    private static List<String> strings(Object array) {
        return Arrays.asList((String[]) array);
    }
}
