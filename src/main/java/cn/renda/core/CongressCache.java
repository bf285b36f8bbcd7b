package cn.renda.core;

import com.github.benmanes.caffeine.cache.CacheLoader;
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
 *
 * <p>A value is refreshed no sooner than {@value #REFRESH_COST_FACTOR} times as long as it took to compute: a
 * figure that takes a second to count (a year's report at scale 1) is recounted every ten seconds, not every
 * five, so background refreshes take at most about a tenth of a core per key, however large the congress.
 */
public final class CongressCache<K, V> {

    private record Key<K>(long congress, long generation, K key) {}

    /** Background refreshes block on the database: their own daemon threads, not the common fork-join pool. */
    private static final Executor REFRESH = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "congress-cache-refresh");
        t.setDaemon(true);
        return t;
    });

    /** A value with when and how long it was computed. */
    private record Timed<V>(V value, long atNanos, long tookNanos) {}

    /** How many times its computation's duration a value is kept before a refresh recomputes it. */
    static final int REFRESH_COST_FACTOR = 10;

    private final LoadingCache<Key<K>, Timed<V>> cache;

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
                .build(new CacheLoader<Key<K>, Timed<V>>() {
                    @Override
                    public Timed<V> load(Key<K> k) {
                        long t0 = System.nanoTime();
                        V value = loader.apply(k.congress(), k.key());
                        long t1 = System.nanoTime();
                        return new Timed<>(value, t1, t1 - t0);
                    }

                    @Override
                    public Timed<V> reload(Key<K> k, Timed<V> old) {
                        // an expensive value waits longer for its recount (kept as it is: its age still counts)
                        return System.nanoTime() - old.atNanos() < REFRESH_COST_FACTOR * old.tookNanos()
                                ? old
                                : load(k);
                    }
                });
    }

    /** The value of the bound congress for this key (loaded if missing). */
    public V get(K key) {
        long congress = TenantContext.require();
        return cache.get(new Key<>(congress, generation(congress).get(), key)).value();
    }

    /**
     * The value of the bound congress for this key if one is cached, else null (nothing is loaded: for callers
     * inside a transaction, whose miss would need a second connection).
     */
    public V getIfPresent(K key) {
        long congress = TenantContext.require();
        Timed<V> timed =
                cache.getIfPresent(new Key<>(congress, generation(congress).get(), key));
        return timed == null ? null : timed.value();
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
