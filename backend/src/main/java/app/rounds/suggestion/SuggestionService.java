package app.rounds.suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.error.NotAllowed;
import app.rounds.registration.RegistrationQueries;
import app.rounds.suggestion.SuggestionQueries.Relation;
import app.rounds.suggestion.SuggestionResponses.OpenIntroduction;
import app.rounds.suggestion.SuggestionResponses.PairSuggestion;
import app.rounds.suggestion.SuggestionResponses.PairSuggestionList;
import app.rounds.suggestion.SuggestionResponses.Suggestion;
import app.rounds.suggestion.SuggestionResponses.SuggestionList;

/**
 * Whom to meet at an event: ranked, explained, never someone already connected or declined at that event. At most
 * three statements per request (access, the event's snapshot when not cached, the relations); the scoring itself
 * runs in memory. Read-only, so it needs no transaction.
 */
@ApplicationScoped
public class SuggestionService {

    private final SuggestionQueries queries;
    private final RegistrationQueries seats;
    private final SnapshotCache snapshots;
    private final SuggestionScorer scorer;

    SuggestionService(SuggestionQueries queries, RegistrationQueries seats, SnapshotCache snapshots, ReferralFit fit) {
        this.queries = queries;
        this.seats = seats;
        this.snapshots = snapshots;
        this.scorer = new SuggestionScorer(fit);
    }

    /** The viewer's best matches among the event's other seated attendees. */
    public SuggestionList forAttendee(UUID eventId, UUID viewerId, boolean viewerIsOrganizer, int limit) {
        if (!seats.holdsSeat(eventId, viewerId, viewerIsOrganizer)) {
            throw new NotAllowed("Suggestions are for the event's registered attendees; organizers see the event's best pairs");
        }
        EventSnapshot snapshot = snapshots.of(eventId);
        int viewerIndex = snapshot.indexOf(viewerId);
        if (viewerIndex < 0) {
            // Without a profile there is nothing to match on.
            return new SuggestionList(List.of());
        }
        Map<UUID, Relation> relations = queries.relationsOf(eventId, viewerId);
        List<EventSnapshot.Seat> seats = snapshot.seats();
        AttendeeFacts viewer = seats.get(viewerIndex).facts();
        Ranking ranking = new Ranking(limit);
        for (int i = 0; i < seats.size(); i++) {
            int score = i == viewerIndex ? 0 : scorer.score(viewer, seats.get(i).facts());
            if (score > 0 && !excludes(relations.get(seats.get(i).facts().id()))) {
                ranking.offer(Ranking.entry(score, i, 0));
            }
        }
        List<Suggestion> items = new ArrayList<>();
        for (long entry : ranking.best()) {
            EventSnapshot.Seat candidate = seats.get(Ranking.first(entry));
            SuggestionScorer.Match match = scorer.explain(viewer, candidate.facts(), snapshot.words());
            items.add(new Suggestion(candidate.summary(), match.score(), match.reasons(),
                    openIntroduction(relations.get(candidate.facts().id()))));
        }
        return new SuggestionList(items);
    }

    /** The event's best pairs, each once, for an organizer to broker. */
    public PairSuggestionList bestPairs(UUID eventId, UUID organizerId, int limit) {
        // Organizers need no seat; this only refuses an event that does not exist.
        seats.holdsSeat(eventId, organizerId, true);
        EventSnapshot snapshot = snapshots.of(eventId);
        Map<Long, Relation> relations = pairRelations(snapshot, queries.relationsAt(eventId));
        List<EventSnapshot.Seat> seats = snapshot.seats();
        Ranking ranking = new Ranking(limit);
        for (int i = 0; i < seats.size(); i++) {
            AttendeeFacts first = seats.get(i).facts();
            for (int j = i + 1; j < seats.size(); j++) {
                int score = scorer.score(first, seats.get(j).facts());
                if (score > 0 && (relations.isEmpty() || !excludes(relations.get(pairKey(i, j))))) {
                    ranking.offer(Ranking.entry(score, i, j));
                }
            }
        }
        List<PairSuggestion> items = new ArrayList<>();
        for (long entry : ranking.best()) {
            int i = Ranking.first(entry);
            int j = Ranking.second(entry);
            SuggestionScorer.Match match = scorer.explainPair(seats.get(i).facts(), seats.get(j).facts(), snapshot.words());
            items.add(new PairSuggestion(seats.get(i).summary(), seats.get(j).summary(), match.score(), match.reasons(),
                    openIntroduction(relations.get(pairKey(i, j)))));
        }
        return new PairSuggestionList(items);
    }

    /** Relations keyed by the pair's snapshot indexes; pairs with someone not in the snapshot cannot be suggested anyway. */
    private static Map<Long, Relation> pairRelations(EventSnapshot snapshot, List<SuggestionQueries.PairRelation> rows) {
        Map<Long, Relation> relations = new HashMap<>();
        for (SuggestionQueries.PairRelation row : rows) {
            int low = snapshot.indexOf(row.low());
            int high = snapshot.indexOf(row.high());
            if (low >= 0 && high >= 0) {
                relations.merge(pairKey(Math.min(low, high), Math.max(low, high)), row.relation(), SuggestionQueries::stronger);
            }
        }
        return relations;
    }

    private static long pairKey(int first, int second) {
        return ((long) first << 32) | second;
    }

    /** Already connected, or someone declined an introduction at this event: never suggested again. */
    private static boolean excludes(Relation relation) {
        return relation == Relation.CONNECTED || relation == Relation.DECLINED;
    }

    private static OpenIntroduction openIntroduction(Relation relation) {
        if (relation == Relation.PENDING) {
            return OpenIntroduction.PENDING;
        }
        return relation == Relation.ACCEPTED ? OpenIntroduction.ACCEPTED : null;
    }
}
