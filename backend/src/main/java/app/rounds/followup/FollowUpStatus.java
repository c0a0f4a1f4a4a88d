package app.rounds.followup;

/** Where a task stands. Overdue is not a status: it is an open task past its due time, decided when read. */
public enum FollowUpStatus {
    OPEN,
    DONE,
    SKIPPED
}
