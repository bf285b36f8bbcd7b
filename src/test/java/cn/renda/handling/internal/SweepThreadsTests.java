package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The sweep's congresses run on a bounded number of threads, each congress's work from start to end on one. */
class SweepThreadsTests {

    private static final List<Long> CONGRESSES =
            LongStream.rangeClosed(1, 12).boxed().toList();

    @Test
    void everyCongressIsSweptOnceAndNoMoreThanTheThreadsAtOnce() {
        SweepThreads threads = new SweepThreads(2);
        try {
            Map<Long, Integer> runs = new ConcurrentHashMap<>();
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            Set<String> names = ConcurrentHashMap.newKeySet();
            threads.forEach(CONGRESSES, congress -> {
                most.accumulateAndGet(running.incrementAndGet(), Math::max);
                names.add(Thread.currentThread().getName());
                sleep(5);
                runs.merge(congress, 1, Integer::sum);
                running.decrementAndGet();
            });
            assertThat(runs).hasSize(CONGRESSES.size()).allSatisfy((c, n) -> assertThat(n)
                    .isEqualTo(1));
            assertThat(most.get()).isBetween(1, 2);
            assertThat(names).allMatch(n -> n.startsWith("deadline-sweep-")).hasSizeLessThanOrEqualTo(2);
        } finally {
            threads.destroy();
        }
    }

    @Test
    void twoCongressesAreSweptAtTheSameTime() throws Exception {
        SweepThreads threads = new SweepThreads(2);
        try {
            // each waits for the other: only if both run at once does the sweep finish
            CountDownLatch both = new CountDownLatch(2);
            AtomicInteger met = new AtomicInteger();
            threads.forEach(List.of(1L, 2L), congress -> {
                both.countDown();
                try {
                    if (both.await(10, TimeUnit.SECONDS)) {
                        met.incrementAndGet();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(met.get()).isEqualTo(2);
        } finally {
            threads.destroy();
        }
    }

    @Test
    void oneThreadSweepsOnTheCallersThreadInOrder() {
        SweepThreads threads = new SweepThreads(1);
        List<Long> order = new java.util.ArrayList<>();
        String caller = Thread.currentThread().getName();
        threads.forEach(CONGRESSES, congress -> {
            assertThat(Thread.currentThread().getName()).isEqualTo(caller);
            order.add(congress);
        });
        assertThat(order).isEqualTo(CONGRESSES);
        assertThat(threads.threads()).isEqualTo(1);
    }

    @Test
    void aParallelismOfOneKeepsTheSweepOnTheCallersThread() {
        SweepThreads threads = new SweepThreads(2);
        try {
            String caller = Thread.currentThread().getName();
            Set<String> names = ConcurrentHashMap.newKeySet();
            threads.forEach(
                    CONGRESSES, 1, congress -> names.add(Thread.currentThread().getName()));
            assertThat(names).containsExactly(caller);
        } finally {
            threads.destroy();
        }
    }

    @Test
    void anUnhandledFailureStillLetsTheOtherCongressesRunAndIsRethrown() {
        SweepThreads threads = new SweepThreads(2);
        try {
            Set<Long> done = ConcurrentHashMap.newKeySet();
            assertThatThrownBy(() -> threads.forEach(CONGRESSES, congress -> {
                        if (congress == 3L) {
                            throw new IllegalStateException("congress 3 broke");
                        }
                        done.add(congress);
                    }))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("congress 3 broke");
            assertThat(done).hasSize(CONGRESSES.size() - 1);
        } finally {
            threads.destroy();
        }
    }

    @Test
    void theDefaultIsTheCoresBoundedByTheMaximum() {
        SweepThreads threads = new SweepThreads(0);
        try {
            assertThat(threads.threads())
                    .isEqualTo(Math.min(SweepThreads.MAX, Runtime.getRuntime().availableProcessors()));
        } finally {
            threads.destroy();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
