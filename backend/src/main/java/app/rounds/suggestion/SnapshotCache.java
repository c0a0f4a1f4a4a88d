package app.rounds.suggestion;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import app.rounds.attendee.Credential;
import app.rounds.attendee.ProfileChanged;
import app.rounds.attendee.ProfilePhotos;
import app.rounds.attendee.SpecialtyRef;
import app.rounds.attendee.SpecialtyVocabulary;
import app.rounds.common.cache.EventKeyedCache;
import app.rounds.common.cluster.ClusterInvalidation;
import app.rounds.common.cluster.LocalEventCache;
import app.rounds.event.EventLifecycle;
import app.rounds.registration.AttendanceChanged;

/**
 * Per-event snapshots of seated attendees, built on first use and dropped when a profile or an event's seats change.
 * Invalidation runs after the changing transaction commits, so a rebuild cannot read the old rows; and a snapshot
 * whose build overlapped an invalidation is used for that request but not kept. Count and age bounds:
 * {@link SuggestionConfig}; other instances' changes arrive through {@link ClusterInvalidation}.
 */
@ApplicationScoped
class SnapshotCache implements LocalEventCache {

    private final SuggestionQueries queries;
    private final ReferralFit fit;
    private final SpecialtyVocabulary vocabulary;
    private final EventKeyedCache<UUID, EventSnapshot> snapshots;

    private final ClusterInvalidation cluster;

    SnapshotCache(SuggestionQueries queries, ReferralFit fit, SpecialtyVocabulary vocabulary, ClusterInvalidation cluster,
                  SuggestionConfig config) {
        this.cluster = cluster;
        this.queries = queries;
        this.fit = fit;
        this.vocabulary = vocabulary;
        this.snapshots = EventKeyedCache.boundedByCount(config.snapshotMaxEvents(), config.snapshotMaxAge(), eventId -> eventId);
    }

    EventSnapshot of(UUID eventId) {
        return snapshots.get(eventId, this::build);
    }

    /** The one local way to drop an event's snapshot. */
    @Override
    public void invalidateEvent(UUID eventId) {
        snapshots.invalidateEvent(eventId);
    }

    @Override
    public void invalidateAccount(UUID accountId) {
        snapshots.eventsWhere(snapshot -> snapshot.seats(accountId)).forEach(this::invalidateEvent);
    }

    @Override
    public void invalidateAll() {
        snapshots.invalidateAll();
    }

    /** Other instances hear of the change when its transaction commits (seats and profiles: AttendeePageCache). */
    void announceEventChange(@Observes EventLifecycle changed) {
        cluster.eventChanged(changed.event().id());
    }

    void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged changed) {
        invalidateAccount(changed.accountId());
    }

    void onAttendanceChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttendanceChanged changed) {
        invalidateEvent(changed.eventId());
    }

    void onEventChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventLifecycle changed) {
        invalidateEvent(changed.event().id());
    }

    private EventSnapshot build(UUID eventId) {
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
        return new EventSnapshot(words, seats, seated);
    }

    private SuggestedAttendee summary(SuggestionQueries.SeatRow row) {
        return new SuggestedAttendee(row.accountId(), row.fullName(), row.credentials().stream().map(Credential::valueOf).toList(),
                specialty(row.specialtyCode()), specialty(row.subspecialtyCode()), row.practiceName(), row.city(),
                row.wantsReferred(), row.doesNotTake(), row.refersOut(), ProfilePhotos.urlOf(row.accountId(), row.photoVersion()));
    }

    private SpecialtyRef specialty(String code) {
        return vocabulary.find(code).map(entry -> new SpecialtyRef(entry.code(), entry.name())).orElse(null);
    }
}
