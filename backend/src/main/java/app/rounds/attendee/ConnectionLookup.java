package app.rounds.attendee;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which profile owners are the viewer's connections, which lets them see CONNECTIONS-level contact fields.
 * Connections are created by the introductions feature (a later issue: an accepted introduction connects two
 * attendees), which will provide the implementation that replaces {@link NoConnectionsYet}. An implementation must
 * answer for all owners at once, in at most one statement, to keep attendee lists within their statement budget.
 */
public interface ConnectionLookup {

    Set<UUID> connectionsOf(UUID viewer, Collection<UUID> owners);
}
