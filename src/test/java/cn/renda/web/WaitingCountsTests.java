package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One recount of a user's waiting counts at a time, however many of their pages are in flight. */
class WaitingCountsTests {

    private static final CurrentUser UNIT =
            new CurrentUser(7, 1, "unit", "", "unit", Set.of(Role.UNIT), null, 3L, null, "zh-CN", true);

    private final ExecutorService pool = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    /** A count that takes {@code millis} and says how many times it ran. */
    private static Supplier<List<WaitingWork.Item>> slowCount(AtomicInteger runs, long millis) {
        return () -> {
            int n = runs.incrementAndGet();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(new WaitingWork.Item("todo", n, "/todo", "/todo"));
        };
    }

    private Future<Long> page(WaitingCounts counts, Supplier<List<WaitingWork.Item>> count, CountDownLatch start) {
        return pool.submit(() -> {
            start.await();
            return TenantContext.callAs(1L, () -> counts.get(UNIT, count).get(0).count());
        });
    }

    @Test
    void pagesArrivingTogetherWithoutCountsWaitForOneRecount() throws Exception {
        WaitingCounts counts = new WaitingCounts(Duration.ofSeconds(5));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Long>> pages = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            pages.add(page(counts, slowCount(runs, 300), start));
        }
        start.countDown();
        for (Future<Long> p : pages) {
            assertThat(p.get(10, TimeUnit.SECONDS)).isEqualTo(1L);
        }
        assertThat(runs).hasValue(1);
    }

    @Test
    void expiredCountsAreShownWhileOnePageRecountsThem() throws Exception {
        WaitingCounts counts = new WaitingCounts(Duration.ofMillis(200));
        AtomicInteger runs = new AtomicInteger();
        assertThat(page(counts, slowCount(runs, 0), new CountDownLatch(0)).get())
                .isEqualTo(1L);
        Thread.sleep(250); // expired, still kept
        CountDownLatch start = new CountDownLatch(1);
        Future<Long> recounting = page(counts, slowCount(runs, 1_000), start);
        start.countDown();
        Thread.sleep(100); // the recount is under way
        long t0 = System.nanoTime();
        Long shown = page(counts, slowCount(runs, 1_000), new CountDownLatch(0)).get(5, TimeUnit.SECONDS);
        assertThat(shown).as("the expired count, without waiting").isEqualTo(1L);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(500);
        assertThat(recounting.get(5, TimeUnit.SECONDS)).isEqualTo(2L);
        assertThat(runs).hasValue(2);
    }

    @Test
    void aChangeDuringARecountMakesTheNextPageCountAgain() throws Exception {
        WaitingCounts counts = new WaitingCounts(Duration.ofSeconds(5));
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        Future<Long> first = page(counts, slowCount(runs, 500), start);
        start.countDown();
        Thread.sleep(100);
        counts.forgetAll(); // a write completed while the first page counted
        Long next = page(counts, slowCount(runs, 0), new CountDownLatch(0)).get(5, TimeUnit.SECONDS);
        assertThat(next)
                .as("counted after the change, not the recount begun before it")
                .isEqualTo(2L);
        first.get(5, TimeUnit.SECONDS);
    }
}
