package app.rounds.notification;

import java.util.UUID;

/**
 * Whom a notification is about and which introduction or connection it tells of, so the inbox can name the person
 * and link to the thing itself. Any part may be missing (a cancelled event is about no one).
 */
public record NotificationSubject(UUID personId, String personName, UUID introductionId, UUID connectionId) {

    public static final NotificationSubject NONE = new NotificationSubject(null, null, null, null);

    public static NotificationSubject introduction(UUID introductionId, UUID personId, String personName) {
        return new NotificationSubject(personId, personName, introductionId, null);
    }

    public static NotificationSubject connection(UUID connectionId, UUID personId, String personName) {
        return new NotificationSubject(personId, personName, null, connectionId);
    }

    public NotificationSubject withConnection(UUID connectionId) {
        return new NotificationSubject(personId, personName, introductionId, connectionId);
    }
}
