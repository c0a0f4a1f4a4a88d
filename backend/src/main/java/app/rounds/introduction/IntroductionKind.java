package app.rounds.introduction;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** REQUEST: one attendee asks to meet another. BROKERED: a third person (organizer or common connection) proposes it. */
@Schema(name = "IntroductionKind")
public enum IntroductionKind {
    REQUEST,
    BROKERED
}
