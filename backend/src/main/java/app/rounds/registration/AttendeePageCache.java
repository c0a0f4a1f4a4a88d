package app.rounds.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import app.rounds.attendee.ProfileChanged;
import app.rounds.attendee.ProfileDirectory;
import app.rounds.attendee.ProfileDirectory.SeatPage;

/**
 * Pages of event attendee lists as read from the database, before any viewer's visibility rules apply. At an event
 * everyone opens the list while seats and profiles rarely change, so a page is read once and presented to each viewer.
 * A page is dropped after the commit of anything that changes it: a profile it shows saved, a seat taken or given up,
 * a first check-in. A page whose read overlapped such a change serves that one request but is not kept (the
 * generation counter tells). The age limit bounds staleness from writes this instance does not see.
 */
@ApplicationScoped
class AttendeePageCache {

    /** Enough for every page of a few hundred busy events; past it, start afresh rather than track recency. */
    private static final int MAX_PAGES = 20_000;

    private record Key(UUID eventId, Instant afterAt, UUID afterId, int limit) {
    }

    private record Kept(SeatPage page, Instant readAt) {
    }

    private final ProfileDirectory profiles;
    private final Duration maxAge;
    private final Clock clock;
    private final ConcurrentHashMap<Key, Kept> pages = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    AttendeePageCache(ProfileDirectory profiles,
                      @ConfigProperty(name = "rounds.attendee-list.cache-max-age", defaultValue = "PT1M") Duration maxAge,
                      Clock clock) {
        this.profiles = profiles;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    SeatPage page(UUID eventId, Instant afterAt, UUID afterId, int limit) {
        Key key = new Key(eventId, afterAt, afterId, limit);
        Instant now = clock.instant();
        Kept kept = pages.get(key);
        if (kept != null && !kept.readAt().plus(maxAge).isBefore(now)) {
            return kept.page();
        }
        long seen = generation.get();
        SeatPage read = profiles.seatsOfEvent(eventId, afterAt, afterId, limit);
        if (pages.size() >= MAX_PAGES) {
            pages.clear();
        }
        pages.compute(key, (ignored, current) -> generation.get() == seen ? new Kept(read, now) : current);
        return read;
    }

    void onAttendanceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged changed) {
        forgetEvent(changed.eventId());
    }

    void onCheckedIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) CheckedIn checkedIn) {
        forgetEvent(checkedIn.eventId());
    }

    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        generation.incrementAndGet();
        pages.values().removeIf(kept -> kept.page().seats(changed.accountId()));
    }

    private void forgetEvent(UUID eventId) {
        generation.incrementAndGet();
        pages.keySet().removeIf(key -> key.eventId().equals(eventId));
    }
}
