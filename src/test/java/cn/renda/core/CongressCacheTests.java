package cn.renda.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-congress figures cache: one computation per key, congresses apart, dropped on invalidation. */
class CongressCacheTests {

    final AtomicInteger loads = new AtomicInteger();

    CongressCache<String, String> cache(Duration refresh) {
        return new CongressCache<>(refresh, refresh.multipliedBy(100), 100, (congress, key) -> {
            int n = loads.incrementAndGet();
            sleep(50);
            return congress + ":" + key + ":" + n;
        });
    }

    @Test
    void concurrentMissesForOneKeyComputeOnce() throws Exception {
        CongressCache<String, String> cache = cache(Duration.ofMinutes(1));
        ExecutorService pool = Executors.newFixedThreadPool(16);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(pool.submit(() -> {
                start.await();
                return TenantContext.callAs(1, () -> cache.get("board"));
            }));
        }
        start.countDown();
        for (Future<String> a : answers) {
            assertThat(a.get()).isEqualTo("1:board:1");
        }
        pool.shutdown();
        assertThat(loads).hasValue(1);
    }

    @Test
    void eachCongressHasItsOwnValue() {
        CongressCache<String, String> cache = cache(Duration.ofMinutes(1));
        assertThat(TenantContext.callAs(1, () -> cache.get("board"))).isEqualTo("1:board:1");
        assertThat(TenantContext.callAs(2, () -> cache.get("board"))).isEqualTo("2:board:2");
        assertThat(TenantContext.callAs(1, () -> cache.get("board"))).isEqualTo("1:board:1");
    }

    @Test
    void invalidationDropsOnlyThatCongressesValues() {
        CongressCache<String, String> cache = cache(Duration.ofMinutes(1));
        TenantContext.callAs(1, () -> cache.get("board"));
        TenantContext.callAs(2, () -> cache.get("board"));
        cache.invalidate(1);
        assertThat(TenantContext.callAs(1, () -> cache.get("board"))).isEqualTo("1:board:3");
        assertThat(TenantContext.callAs(2, () -> cache.get("board"))).isEqualTo("2:board:2");
    }

    @Test
    void anOldValueIsAnsweredWhileItIsRefreshedInTheBackground() {
        CongressCache<String, String> cache = cache(Duration.ofMillis(100));
        assertThat(TenantContext.callAs(1, () -> cache.get("report"))).isEqualTo("1:report:1");
        sleep(150);
        assertThat(TenantContext.callAs(1, () -> cache.get("report"))).isEqualTo("1:report:1");
        String refreshed = "";
        for (int i = 0; i < 100 && !refreshed.equals("1:report:2"); i++) {
            sleep(50);
            refreshed = TenantContext.callAs(1, () -> cache.get("report"));
        }
        assertThat(refreshed).isEqualTo("1:report:2");
    }

    @Test
    void aValueIsRefreshedNoSoonerThanTenTimesWhatItCostToCompute() {
        // 200 ms to compute, refresh due after 10 ms: kept for about 2 s, then recounted
        CongressCache<String, String> cache =
                new CongressCache<>(Duration.ofMillis(10), Duration.ofMinutes(1), 100, (congress, key) -> {
                    int n = loads.incrementAndGet();
                    sleep(200);
                    return congress + ":" + key + ":" + n;
                });
        assertThat(TenantContext.callAs(1, () -> cache.get("report"))).isEqualTo("1:report:1");
        for (int i = 0; i < 5; i++) {
            sleep(30);
            assertThat(TenantContext.callAs(1, () -> cache.get("report"))).isEqualTo("1:report:1");
        }
        assertThat(loads).hasValue(1);
        String refreshed = "";
        for (int i = 0; i < 100 && !refreshed.equals("1:report:2"); i++) {
            sleep(50);
            refreshed = TenantContext.callAs(1, () -> cache.get("report"));
        }
        assertThat(refreshed).isEqualTo("1:report:2");
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
