package app.rounds.connection;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.rounds.attendee.CellSharingDefault;

/** One side's answer to "may this connection see my cell number?". */
@Schema(name = "CellConsent")
public enum CellConsent {
    UNDECIDED,
    GRANTED,
    REFUSED;

    /** A new connection starts from the owner's profile setting; asking each time leaves it undecided. */
    static CellConsent initialFor(CellSharingDefault sharing) {
        return switch (sharing) {
            case ALWAYS -> GRANTED;
            case NEVER -> REFUSED;
            case ASK -> UNDECIDED;
        };
    }
}
