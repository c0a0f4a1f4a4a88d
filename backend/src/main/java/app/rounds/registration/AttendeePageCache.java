package app.rounds.registration;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import app.rounds.attendee.ProfileChanged;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.ProfileDirectory.SeatFilter;
import app.rounds.attendee.ProfileDirectory.SeatPage;
import app.rounds.common.cache.EventKeyedCache;
import app.rounds.common.cluster.ClusterInvalidation;
import app.rounds.common.cluster.LocalEventCache;

/**
 * Pages of event attendee lists as read from the database, before any viewer's visibility rules apply. At an event
 * everyone opens the list while seats and profiles rarely change, so a page is read once and presented to each viewer.
 * An event's pages are dropped after the commit of anything that changes them: a profile they show saved, a seat taken
 * or given up, a first check-in. Bounded by approximate heap and age ({@link AttendeeListConfig}); changes through
 * other instances arrive through {@link ClusterInvalidation}.
 */
@ApplicationScoped
class AttendeePageCache implements LocalEventCache {

    /** The SPA's and the default page sizes. */
    private static final Set<Integer> CACHED_PAGE_SIZES = Set.of(20, 50, 100);

    private record Key(UUID eventId, Instant afterAt, UUID afterId, int limit) {
    }

    private final ProfileDirectory profiles;
    private final EventKeyedCache<Key, SeatPage> pages;

    private final ClusterInvalidation cluster;

    AttendeePageCache(ProfileDirectory profiles, ClusterInvalidation cluster, AttendeeListConfig config) {
        this.profiles = profiles;
        this.cluster = cluster;
        this.pages = EventKeyedCache.boundedByWeight(config.cacheMaxWeight().asLongValue(), config.cacheMaxAge(), Key::eventId,
                AttendeePageCache::approximateBytes);
    }

    /** A page and its key (three references, a time and an id, the limit). */
    private static int approximateBytes(SeatPage page) {
        return 96 + page.approximateBytes();
    }

    /**
     * A page of {@code pageSize} seats after the position (one more is read, to tell whether a next page exists).
     * Only unfiltered pages of the standard sizes are kept, so a client choosing odd sizes or searches cannot multiply
     * the entries; a directory search reads the database each time.
     */
    SeatPage page(UUID eventId, SeatFilter filter, Instant afterAt, UUID afterId, int pageSize) {
        if (!filter.isNone() || !CACHED_PAGE_SIZES.contains(pageSize)) {
            return profiles.seatsOfEvent(eventId, filter, afterAt, afterId, pageSize + 1);
        }
        return pages.get(new Key(eventId, afterAt, afterId, pageSize),
                key -> profiles.seatsOfEvent(key.eventId(), SeatFilter.NONE, key.afterAt(), key.afterId(), key.limit() + 1));
    }

    /** The one local way to drop an event's pages. */
    @Override
    public void invalidateEvent(UUID eventId) {
        pages.invalidateEvent(eventId);
    }

    @Override
    public void invalidateAccount(UUID accountId) {
        pages.eventsWhere(page -> page.seats(accountId)).forEach(this::invalidateEvent);
    }

    @Override
    public void invalidateAll() {
        pages.invalidateAll();
    }

    /** Other instances hear of each change when its transaction commits; this one drops its pages right after. */
    void announceAttendance(@Observes AttendanceChanged changed) {
        cluster.eventChanged(changed.eventId());
    }

    void announceCheckIn(@Observes CheckedIn checkedIn) {
        cluster.eventChanged(checkedIn.eventId());
    }

    void announceProfile(@Observes ProfileChanged changed) {
        cluster.accountChanged(changed.accountId());
    }

    void onAttendanceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged changed) {
        invalidateEvent(changed.eventId());
    }

    void onCheckedIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckedIn checkedIn) {
        invalidateEvent(checkedIn.eventId());
    }

    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        invalidateAccount(changed.accountId());
    }
}
