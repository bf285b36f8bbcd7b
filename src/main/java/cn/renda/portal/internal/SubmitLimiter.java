package cn.renda.portal.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-address limit of public submissions: at most {@code limit} in a window of one minute from an address's
 * first submission. In memory (Caffeine) per instance: with N instances an address gets at most N times the
 * limit, which still stops a flood; a shared limit would need the database.
 */
@Component
public class SubmitLimiter {

    private final int limit;
    private final Cache<String, AtomicInteger> windows;

    SubmitLimiter(@Value("${renda.portal.submits-per-minute:20}") int limit) {
        this.limit = limit;
        this.windows = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(1))
                .maximumSize(100_000)
                .build();
    }

    /** Counts a submission from the address; false when it is over the limit (and must be refused). */
    public boolean tryAcquire(String address) {
        AtomicInteger n = windows.get(address == null ? "" : address, a -> new AtomicInteger());
        return n.incrementAndGet() <= limit;
    }

    /** Forgets an address (tests start from a clean window). */
    public void forget(String address) {
        windows.invalidate(address);
    }
}
