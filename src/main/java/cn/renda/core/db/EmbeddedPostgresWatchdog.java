package cn.renda.core.db;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the embedded PostgreSQL alive: every few seconds checks its postmaster and starts it again when
 * it died, so service comes back without restarting the application (the pool drops broken connections).
 */
final class EmbeddedPostgresWatchdog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresWatchdog.class);

    private final ScheduledExecutorService timer;

    EmbeddedPostgresWatchdog(EmbeddedPostgresServer server, long intervalMillis) {
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "embedded-postgres-watchdog");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(
                () -> {
                    try {
                        if (server.restartIfStopped()) {
                            log.warn("Embedded PostgreSQL restarted on 127.0.0.1:{}", server.port());
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    } catch (Exception e) {
                        log.error("Embedded PostgreSQL could not be restarted (will retry): {}", e.getMessage());
                    }
                },
                intervalMillis,
                intervalMillis,
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
