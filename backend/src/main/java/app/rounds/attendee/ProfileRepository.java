package app.rounds.attendee;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.persistence.Like;
import app.rounds.common.persistence.SqlReads;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProfileRepository implements PanacheRepositoryBase<AttendeeProfile, UUID> {

    /** The columns {@link #ownerRow} reads (declared in {@link #OWNER_COLUMNS}), at the start of every statement here. */
    private static final String PROFILE_COLUMNS = """
            a.id AS owner_id, a.display_name, p.account_id AS profile_id, p.full_name, p.credentials,
                   p.specialty_code, p.subspecialty_code, p.practice_name, p.city, p.npi, p.bio,
                   p.wants_referred, p.does_not_take, p.refers_out,
                   p.email, p.email_visibility, p.cell_number, p.cell_number_visibility,
                   p.linkedin_url, p.linkedin_url_visibility, p.website_url, p.website_url_visibility,
                   p.cell_sharing_default, p.shares_contact_with_integrations, ph.version AS photo_version""";
    private static final SqlReads.Columns OWNER_COLUMNS = SqlReads.Columns
            .of("owner_id", UUID.class).with("profile_id", UUID.class)
            .text("display_name", "full_name", "specialty_code", "subspecialty_code", "practice_name", "city", "npi", "bio",
                    "email", "email_visibility", "cell_number", "cell_number_visibility", "linkedin_url",
                    "linkedin_url_visibility", "website_url", "website_url_visibility", "cell_sharing_default",
                    "photo_version")
            .textArrays("credentials", "wants_referred", "does_not_take", "refers_out")
            .with("shares_contact_with_integrations", Boolean.class)
            .with("shares_event", Boolean.class);
    /** Whether the owner and the viewer both hold a seat at one event (the registration feature's {@code seat} view). */
    private static final String SHARES_AN_EVENT_WITH_VIEWER = """
            EXISTS (SELECT 1 FROM seat theirs JOIN seat mine ON mine.event_id = theirs.event_id
                    WHERE theirs.account_id = a.id AND mine.account_id = :viewer) AS shares_event""";
    private static final String OWNERS = "SELECT " + PROFILE_COLUMNS + ", " + SHARES_AN_EVENT_WITH_VIEWER + """

            FROM account a LEFT JOIN attendee_profile p ON p.account_id = a.id
                 LEFT JOIN profile_photo ph ON ph.account_id = a.id
            WHERE a.id = ANY (:owners)
            """;
    /** A page of an event's seated attendees with their profiles, in arrival order. */
    private static final String ATTENDEES_OF_EVENT = "SELECT " + PROFILE_COLUMNS + """
            , false AS shares_event, s.registration_id, s.checked_in, s.created_at
            FROM seat s JOIN account a ON a.id = s.account_id LEFT JOIN attendee_profile p ON p.account_id = a.id
                 LEFT JOIN profile_photo ph ON ph.account_id = a.id
            WHERE s.event_id = :event %s %s
            ORDER BY s.created_at, s.registration_id
            LIMIT :limit
            """;
    private static final SqlReads.Columns SEAT_COLUMNS = OWNER_COLUMNS
            .with("registration_id", UUID.class).with("checked_in", Boolean.class).with("created_at", Instant.class);
    private static final String FIRST_PAGE = "";
    private static final String AFTER_CURSOR = "AND (s.created_at, s.registration_id) > (:afterAt, :afterId)";

    private final SqlReads sql;

    ProfileRepository(SqlReads sql) {
        this.sql = sql;
    }

    /** {@code photoVersion} is null when the owner has no photo. */
    record OwnerRow(UUID accountId, String displayName, Optional<ProfileDetails> profile, String photoVersion,
                    boolean sharesEventWithViewer) {

        OwnerRow withSharedEvent(boolean shared) {
            return new OwnerRow(accountId, displayName, profile, photoVersion, shared);
        }
    }

    /**
     * Accounts with their profiles and whether each shares an event with the viewer, in one statement whatever the
     * number of owners. Unknown ids are left out.
     */
    List<OwnerRow> ownersAsSeenBy(UUID viewerId, Collection<UUID> ownerIds) {
        return sql.list(OWNERS, OWNER_COLUMNS, Map.of("viewer", viewerId, "owners", ownerIds.toArray(UUID[]::new)),
                ProfileRepository::ownerRow);
    }

    record SeatRow(UUID registrationId, boolean checkedIn, Instant createdAt, OwnerRow owner) {
    }

    /** An event's attendees with their profiles, a page in one statement; whether they share it with a viewer is left false. */
    List<SeatRow> attendeesOfEvent(UUID eventId, ProfileDirectory.SeatFilter filter, Instant afterAt, UUID afterId,
                                   int limit) {
        boolean firstPage = afterAt == null;
        Map<String, Object> parameters = new HashMap<>(Map.of("event", eventId, "limit", limit));
        if (!firstPage) {
            parameters.put("afterAt", afterAt);
            parameters.put("afterId", afterId);
        }
        // Like.containing escapes with a backslash, PostgreSQL's default LIKE escape.
        StringBuilder conditions = new StringBuilder();
        if (filter.name() != null) {
            conditions.append(" AND lower(coalesce(p.full_name, a.display_name)) LIKE :name");
            parameters.put("name", Like.containing(filter.name()));
        }
        if (filter.specialtyCode() != null) {
            conditions.append(" AND p.specialty_code = :specialty");
            parameters.put("specialty", filter.specialtyCode());
        }
        if (filter.city() != null) {
            conditions.append(" AND lower(p.city) LIKE :city");
            parameters.put("city", Like.containing(filter.city()));
        }
        if (filter.wantsReferred() != null) {
            conditions.append(" AND :wantsReferred = ANY (p.wants_referred)");
            parameters.put("wantsReferred", filter.wantsReferred());
        }
        if (filter.refersOut() != null) {
            conditions.append(" AND :refersOut = ANY (p.refers_out)");
            parameters.put("refersOut", filter.refersOut());
        }
        return sql.list(ATTENDEES_OF_EVENT.formatted(firstPage ? FIRST_PAGE : AFTER_CURSOR, conditions), SEAT_COLUMNS,
                parameters,
                row -> new SeatRow(row.uuid("registration_id"), row.isTrue("checked_in"), row.instant("created_at"),
                        ownerRow(row)));
    }

    /** Each owner's cell sharing default; owners without a profile are left out (they have no number to share). */
    public Map<UUID, CellSharingDefault> cellSharingDefaults(Collection<UUID> ownerIds) {
        return getEntityManager().createQuery("select p.accountId, p.cellSharingDefault from AttendeeProfile p"
                        + " where p.accountId in :owners", Object[].class)
                .setParameter("owners", ownerIds)
                .getResultStream()
                .collect(Collectors.toMap(row -> (UUID) row[0], row -> (CellSharingDefault) row[1]));
    }

    private static OwnerRow ownerRow(SqlReads.Row row) {
        Optional<ProfileDetails> profile = row.isNull("profile_id") ? Optional.empty() : Optional.of(new ProfileDetails(
                row.text("full_name"),
                row.texts("credentials").stream().map(Credential::valueOf).toList(),
                row.text("specialty_code"),
                row.text("subspecialty_code"),
                row.text("practice_name"),
                row.text("city"),
                row.text("npi"),
                row.text("bio"),
                row.texts("wants_referred"),
                row.texts("does_not_take"),
                row.texts("refers_out"),
                row.text("email"),
                row.text("cell_number"),
                row.text("linkedin_url"),
                row.text("website_url"),
                new ContactVisibilities(
                        row.enumerated("email_visibility", Visibility.class),
                        row.enumerated("cell_number_visibility", Visibility.class),
                        row.enumerated("linkedin_url_visibility", Visibility.class),
                        row.enumerated("website_url_visibility", Visibility.class)),
                row.enumerated("cell_sharing_default", CellSharingDefault.class),
                row.isTrue("shares_contact_with_integrations")));
        return new OwnerRow(row.uuid("owner_id"), row.text("display_name"), profile, row.text("photo_version"),
                row.isTrue("shares_event"));
    }

    /** The name someone goes by: their profile's full name, or the name they signed up with before writing one. */
    public String nameOf(UUID accountId) {
        return getEntityManager().createQuery("select coalesce(p.fullName, a.displayName) from Account a"
                        + " left join AttendeeProfile p on p.accountId = a.id where a.id = :id", String.class)
                .setParameter("id", accountId).getResultStream().findFirst().orElse("A colleague");
    }
}
