package cn.renda.handling.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongConsumer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The threads the deadline sweep spreads its congresses over: congresses are swept in independent transactions,
 * so on a machine with two cores two of them can be swept at once (the Java side — candidates, events' payloads,
 * the digests — and the database's side of each overlap). Bounded: as many threads as cores, at most {@link #MAX},
 * so the sweep never takes more than a few of the pool's connections; {@code renda.handling.sweep-threads} sets
 * the number (1: every congress on the calling thread, as before).
 */
@Component
class SweepThreads implements DisposableBean {

    /** The most threads the default takes, whatever the cores. */
    static final int MAX = 4;

    private final int threads;
    private final ExecutorService executor;

    SweepThreads(@Value("${renda.handling.sweep-threads:0}") int configured) {
        this.threads =
                configured > 0 ? configured : Math.min(MAX, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.executor = threads > 1
                ? Executors.newFixedThreadPool(threads, r -> {
                    Thread t = new Thread(r, "deadline-sweep-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                })
                : null;
    }

    /** How many congresses are swept at once. */
    int threads() {
        return threads;
    }

    /**
     * Runs the work for each congress, up to {@link #threads()} at once, and returns when all have finished. The
     * work must handle its own failures (a congress's failure is its own); each call runs on one thread from start
     * to end, so its transaction and tenant binding stay on that thread.
     */
    void forEach(List<Long> congresses, LongConsumer work) {
        forEach(congresses, threads, work);
    }

    /** As {@link #forEach(List, LongConsumer)}, on at most {@code parallelism} of the threads (1: the caller's). */
    void forEach(List<Long> congresses, int parallelism, LongConsumer work) {
        int workers = Math.min(Math.min(parallelism, threads), congresses.size());
        if (executor == null || workers < 2) {
            congresses.forEach(work::accept);
            return;
        }
        // each worker takes the next congress when it is done with one: a large congress does not hold up the rest
        Queue<Long> next = new ConcurrentLinkedQueue<>(congresses);
        List<Callable<Void>> tasks = new ArrayList<>(workers);
        for (int i = 0; i < workers; i++) {
            tasks.add(() -> {
                for (Long congress = next.poll(); congress != null; congress = next.poll()) {
                    work.accept(congress);
                }
                return null;
            });
        }
        try {
            for (Future<Void> done : executor.invokeAll(tasks)) {
                done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Deadline sweep interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void destroy() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
