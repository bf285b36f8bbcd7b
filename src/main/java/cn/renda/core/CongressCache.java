package cn.renda.core;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

/**
 * A short-lived cache of figures computed per congress (boards, reports), keyed by the bound congress.
 * A missing value is computed once however many requests ask at the same time (the others wait for it),
 * on the calling thread. A value older than {@code refreshAfter} is still answered while one background
 * load replaces it, so requests do not queue behind a recomputation every few seconds; none is answered
 * after {@code expireAfter}. {@link #invalidate(long)}, called after an event of the congress, drops its
 * values at once. The loader gets the congress and runs its own tenant transaction.
 */
public final class CongressCache<K, V> {

    private record Key<K>(long congress, long generation, K key) {}

    /** Background refreshes block on the database: their own daemon threads, not the common fork-join pool. */
    private static final Executor REFRESH = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "congress-cache-refresh");
        t.setDaemon(true);
        return t;
    });

    private final LoadingCache<Key<K>, V> cache;

    /**
     * Bumped by {@link #invalidate(long)}: a value still being computed from data read before the event
     * lands under the old generation, which no later request asks for.
     */
    private final ConcurrentHashMap<Long, AtomicLong> generations = new ConcurrentHashMap<>();

    public CongressCache(Duration refreshAfter, Duration expireAfter, long maximumSize, BiFunction<Long, K, V> loader) {
        this.cache = Caffeine.newBuilder()
                .refreshAfterWrite(refreshAfter)
                .expireAfterWrite(expireAfter)
                .maximumSize(maximumSize)
                .executor(REFRESH)
                .build(k -> loader.apply(k.congress(), k.key()));
    }

    /** The value of the bound congress for this key (loaded if missing). */
    public V get(K key) {
        long congress = TenantContext.require();
        return cache.get(new Key<>(congress, generation(congress).get(), key));
    }

    /**
     * The value of the bound congress for this key if one is cached, else null (nothing is loaded: for callers
     * inside a transaction, whose miss would need a second connection).
     */
    public V getIfPresent(K key) {
        long congress = TenantContext.require();
        return cache.getIfPresent(new Key<>(congress, generation(congress).get(), key));
    }

    /** Forgets every value of the congress (the next request computes afresh). */
    public void invalidate(long congress) {
        generation(congress).incrementAndGet();
        cache.asMap().keySet().removeIf(k -> k.congress() == congress);
    }

    private AtomicLong generation(long congress) {
        return generations.computeIfAbsent(congress, c -> new AtomicLong());
    }
}
