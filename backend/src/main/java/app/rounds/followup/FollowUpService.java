package app.rounds.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import app.rounds.connection.Connection;
import app.rounds.connection.ConnectionService;
import app.rounds.event.Event;
import app.rounds.event.EventRepository;

/** An attendee's follow-up plans: only ever their own tasks; anyone else's is as absent as an unknown id. */
@ApplicationScoped
public class FollowUpService {

    private final FollowUpRepository tasks;
    private final FollowUpKinds kinds;
    private final FollowUpPlans plans;
    private final ConnectionService connections;
    private final EventRepository events;
    private final Clock clock;

    FollowUpService(FollowUpRepository tasks, FollowUpKinds kinds, FollowUpPlans plans, ConnectionService connections,
                    EventRepository events, Clock clock) {
        this.tasks = tasks;
        this.kinds = kinds;
        this.plans = plans;
        this.connections = connections;
        this.events = events;
        this.clock = clock;
    }

    public List<FollowUpRepository.Row> list(UUID owner, FollowUpRepository.Filter filter, Cursor after, int limit) {
        if (filter.dueBefore() != null && filter.dueAfter() != null && !filter.dueBefore().isAfter(filter.dueAfter())) {
            throw new InvalidInput("dueBefore", "must be after dueAfter");
        }
        return tasks.of(owner, filter, after, limit);
    }

    public FollowUpRepository.Row get(UUID taskId, UUID owner) {
        return tasks.findOf(taskId, owner).orElseThrow(() -> new NotFound("Follow-up task"));
    }

    public List<FollowUpRepository.Progress> progress(UUID owner, UUID eventId) {
        return tasks.progressOf(owner, eventId, clock.instant());
    }

    @Transactional
    public FollowUpRepository.Row add(UUID owner, FollowUpRequests.Add request) {
        Connection connection = connections.mine(request.connectionId(), owner).connection();
        FollowUpKind kind = kinds.require(request.kind());
        Event event = events.findByIdOptional(connection.eventId()).orElseThrow();
        Instant now = clock.instant();
        Instant due = request.dueAt() == null ? plans.defaultDue(event) : request.dueAt().toInstant();
        if (request.dueAt() == null && !due.isAfter(now)) {
            throw new InvalidInput("dueAt", "is needed: the plan's usual due time for this event has passed");
        }
        FollowUpTask task = FollowUpTask.added(owner, connection.id(), connection.otherThan(owner), event.id(), kind,
                request.title(), due, now);
        tasks.persist(task);
        return new FollowUpRepository.Row(task, event.title());
    }

    @Transactional
    public FollowUpRepository.Row change(UUID taskId, UUID owner, FollowUpRequests.Change change) {
        FollowUpRepository.Row row = get(taskId, owner);
        FollowUpTask task = row.task();
        Instant now = clock.instant();
        if (change.dueAt() != null && change.snoozeDays() != null) {
            throw new InvalidInput("snoozeDays", "cannot be combined with dueAt; send one of them");
        }
        if (change.status() == FollowUpStatus.OPEN) {
            task.close(FollowUpStatus.OPEN, now);
        }
        if (change.dueAt() != null) {
            task.reschedule(change.dueAt().toInstant(), now);
        }
        if (change.snoozeDays() != null) {
            task.reschedule(snoozed(task, change.snoozeDays(), now), now);
        }
        if (change.status() != null && change.status() != FollowUpStatus.OPEN) {
            task.close(change.status(), now);
        }
        return row;
    }

    @Transactional
    public void remove(UUID taskId, UUID owner) {
        get(taskId, owner).task().remove(clock.instant());
    }

    /** Whole days on the event's wall clock, from the due time or, when that has passed, from now. */
    private Instant snoozed(FollowUpTask task, int days, Instant now) {
        ZoneId zone = events.findByIdOptional(task.eventId()).map(Event::timeZone).orElse(ZoneId.of("UTC"));
        Instant from = task.dueAt().isAfter(now) ? task.dueAt() : now;
        return from.atZone(zone).plusDays(days).toInstant();
    }
}
