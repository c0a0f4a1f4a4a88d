package app.rounds.registration;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import app.rounds.attendee.ProfileChanged;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.ProfileDirectory.SeatPage;
import app.rounds.common.cache.EventKeyedCache;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;

/**
 * Pages of event attendee lists as read from the database, before any viewer's visibility rules apply. At an event
 * everyone opens the list while seats and profiles rarely change, so a page is read once and presented to each viewer.
 * An event's pages are dropped after the commit of anything that changes them: a profile they show saved, a seat taken
 * or given up, a first check-in. Size and age bounds: {@code quarkus.cache.caffeine.attendee-pages.*}; the age limit
 * ({@code rounds.attendee-list.cache-max-age}) bounds staleness from writes this instance does not see.
 */
@ApplicationScoped
class AttendeePageCache {

    private record Key(UUID eventId, Instant afterAt, UUID afterId, int limit) {
    }

    private final ProfileDirectory profiles;
    private final EventKeyedCache<Key, SeatPage> pages;

    AttendeePageCache(ProfileDirectory profiles, @CacheName("attendee-pages") Cache cache) {
        this.profiles = profiles;
        this.pages = new EventKeyedCache<>(cache, Key::eventId);
    }

    SeatPage page(UUID eventId, Instant afterAt, UUID afterId, int limit) {
        return pages.get(new Key(eventId, afterAt, afterId, limit),
                key -> profiles.seatsOfEvent(key.eventId(), key.afterAt(), key.afterId(), key.limit()));
    }

    /** The one local way to drop an event's pages. */
    void invalidateEvent(UUID eventId) {
        pages.invalidateEvent(eventId);
    }

    void onAttendanceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged changed) {
        invalidateEvent(changed.eventId());
    }

    void onCheckedIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckedIn checkedIn) {
        invalidateEvent(checkedIn.eventId());
    }

    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        pages.eventsWhere(page -> page.seats(changed.accountId())).forEach(this::invalidateEvent);
    }
}
