package app.rounds.followup;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.common.paging.Cursor;
import app.rounds.event.EventService;

/**
 * An event's follow-up tasks as the organizing company sees them (its organizers and their integrations): who owes
 * whom what kind of task, due when, and how it stands. Never a task's title, which its owner wrote, nor anything a
 * note or a referral report holds.
 */
@ApplicationScoped
public class EventFollowUps {

    private final FollowUpRepository tasks;
    private final EventService events;

    EventFollowUps(FollowUpRepository tasks, EventService events) {
        this.tasks = tasks;
        this.events = events;
    }

    /** A page of the event's tasks, soonest due first; an unknown event is not found. */
    public List<FollowUpTask> page(UUID eventId, Cursor after, int limit) {
        events.get(eventId, true);
        return tasks.atEvent(eventId, after, limit);
    }
}
