package cn.renda.core;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A short-lived cache of figures computed per congress (boards, reports): entries are keyed by the bound
 * congress, live a few seconds and are dropped at once when {@link #invalidate(long)} is called after an
 * event of that congress. Concurrent misses for the same key compute once, on the calling thread, so
 * inside the caller's tenant transaction; the others wait for that value.
 */
public final class CongressCache<K, V> {

    private record Key<K>(long congress, long generation, K key) {}

    private final Cache<Key<K>, V> cache;

    /**
     * Bumped by {@link #invalidate(long)}: a value still being computed from data read before the event
     * lands under the old generation, which no later request asks for.
     */
    private final ConcurrentHashMap<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    public CongressCache(Duration ttl, long maximumSize) {
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(ttl)
                .maximumSize(maximumSize)
                .build();
    }

    /** The cached value of the bound congress for this key, or the value of {@code compute}, stored. */
    public V get(K key, Supplier<V> compute) {
        long congress = TenantContext.require();
        return cache.get(new Key<>(congress, generation(congress).get(), key), k -> compute.get());
    }

    /** Forgets every value of the congress (the next request computes afresh). */
    public void invalidate(long congress) {
        generation(congress).incrementAndGet();
        cache.asMap().keySet().removeIf(k -> k.congress() == congress);
    }

    /** Forgets everything. */
    public void invalidateAll() {
        generations.values().forEach(AtomicLong::incrementAndGet);
        cache.invalidateAll();
    }

    private AtomicLong generation(long congress) {
        return generations.computeIfAbsent(congress, c -> new AtomicLong());
    }
}
