package app.rounds.event;

/**
 * What happened to an event that other features react to, inside the same transaction (CDI events observed
 * synchronously), so the event feature does not need to know who listens.
 */
public sealed interface EventLifecycle {

    Event event();

    record Cancelled(Event event) implements EventLifecycle {
    }

    record Completed(Event event) implements EventLifecycle {
    }

    /** Where or when a published event takes place changed; its attendees are told. */
    record Rescheduled(Event event) implements EventLifecycle {
    }

    /** Seats may have been freed: a raised capacity. */
    record SeatsChanged(Event event) implements EventLifecycle {
    }
}
