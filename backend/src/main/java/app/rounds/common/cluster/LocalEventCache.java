package app.rounds.common.cluster;

import java.util.UUID;

/**
 * A cache this instance keeps about events, which changes made through any instance must drop at once. Changes
 * arrive through {@link ClusterInvalidation}: those made here and those other instances announced.
 */
public interface LocalEventCache {

    /** Drops what is kept about the event. */
    void invalidateEvent(UUID eventId);

    /** Drops what is kept that shows the account (its profile changed). */
    void invalidateAccount(UUID accountId);

    /** Drops everything: announcements may have been missed. */
    void invalidateAll();
}
