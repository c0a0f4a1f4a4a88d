package app.rounds.registration;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import app.rounds.event.Event;
import app.rounds.mail.MailFormats;
import app.rounds.mail.MailKind;
import app.rounds.mail.MailOutbox;
import app.rounds.mail.OutgoingMail;

/** The mails about one's place at an event, enqueued in the transaction of the change they tell about. */
@ApplicationScoped
class RegistrationMails {

    private final MailOutbox outbox;

    RegistrationMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    void promoted(Registration registration, Event event) {
        enqueue(registration, event, MailKind.WAITLIST_PROMOTED, "promoted:" + registration.updatedAt().toEpochMilli());
    }

    void eventCancelled(Registration registration, Event event) {
        enqueue(registration, event, MailKind.EVENT_CANCELLED, "cancelled");
    }

    /** One mail per change of the event: its update time tells changes apart. */
    void eventChanged(Registration registration, Event event) {
        enqueue(registration, event, MailKind.EVENT_CHANGED, "changed:" + event.updatedAt().toEpochMilli());
    }

    /** Once per registration: the day before its event. */
    void eventTomorrow(Registration registration, Event event) {
        enqueue(registration, event, MailKind.EVENT_TOMORROW, "day-before");
    }

    private void enqueue(Registration registration, Event event, MailKind kind, String occasion) {
        outbox.enqueue(new OutgoingMail(registration.accountId(), kind, "registration:" + registration.id(), occasion, Map.of(
                "eventId", event.id().toString(),
                "eventTitle", event.title(),
                "when", MailFormats.when(event.startsAt(), event.timeZone()),
                "venueName", event.venueName(),
                "venueAddress", event.venueAddress())));
    }
}
