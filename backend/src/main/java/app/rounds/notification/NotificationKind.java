package app.rounds.notification;

public enum NotificationKind {
    EVENT_CANCELLED,
    PROMOTED_FROM_WAITLIST,
    REGISTERED_BY_ORGANIZER,
    REGISTRATION_REMOVED
}
