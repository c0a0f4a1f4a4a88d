package app.rounds.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import app.rounds.connection.Connection;
import app.rounds.connection.ConnectionMade;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;

/** Gives both sides of a new connection their default follow-up plan, in the transaction that connected them. */
@ApplicationScoped
public class FollowUpPlans {

    private final FollowUpRepository tasks;
    private final FollowUpKinds kinds;
    private final EventRepository events;
    private final FollowUpConfig config;
    private final Clock clock;

    FollowUpPlans(FollowUpRepository tasks, FollowUpKinds kinds, EventRepository events, FollowUpConfig config, Clock clock) {
        this.tasks = tasks;
        this.kinds = kinds;
        this.events = events;
        this.config = config;
        this.clock = clock;
    }

    void planFor(@Observes ConnectionMade made) {
        Connection connection = made.connection();
        Event event = events.findByIdOptional(connection.eventId()).orElseThrow();
        Instant due = defaultDue(event);
        Instant now = clock.instant();
        List<FollowUpKind> plan = kinds.defaultPlan();
        for (UUID owner : List.of(connection.accountLow(), connection.accountHigh())) {
            for (FollowUpKind kind : plan) {
                tasks.persist(FollowUpTask.planned(owner, connection.id(), connection.otherThan(owner), event.id(), kind, due, now));
            }
        }
    }

    /** The configured time on the day a week (by default) after the event's last day, on the event's wall clock. */
    Instant defaultDue(Event event) {
        ZoneId zone = event.timeZone();
        return event.endsAt().atZone(zone).toLocalDate().plus(config.dueAfter()).atTime(config.dueAt()).atZone(zone).toInstant();
    }
}
