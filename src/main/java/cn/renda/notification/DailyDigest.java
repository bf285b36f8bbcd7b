package cn.renda.notification;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every morning, one e-mail per account that has unread messages from the last day. ShedLock runs it
 * on one instance; the per-day mark in the database keeps it to one digest even if two runs overlap.
 */
@Component
public class DailyDigest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final NotificationRepository repository;
    private final NotificationFacade notifications;
    private final CongressFacade congresses;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Counter runs;

    DailyDigest(
            NotificationRepository repository,
            NotificationFacade notifications,
            CongressFacade congresses,
            PlatformTransactionManager transactions,
            Clock clock,
            MeterRegistry meters) {
        this.runs = meters.counter("renda.job.runs", "job", "notification.digest");
        this.repository = repository;
        this.notifications = notifications;
        this.congresses = congresses;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${renda.notification.digest-cron:0 0 8 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "notification.digest", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        runs.increment();
        runNow();
    }

    /** Builds today's digests in every congress; returns how many were queued. */
    public int runNow() {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        OffsetDateTime since = OffsetDateTime.now(clock).minusDays(1);
        int queued = 0;
        for (long congress : congresses.activeIds()) {
            queued += TenantContext.callAs(
                    congress,
                    () -> tx.execute(status -> {
                        int n = 0;
                        for (long[] row : repository.unreadSince(since)) {
                            if (repository.markDigest(row[0], today)) {
                                notifications.notify(new Notice(
                                        Set.of(row[0]),
                                        new NoticeContent(
                                                "DIGEST",
                                                "notification.digest.subject",
                                                "notification.digest.body",
                                                new Object[] {row[1]},
                                                "/inbox",
                                                "digest:" + today,
                                                true,
                                                false)));
                                n++;
                            }
                        }
                        return n;
                    }));
        }
        return queued;
    }
}
