package app.rounds.attendee;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Until introductions exist nobody is connected, so CONNECTIONS-level fields are seen by their owner alone. */
@DefaultBean
@ApplicationScoped
public class NoConnectionsYet implements ConnectionLookup {

    @Override
    public Set<UUID> connectionsOf(UUID viewer, Collection<UUID> owners) {
        return Set.of();
    }
}
