package app.rounds.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import biweekly.Biweekly;
import biweekly.ICalDataType;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.property.Transparency;

import app.rounds.event.EventStatus;
import app.rounds.followup.FollowUpCalendar;
import app.rounds.followup.FollowUpStatus;
import app.rounds.registration.AttendanceCalendar;

/**
 * Writes calendars as iCalendar (RFC 5545) with biweekly. Times are UTC, so no calendar app has to guess a zone.
 * Entries never carry ORGANIZER or ATTENDEE (calendar apps send invitations for those), phone numbers, notes,
 * counterparts' names or custom task titles: people share their calendars.
 */
final class IcsWriter {

    private static final Duration TASK_LENGTH = Duration.ofMinutes(15);
    private static final String UID_DOMAIN = "@rounds.app";

    private IcsWriter() {
    }

    /** An attendee's subscription feed: their events and follow-ups, refreshed hourly by apps that honour it. */
    static String feed(List<AttendanceCalendar.Entry> events, List<FollowUpCalendar.Entry> tasks, String appUrl) {
        ICalendar calendar = calendar();
        calendar.setName("Rounds");
        calendar.setExperimentalProperty("X-WR-CALNAME", "Rounds");
        // As a raw property so that VALUE=DURATION is written out, as RFC 7986 asks and some clients need.
        calendar.addExperimentalProperty("REFRESH-INTERVAL", ICalDataType.DURATION, "PT1H");
        calendar.setExperimentalProperty("X-PUBLISHED-TTL", "PT1H");
        events.forEach(event -> calendar.addEvent(event(event, appUrl)));
        tasks.forEach(task -> calendar.addEvent(task(task, appUrl)));
        return Biweekly.write(calendar).go();
    }

    /** One event, for a download from its page. */
    static String single(AttendanceCalendar.Entry event, String appUrl) {
        ICalendar calendar = calendar();
        calendar.addEvent(event(event, appUrl));
        return Biweekly.write(calendar).go();
    }

    private static ICalendar calendar() {
        ICalendar calendar = new ICalendar();
        calendar.setProductId("-//Rounds//Rounds calendar//EN");
        calendar.setMethod(Method.publish());
        return calendar;
    }

    private static VEvent event(AttendanceCalendar.Entry event, String appUrl) {
        VEvent entry = entry("event-" + event.eventId(), event.revision(), event.createdAt(), event.updatedAt());
        entry.setSummary(event.status() == EventStatus.CANCELLED ? "Cancelled: " + event.title() : event.title());
        entry.setDateStart(date(event.startsAt()), true);
        entry.setDateEnd(date(event.endsAt()), true);
        entry.setLocation(event.venueName() + ", " + event.venueAddress());
        String link = appUrl + "/events/" + event.eventId();
        entry.setDescription(event.description().isBlank() ? link : event.description() + "\n\n" + link);
        entry.setUrl(link);
        entry.setStatus(event.status() == EventStatus.CANCELLED ? Status.cancelled()
                : event.waitlisted() ? Status.tentative() : Status.confirmed());
        entry.setTransparency(Transparency.opaque());
        return entry;
    }

    private static VEvent task(FollowUpCalendar.Entry task, String appUrl) {
        VEvent entry = entry("follow-up-" + task.id(), task.revision(), task.createdAt(), task.updatedAt());
        String what = task.custom() ? "Follow-up task" : "Follow-up: " + task.label();
        entry.setSummary(task.status() == FollowUpStatus.DONE ? "Done – " + what : what);
        entry.setDateStart(date(task.dueAt()), true);
        entry.setDateEnd(date(task.dueAt().plus(TASK_LENGTH)), true);
        String link = appUrl + "/this-week";
        entry.setDescription("After " + task.eventTitle() + ". See whom and mark it done in Rounds: " + link);
        entry.setUrl(link);
        entry.setStatus(Status.confirmed());
        entry.setTransparency(Transparency.transparent());
        return entry;
    }

    /** Stable UID, SEQUENCE from the revision, and DTSTAMP = LAST-MODIFIED so an unchanged item renders identically. */
    private static VEvent entry(String uid, int revision, Instant created, Instant lastModified) {
        VEvent entry = new VEvent();
        entry.setUid(uid + UID_DOMAIN);
        entry.setSequence(revision);
        entry.setCreated(date(created));
        entry.setLastModified(date(lastModified));
        entry.setDateTimeStamp(date(lastModified));
        return entry;
    }

    private static Date date(Instant instant) {
        return Date.from(instant);
    }
}
