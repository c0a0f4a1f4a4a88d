package app.rounds.registration;

public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW;

    /** Holds a place at the event, seat or waitlist. */
    boolean isActive() {
        return this == REGISTERED || this == WAITLISTED || this == CHECKED_IN;
    }
}
