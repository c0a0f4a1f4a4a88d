package app.rounds.attendee;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.attendee.ContactVisibility.Viewer;

/**
 * Profiles as one viewer may see them, for a single attendee or a whole attendee list. Reads every owner in one
 * statement (plus the connection lookup's at most one), whatever the list size. Read-only, so it runs without a
 * transaction of its own.
 */
@ApplicationScoped
public class ProfileDirectory {

    private static final ConnectionLookup.Relations NO_RELATIONS = new ConnectionLookup.Relations(Set.of(), Set.of());

    private final ProfileRepository profiles;
    private final ConnectionLookup connections;
    private final SpecialtyVocabulary vocabulary;

    ProfileDirectory(ProfileRepository profiles, ConnectionLookup connections, SpecialtyVocabulary vocabulary) {
        this.profiles = profiles;
        this.connections = connections;
        this.vocabulary = vocabulary;
    }

    /**
     * The profiles of those owners whom the viewer may see, keyed by account id in the order given; owners the viewer
     * may not see (no shared event, not a connection, viewer not an organizer) and unknown ids are left out. An owner
     * without a saved profile appears with only the name they signed up with.
     */
    public Map<UUID, AttendeeProfileResponse> visibleTo(UUID viewerId, boolean viewerIsOrganizer, List<UUID> ownerIds) {
        Set<UUID> owners = new LinkedHashSet<>(ownerIds);
        return owners.isEmpty() ? Map.of()
                : present(viewerId, viewerIsOrganizer, false, owners, profiles.ownersAsSeenBy(viewerId, owners));
    }

    /** One attendee of an event; {@code profile} is null when the viewer may not see them. */
    public record EventAttendeeView(UUID registrationId, boolean checkedIn, Instant registeredAt, AttendeeProfileResponse profile) {
    }

    /**
     * A page of an event's seated attendees with their profiles as stored, in arrival order, read in one statement.
     * Opaque outside this package: it becomes a response only through {@link #present}, which applies the viewer's
     * visibility rules, so one page can be kept and shown to many viewers.
     */
    public static final class SeatPage {

        /** A seat's own fields (ids, time, flags) and its owner's name, beside the profile. */
        private static final int SEAT_BYTES = 200;

        private final List<ProfileRepository.SeatRow> seats;
        private final int approximateBytes;

        private SeatPage(List<ProfileRepository.SeatRow> seats) {
            this.seats = List.copyOf(seats);
            this.approximateBytes = 64 + this.seats.stream().mapToInt(seat -> SEAT_BYTES
                    + ProfileDetails.Text.approximateBytes(seat.owner().displayName())
                    + seat.owner().profile().map(ProfileDetails::approximateBytes).orElse(0)).sum();
        }

        /** Roughly the heap the page takes, to bound a cache of pages by weight. */
        public int approximateBytes() {
            return approximateBytes;
        }

        public boolean seats(UUID accountId) {
            return seats.stream().anyMatch(seat -> seat.owner().accountId().equals(accountId));
        }
    }

    /**
     * Which seats a directory search keeps; null fields do not filter. The fields searched are those every viewer of
     * the list may see (name, specialty, city, tags), never contact fields, so a search reveals nothing hidden.
     */
    public record SeatFilter(String name, String specialtyCode, String city, String wantsReferred, String refersOut) {

        public static final SeatFilter NONE = new SeatFilter(null, null, null, null, null);

        /** Blank means absent; tags compare as stored (trimmed, lower-cased). */
        public static SeatFilter of(String name, String specialtyCode, String city, String wantsReferred, String refersOut) {
            return new SeatFilter(blankless(name), blankless(specialtyCode), blankless(city), tag(wantsReferred), tag(refersOut));
        }

        public boolean isNone() {
            return equals(NONE);
        }

        private static String blankless(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }

        private static String tag(String value) {
            String stripped = blankless(value);
            return stripped == null ? null : stripped.toLowerCase(java.util.Locale.ROOT);
        }
    }

    public SeatPage seatsOfEvent(UUID eventId, SeatFilter filter, Instant afterAt, UUID afterId, int limit) {
        return new SeatPage(profiles.attendeesOfEvent(eventId, filter, afterAt, afterId, limit));
    }

    /**
     * The page as this viewer may see it. The caller has established whether the viewer attends that event (an
     * organizer may not): that decides the event-level fields.
     */
    public List<EventAttendeeView> present(SeatPage page, UUID viewerId, boolean viewerIsOrganizer, boolean viewerAttends) {
        return present(page, viewerId, viewerIsOrganizer, false, viewerAttends);
    }

    /** The page as the organizer's integrations see it: see {@link ContactVisibility#maySeeDirectContact}. */
    public List<EventAttendeeView> presentToIntegration(SeatPage page) {
        return present(page, null, true, true, false);
    }

    private List<EventAttendeeView> present(SeatPage page, UUID viewerId, boolean viewerIsOrganizer,
                                            boolean viewerIsIntegration, boolean viewerAttends) {
        Map<UUID, AttendeeProfileResponse> visible = present(viewerId, viewerIsOrganizer, viewerIsIntegration,
                page.seats.stream().map(seat -> seat.owner().accountId()).collect(Collectors.toCollection(LinkedHashSet::new)),
                page.seats.stream().map(seat -> seat.owner().withSharedEvent(viewerAttends)).toList());
        return page.seats.stream()
                .map(seat -> new EventAttendeeView(seat.registrationId(), seat.checkedIn(), seat.createdAt(),
                        visible.get(seat.owner().accountId())))
                .toList();
    }

