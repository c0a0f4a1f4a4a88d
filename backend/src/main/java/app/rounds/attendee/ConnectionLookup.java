package app.rounds.attendee;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Which profile owners are the viewer's connections, which lets them see CONNECTIONS-level contact fields, and which
 * of those have consented to show the viewer their cell number. The connections feature provides the implementation.
 * It must answer for all owners at once, in at most one statement, to keep attendee lists within their statement
 * budget.
 */
public interface ConnectionLookup {

    Relations connectionsOf(UUID viewer, Collection<UUID> owners);

    /** {@code sharingCell} is a subset of {@code connected}. */
    record Relations(Set<UUID> connected, Set<UUID> sharingCell) {
    }
}
