package app.rounds.attendee;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who may see one contact field of a profile, from the narrowest audience to the widest. */
@Schema(name = "Visibility", description = "ONLY_ME: the owner alone; CONNECTIONS: also the owner's connections;"
        + " EVENT_ATTENDEES: also everyone at an event the owner attends, and organizers")
public enum Visibility {
    ONLY_ME,
    CONNECTIONS,
    EVENT_ATTENDEES
}
