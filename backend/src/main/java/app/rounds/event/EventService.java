package app.rounds.event;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import app.rounds.attendee.SpecialtyVocabulary;
import app.rounds.common.error.InvalidInput;
import app.rounds.common.error.NotFound;
import app.rounds.common.paging.Cursor;
import app.rounds.event.EventRepository.EventSearch;

/** Creating, describing and moving events through their life: draft, published, cancelled, completed. */
@ApplicationScoped
public class EventService {

    private static final int DEFAULT_OPEN_REQUEST_LIMIT = 5;

    private final EventRepository events;
    private final SpecialtyVocabulary specialties;
    private final jakarta.enterprise.event.Event<EventLifecycle> lifecycle;
    private final Clock clock;

    EventService(EventRepository events, SpecialtyVocabulary specialties,
                 jakarta.enterprise.event.Event<EventLifecycle> lifecycle, Clock clock) {
        this.events = events;
        this.specialties = specialties;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Transactional
    public Event create(CreateEventRequest request, UUID organizerId) {
        Instant now = clock.instant();
        Instant startsAt = request.startsAt().toInstant();
        EventDetails details = new EventDetails(request.title(), request.description() == null ? "" : request.description(),
                request.city(), request.venueName(), request.venueAddress(), zone(request.timeZone()), startsAt,
                request.endsAt().toInstant(), instantOr(request.registrationOpensAt(), now),
                instantOr(request.registrationClosesAt(), startsAt), specialtyFocus(request.specialtyFocus()),
                request.openRequestLimit() == null ? DEFAULT_OPEN_REQUEST_LIMIT : request.openRequestLimit());
        Event event = Event.draft(details, request.capacity(), organizerId, now);
        events.persist(event);
        return event;
    }

    @Transactional
    public Event update(UUID eventId, UpdateEventRequest change) {
        Instant now = clock.instant();
        Event event = events.findForUpdate(eventId).orElseThrow(() -> new NotFound("Event"));
        EventDetails details = new EventDetails(
                or(change.title(), event.title()),
                or(change.description(), event.description()),
                or(change.city(), event.city()),
                or(change.venueName(), event.venueName()),
                or(change.venueAddress(), event.venueAddress()),
                change.timeZone() == null ? event.timeZone() : zone(change.timeZone()),
                instantOr(change.startsAt(), event.startsAt()),
                instantOr(change.endsAt(), event.endsAt()),
                instantOr(change.registrationOpensAt(), event.registrationOpensAt()),
                instantOr(change.registrationClosesAt(), event.registrationClosesAt()),
                change.specialtyFocus() == null ? event.specialtyFocus() : specialtyFocus(change.specialtyFocus()),
                change.openRequestLimit() == null ? event.openRequestLimit() : change.openRequestLimit());
        event.describe(details, now);
        if (change.capacity() != null && change.capacity() != event.capacity()) {
            boolean raised = change.capacity() > event.capacity();
            event.changeCapacity(change.capacity(), now);
            if (raised) {
                lifecycle.fire(new EventLifecycle.SeatsChanged(event));
            }
        }
        return event;
    }

    @Transactional
    public Event publish(UUID eventId) {
        Event event = events.findForUpdate(eventId).orElseThrow(() -> new NotFound("Event"));
        event.publish(clock.instant());
        return event;
    }

    @Transactional
    public Event cancel(UUID eventId) {
        Event event = events.findForUpdate(eventId).orElseThrow(() -> new NotFound("Event"));
        boolean wasLive = event.status() != EventStatus.CANCELLED;
        event.cancel(clock.instant());
        if (wasLive) {
            lifecycle.fire(new EventLifecycle.Cancelled(event));
        }
        return event;
    }

    @Transactional
    public Event complete(UUID eventId) {
        Event event = events.findForUpdate(eventId).orElseThrow(() -> new NotFound("Event"));
        event.complete(clock.instant());
        lifecycle.fire(new EventLifecycle.Completed(event));
        return event;
    }

    /** Attendees never learn that a draft exists. */
    public Event get(UUID eventId, boolean callerIsOrganizer) {
        return NotFound.unlessHidden(events.findByIdOptional(eventId),
                event -> callerIsOrganizer || event.isVisibleToAttendees(), "Event");
    }

    /** Attendees see published events; organizers any status they ask for. Upcoming (not yet ended) by default. */
    public List<Event> search(EventQuery query, boolean callerIsOrganizer, Cursor after, int limit) {
        List<EventStatus> statuses = callerIsOrganizer
                ? (query.status() == null ? List.of() : List.of(query.status()))
                : List.of(EventStatus.PUBLISHED);
        Instant from = query.from() != null ? query.from().toInstant() : (query.to() == null ? clock.instant() : null);
        Instant to = query.to() == null ? null : query.to().toInstant();
        if (from != null && to != null && !to.isAfter(from)) {
            throw new InvalidInput("to", "must be after from");
        }
        return events.search(new EventSearch(statuses, blankToNull(query.city()), from, to, blankToNull(query.specialty()),
                blankToNull(query.q())), after, limit);
    }

    public Instant now() {
        return clock.instant();
    }

    private String specialtyFocus(String code) {
        String focus = blankToNull(code);
        if (focus != null && specialties.find(focus).isEmpty()) {
            throw new InvalidInput("specialtyFocus", "is not a specialty code from GET /specialties");
        }
        return focus;
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInput("timeZone", "is not an IANA time zone (for example America/New_York)");
        }
    }

    private static Instant instantOr(OffsetDateTime value, Instant fallback) {
        return value == null ? fallback : value.toInstant();
    }

    private static String or(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public record EventQuery(String city, OffsetDateTime from, OffsetDateTime to, String specialty, String q, EventStatus status) {
    }
}
