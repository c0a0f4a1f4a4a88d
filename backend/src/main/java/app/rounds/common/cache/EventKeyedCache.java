package app.rounds.common.cache;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Predicate;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CaffeineCache;

/**
 * A quarkus-cache (Caffeine) cache of reads about one event each, sized and aged by {@code quarkus.cache.caffeine.<name>.*}.
 * Invalidating removes entries still being read too, so a read that overlapped a change answers its own request but is
 * not kept: callers invalidate after the changing transaction commits, and the next read sees the change.
 */
public final class EventKeyedCache<K, V> {

    private final Cache cache;
    private final Function<K, UUID> eventOf;

    public EventKeyedCache(Cache cache, Function<K, UUID> eventOf) {
        this.cache = cache;
        this.eventOf = eventOf;
    }

    public V get(K key, Function<K, V> read) {
        return cache.get(key, read).await().indefinitely();
    }

    /** Drops what is kept about the event: the one local entry point for a change to it. */
    public void invalidateEvent(UUID eventId) {
        cache.invalidateIf(key -> eventId.equals(eventOf.apply(key(key)))).await().indefinitely();
    }

    /** The events of kept entries that match, and of entries still being read (they may show what changed). */
    public Set<UUID> eventsWhere(Predicate<V> shows) {
        CaffeineCache caffeine = cache.as(CaffeineCache.class);
        Set<UUID> events = new HashSet<>();
        for (Object key : caffeine.keySet()) {
            CompletableFuture<V> value = caffeine.getIfPresent(key);
            if (value == null || !value.isDone() || value.isCompletedExceptionally() || shows.test(value.join())) {
                events.add(eventOf.apply(key(key)));
            }
        }
        return events;
    }

    @SuppressWarnings("unchecked")
    private K key(Object key) {
        return (K) key;
    }
}
