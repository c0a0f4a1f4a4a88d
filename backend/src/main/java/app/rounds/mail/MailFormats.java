package app.rounds.mail;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How mails write things, the same in every mail. */
public final class MailFormats {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a z", Locale.US);

    private MailFormats() {
    }

    /** A moment as the event's attendees read it: in the event's own time zone. */
    public static String when(Instant at, ZoneId zone) {
        return WHEN.format(at.atZone(zone));
    }
}
