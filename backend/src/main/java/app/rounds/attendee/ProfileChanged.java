package app.rounds.attendee;

import java.util.UUID;

/** An account's profile was saved; fired inside the saving transaction, for features that keep derived copies. */
public record ProfileChanged(UUID accountId) {
}
