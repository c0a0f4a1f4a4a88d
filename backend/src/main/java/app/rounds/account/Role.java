package app.rounds.account;

/** What an account may do: attend events, or organize them. */
public enum Role {
    ATTENDEE,
    ORGANIZER
}