    private Map<UUID, AttendeeProfileResponse> present(UUID viewerId, boolean viewerIsOrganizer, boolean viewerIsIntegration,
                                                       Set<UUID> owners, List<ProfileRepository.OwnerRow> rows) {
        // An integration is nobody's connection: no need to ask.
        ConnectionLookup.Relations relations = viewerIsIntegration ? null : connections.connectionsOf(viewerId, owners);
        Map<UUID, AttendeeProfileResponse> seen = new LinkedHashMap<>();
        for (ProfileRepository.OwnerRow row : rows) {
            Viewer viewer = viewerIsIntegration
                    ? Viewer.integration(row.profile().map(ProfileDetails::sharesContactWithIntegrations).orElse(false))
                    : viewerOf(row, viewerId, viewerIsOrganizer, relations);
            if (ContactVisibility.maySeeProfile(viewer)) {
                seen.put(row.accountId(), responseOf(row, viewer));
            }
        }
        return inGivenOrder(owners, seen);
    }

    private static Viewer viewerOf(ProfileRepository.OwnerRow row, UUID viewerId, boolean viewerIsOrganizer,
                                   ConnectionLookup.Relations relations) {
        return new Viewer(viewerId.equals(row.accountId()), relations.connected().contains(row.accountId()),
                relations.sharingCell().contains(row.accountId()), row.sharesEventWithViewer(), viewerIsOrganizer);
    }

    private AttendeeProfileResponse responseOf(ProfileRepository.OwnerRow row, Viewer viewer) {
        return row.profile()
                .map(profile -> AttendeeProfileResponse.of(row.accountId(), profile, row.photoVersion(), viewer, vocabulary))
                .orElseGet(() -> AttendeeProfileResponse.unwritten(row.accountId(), row.displayName(), row.photoVersion()));
    }

    private static <T> Map<UUID, T> inGivenOrder(Set<UUID> owners, Map<UUID, T> seen) {
        Map<UUID, T> ordered = new LinkedHashMap<>();
        owners.stream().filter(seen::containsKey).forEach(owner -> ordered.put(owner, seen.get(owner)));
        return ordered;
    }

    /**
     * The summaries cards show of those owners the viewer may see: the rule of {@link #visibleTo}, without the contact
     * fields. Since a summary has none, the connection lookup is asked only about owners the viewer could not see
     * otherwise (so an organizer's or an owner's list costs one statement).
     */
    public Map<UUID, ProfileSummary> summariesVisibleTo(UUID viewerId, boolean viewerIsOrganizer, Collection<UUID> ownerIds) {
        Set<UUID> owners = new LinkedHashSet<>(ownerIds);
        if (owners.isEmpty()) {
            return Map.of();
        }
        List<ProfileRepository.OwnerRow> rows = profiles.ownersAsSeenBy(viewerId, owners);
        Set<UUID> undecided = rows.stream()
                .filter(row -> !ContactVisibility.maySeeProfile(viewerOf(row, viewerId, viewerIsOrganizer, NO_RELATIONS)))
                .map(ProfileRepository.OwnerRow::accountId)
                .collect(Collectors.toSet());
        ConnectionLookup.Relations relations = undecided.isEmpty() ? NO_RELATIONS : connections.connectionsOf(viewerId, undecided);
        Map<UUID, ProfileSummary> seen = new LinkedHashMap<>();
        for (ProfileRepository.OwnerRow row : rows) {
            Viewer viewer = viewerOf(row, viewerId, viewerIsOrganizer, relations);
            if (ContactVisibility.maySeeProfile(viewer)) {
                seen.put(row.accountId(), ProfileSummary.of(responseOf(row, viewer)));
            }
        }
        return inGivenOrder(owners, seen);
    }

    public Optional<AttendeeProfileResponse> visibleTo(UUID viewerId, boolean viewerIsOrganizer, UUID ownerId) {
        return Optional.ofNullable(visibleTo(viewerId, viewerIsOrganizer, List.of(ownerId)).get(ownerId));
    }

    /** Several profiles as the organizer's integrations see them, keyed by account id in the order given. */
    public Map<UUID, AttendeeProfileResponse> visibleToIntegration(UUID integrationId, List<UUID> ownerIds) {
        Set<UUID> owners = new LinkedHashSet<>(ownerIds);
        return owners.isEmpty() ? Map.of()
                : present(null, true, true, owners, profiles.ownersAsSeenBy(integrationId, owners));
    }

    /** One profile as the organizer's integrations see it (the integration's id names no account). */
    public Optional<AttendeeProfileResponse> visibleToIntegration(UUID integrationId, UUID ownerId) {
        Set<UUID> owners = Set.of(ownerId);
        return Optional.ofNullable(present(null, true, true, owners, profiles.ownersAsSeenBy(integrationId, owners)).get(ownerId));
    }
}
