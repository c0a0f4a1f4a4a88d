package app.rounds.common.cache;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A Caffeine cache of reads about one event each, bounded by age and by entry count or approximate bytes. Each read
 * runs once (concurrent callers for one key wait for it) on the caller's thread. Invalidating removes entries still
 * being read too, so a read that overlapped a change answers its own request but is not kept: callers invalidate after
 * the changing transaction commits, and the next read sees the change.
 */
public final class EventKeyedCache<K, V> {

    private final AsyncCache<K, V> cache;
    private final Function<K, UUID> eventOf;

    private EventKeyedCache(AsyncCache<K, V> cache, Function<K, UUID> eventOf) {
        this.cache = cache;
        this.eventOf = eventOf;
    }

    /** At most {@code maxEntries}, each kept at most {@code maxAge}. */
    public static <K, V> EventKeyedCache<K, V> boundedByCount(long maxEntries, Duration maxAge, Function<K, UUID> eventOf) {
        return new EventKeyedCache<>(Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxAge).buildAsync(), eventOf);
    }

    /**
     * At most {@code maxBytes} by {@code bytesOf} (an entry is weighed once, when its read completes), each kept at most
     * {@code maxAge}: for entries whose size varies with what clients ask, so the heap they take stays bounded.
     */
    public static <K, V> EventKeyedCache<K, V> boundedByWeight(long maxBytes, Duration maxAge, Function<K, UUID> eventOf,
                                                               ToIntFunction<V> bytesOf) {
        return new EventKeyedCache<>(Caffeine.newBuilder().maximumWeight(maxBytes)
                .<K, V>weigher((key, value) -> bytesOf.applyAsInt(value)).expireAfterWrite(maxAge).buildAsync(), eventOf);
    }

    public V get(K key, Function<K, V> read) {
        CompletableFuture<V> mine = new CompletableFuture<>();
        CompletableFuture<V> existing = cache.asMap().putIfAbsent(key, mine);
        if (existing != null) {
            try {
                return existing.join();
            } catch (CompletionException failedRead) {
                throw failedRead.getCause() instanceof RuntimeException cause ? cause : failedRead;
            }
        }
        try {
            V value = read.apply(key);
            mine.complete(value);
            return value;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e); // Caffeine drops an entry whose read failed
            throw e;
        }
    }

    /** Drops what is kept about the event: the one local entry point for a change to it. */
    public void invalidateEvent(UUID eventId) {
        cache.asMap().keySet().removeIf(key -> eventId.equals(eventOf.apply(key)));
    }

    /** Drops everything kept. */
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    /** The events of kept entries that match, and of entries still being read (they may show what changed). */
    public Set<UUID> eventsWhere(Predicate<V> shows) {
        Set<UUID> events = new HashSet<>();
        cache.asMap().forEach((key, value) -> {
            if (!value.isDone() || value.isCompletedExceptionally() || shows.test(value.join())) {
                events.add(eventOf.apply(key));
            }
        });
        return events;
    }

    /** The approximate bytes kept ({@link #boundedByWeight} caches), after pending evictions ran. */
    public long weight() {
        var sync = cache.synchronous();
        sync.cleanUp();
        return sync.policy().eviction().map(eviction -> eviction.weightedSize().orElse(0L)).orElse(0L);
    }
}
