package cn.renda.outreach.internal;

import cn.renda.core.PersonalData;
import cn.renda.core.TenantTransactions;
import cn.renda.organization.CongressFacade;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Retention of citizens' personal data: once a voter opinion has been closed or dismissed for
 * {@code renda.outreach.retention-months} (default 24; 0 keeps it), the citizen's name and phone (masked copies
 * and the sealed contact) are purged; the opinion's content, reply, evaluation and history stay. Daily, once
 * across instances (ShedLock), each purge audited per opinion.
 */
@Component
class OpinionRetention {

    private static final Logger log = LoggerFactory.getLogger(OpinionRetention.class);

    private final JdbcClient jdbc;
    private final CongressFacade congresses;
    private final TenantTransactions transactions;
    private final PersonalData personalData;
    private final Clock clock;
    private final int months;
    private final Counter purged;

    OpinionRetention(
            JdbcClient jdbc,
            CongressFacade congresses,
            TenantTransactions transactions,
            PersonalData personalData,
            Clock clock,
            MeterRegistry meters,
            @Value("${renda.outreach.retention-months:24}") int months) {
        this.jdbc = jdbc;
        this.congresses = congresses;
        this.transactions = transactions;
        this.personalData = personalData;
        this.clock = clock;
        this.months = months;
        this.purged = meters.counter("renda.outreach.personal-data.purged");
    }

    @Scheduled(cron = "${renda.outreach.retention-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "outreach.opinionRetention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        purgeNow();
    }

    /** Purges what is due in every congress now; returns how many opinions lost their citizen's data. */
    int purgeNow() {
        if (months <= 0) {
            return 0;
        }
        OffsetDateTime before = OffsetDateTime.now(clock).minusMonths(months);
        int total = 0;
        for (long congress : congresses.activeIds()) {
            total += transactions.call(congress, () -> purge(congress, before));
        }
        if (total > 0) {
            log.info("Retention: citizens' name and phone purged from {} closed opinions", total);
        }
        purged.increment(total);
        return total;
    }

    private int purge(long congress, OffsetDateTime before) {
        List<Long> ids = jdbc.sql(
                        """
                update outreach.opinion set citizen_name_masked = null, citizen_phone_masked = null,
                    contact_sealed = null, personal_data_purged_at = now()
                where congress_id = ? and state in ('CLOSED', 'DISMISSED') and updated_at < ?
                  and (contact_sealed is not null or citizen_name_masked is not null or citizen_phone_masked is not null)
                returning id""")
                .params(congress, before)
                .query(Long.class)
                .list();
        for (long id : ids) {
            personalData.auditChange(
                    "PERSONAL_DATA_PURGE", "opinion", id, "retention " + months + " months after closing");
        }
        return ids.size();
    }
}
