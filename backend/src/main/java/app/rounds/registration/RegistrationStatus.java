package app.rounds.registration;

import java.util.List;

public enum RegistrationStatus {
    REGISTERED,
    WAITLISTED,
    CANCELLED,
    CHECKED_IN,
    NO_SHOW;

    /**
     * Holds a seat at the event: registered or checked in. Plain SQL, in this feature and others, reads the {@code seat}
     * view (changeset 0007), which names the same statuses.
     */
    public static final List<RegistrationStatus> SEATED = List.of(REGISTERED, CHECKED_IN);

    /** Holds a place at the event, seat or waitlist. */
    boolean isActive() {
        return this == REGISTERED || this == WAITLISTED || this == CHECKED_IN;
    }
}
