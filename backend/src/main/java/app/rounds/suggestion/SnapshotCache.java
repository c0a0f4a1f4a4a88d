package app.rounds.suggestion;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import app.rounds.attendee.Credential;
import app.rounds.attendee.ProfileChanged;
import app.rounds.attendee.SpecialtyRef;
import app.rounds.attendee.SpecialtyVocabulary;
import app.rounds.event.EventLifecycle;
import app.rounds.registration.AttendanceChanged;

/**
 * Per-event snapshots of seated attendees, built on first use and dropped when a profile or an event's seats
 * change. Invalidation runs after the changing transaction commits, so a rebuild cannot read the old rows; and a
 * snapshot whose build overlapped an invalidation is used for that request but not kept, so it cannot outlive the
 * change either (the generation counter tells).
 */
@ApplicationScoped
class SnapshotCache {

    private final SuggestionQueries queries;
    private final ReferralFit fit;
    private final SpecialtyVocabulary vocabulary;
    private final SuggestionConfig config;
    private final Clock clock;
    private final ConcurrentHashMap<UUID, EventSnapshot> snapshots = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    SnapshotCache(SuggestionQueries queries, ReferralFit fit, SpecialtyVocabulary vocabulary, SuggestionConfig config, Clock clock) {
        this.queries = queries;
        this.fit = fit;
        this.vocabulary = vocabulary;
        this.config = config;
        this.clock = clock;
    }

    EventSnapshot of(UUID eventId) {
        Instant now = clock.instant();
        EventSnapshot cached = snapshots.get(eventId);
        if (cached != null && !expired(cached, now)) {
            return cached;
        }
        long seen = generation.get();
        EventSnapshot built = build(eventId, now);
        snapshots.values().removeIf(snapshot -> expired(snapshot, now));
        snapshots.compute(eventId, (id, current) -> generation.get() == seen ? built : current);
        return built;
    }

    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        generation.incrementAndGet();
        snapshots.values().removeIf(snapshot -> snapshot.seats(changed.accountId()));
    }

    void onAttendanceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged changed) {
        forget(changed.eventId());
    }

    void onEventChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventLifecycle changed) {
        forget(changed.event().id());
    }

    private void forget(UUID eventId) {
        generation.incrementAndGet();
        snapshots.remove(eventId);
    }

    private boolean expired(EventSnapshot snapshot, Instant now) {
        return snapshot.builtAt().plus(config.snapshotMaxAge()).isBefore(now);
    }

    private EventSnapshot build(UUID eventId, Instant now) {
        Interner words = new Interner();
        List<EventSnapshot.Seat> seats = new ArrayList<>();
        Set<UUID> seated = new HashSet<>();
        for (SuggestionQueries.SeatRow row : queries.seatsOf(eventId)) {
            seated.add(row.accountId());
            if (row.hasProfile()) {
                AttendeeFacts facts = AttendeeFacts.of(row.accountId(), row.fullName(),
                        fit.indexOf(row.specialtyCode(), row.subspecialtyCode()), row.city(),
                        row.wantsReferred(), row.doesNotTake(), row.refersOut(), words);
                seats.add(new EventSnapshot.Seat(facts, summary(row)));
            }
        }
        return new EventSnapshot(now, words, seats, seated);
    }

    private SuggestedAttendee summary(SuggestionQueries.SeatRow row) {
        return new SuggestedAttendee(row.accountId(), row.fullName(), row.credentials().stream().map(Credential::valueOf).toList(),
                specialty(row.specialtyCode()), specialty(row.subspecialtyCode()), row.practiceName(), row.city(),
                row.wantsReferred(), row.doesNotTake(), row.refersOut());
    }

    private SpecialtyRef specialty(String code) {
        return vocabulary.find(code).map(entry -> new SpecialtyRef(entry.code(), entry.name())).orElse(null);
    }
}
