package app.rounds.bulk;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one row of an import. */
@Schema(name = "ImportOutcome", description = "PENDING: not imported yet; CREATED: a new account (invited by mail) got a"
        + " seat; MATCHED: an existing account got a seat; ALREADY_REGISTERED: the person held a place already, nothing"
        + " changed; WAITLISTED: no seat was free, the person (new or existing account) joined the waitlist; SKIPPED: not"
        + " imported, see reason")
public enum ImportOutcome {
    PENDING,
    CREATED,
    MATCHED,
    ALREADY_REGISTERED,
    WAITLISTED,
    SKIPPED
}
