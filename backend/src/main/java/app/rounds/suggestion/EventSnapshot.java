package app.rounds.suggestion;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * One event's seated attendees as scoring reads them, built from one statement and then only read, so requests
 * share it without locks. Attendees are held in (name, id) order: a lower index wins a tie, which makes every
 * ranking deterministic. Attendees without a profile hold a seat but have nothing to score.
 */
final class EventSnapshot {

    record Seat(AttendeeFacts facts, SuggestedAttendee summary) {
    }

    private final Interner words;
    private final List<Seat> seats;
    private final Map<UUID, Integer> indexById = new HashMap<>();
    private final Set<UUID> seatedAccounts;

    EventSnapshot(Interner words, List<Seat> seats, Set<UUID> seatedAccounts) {
        this.words = words;
        this.seats = seats.stream()
                .sorted(Comparator.comparing((Seat seat) -> seat.facts().fullName(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(seat -> seat.facts().id()))
                .toList();
        for (int i = 0; i < this.seats.size(); i++) {
            indexById.put(this.seats.get(i).facts().id(), i);
        }
        this.seatedAccounts = Set.copyOf(seatedAccounts);
    }

    Interner words() {
        return words;
    }

    List<Seat> seats() {
        return seats;
    }

    /** The index of a seated attendee with a profile, or -1. */
    int indexOf(UUID accountId) {
        return indexById.getOrDefault(accountId, -1);
    }

    /** Whether the account held a seat when the snapshot was built, with or without a profile. */
    boolean seats(UUID accountId) {
        return seatedAccounts.contains(accountId);
    }
}
