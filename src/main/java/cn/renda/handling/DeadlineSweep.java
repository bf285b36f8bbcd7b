package cn.renda.handling;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The deadline sweep: per congress, marks clocks past due OVERDUE and publishes
 * {@link ClockTurnedYellow} / {@link ClockOverdue} once per clock and colour (a timeline event too).
 * Scheduled every 15 minutes under a ShedLock lock, so it runs once across instances;
 * {@link #runNow()} runs it directly (tests, administration).
 */
@Component
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

    private final CongressFacade congresses;
    private final JdbcClient jdbc;
    private final HandlingRepository repo;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate tx;

    DeadlineSweep(
            CongressFacade congresses,
            JdbcClient jdbc,
            HandlingRepository repo,
            Deadlines deadlines,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactions) {
        this.congresses = congresses;
        this.jdbc = jdbc;
        this.repo = repo;
        this.deadlines = deadlines;
        this.publisher = publisher;
        this.tx = new TransactionTemplate(transactions);
    }

    @Scheduled(cron = "${renda.handling.sweep-cron:0 */15 * * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "handling.deadlineSweep", lockAtMostFor = "PT10M", lockAtLeastFor = "PT30S")
    void scheduled() {
        int changed = runNow();
        if (changed > 0) {
            log.info("Deadline sweep: {} clocks changed colour", changed);
        }
    }

    /** Sweeps every active congress; returns the number of clocks whose colour changed. */
    public int runNow() {
        int changed = 0;
        for (long congress : congresses.activeIds()) {
            changed += TenantContext.callAs(congress, () -> tx.execute(s -> sweep(congress)));
        }
        return changed;
    }

    private int sweep(long congress) {
        LocalDate today = deadlines.today();
        record Due(long clockId, long caseId, String kind, ClockName name, Long unitId, LocalDate due, Colour colour) {}
        List<Due> due = jdbc.sql(
                        """
                        select k.id, k.case_id, c.kind, k.name, a.unit_id, k.due_date,
                               case when ? > k.due_date then 'RED' else 'YELLOW' end as colour
                        from handling.clock k
                        join handling.cases c on c.id = k.case_id
                        left join handling.assignment a on a.id = k.assignment_id
                        where k.state in ('RUNNING','EXTENDED','OVERDUE') and k.yellow_from <= ?
                          and k.notified <> case when ? > k.due_date then 'RED' else 'YELLOW' end
                          and not (k.notified = 'RED')
                        order by k.case_id, k.id""")
                .params(today, today, today)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        ClockName.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5),
                        rs.getObject(6, LocalDate.class),
                        Colour.valueOf(rs.getString(7))))
                .list();
        for (Due d : due) {
            repo.lockCase(d.caseId());
            int updated = jdbc.sql(
                            """
                            update handling.clock set notified = ?,
                                   state = case when ? = 'RED' then 'OVERDUE' else state end
                            where id = ? and notified <> ? and state in ('RUNNING','EXTENDED','OVERDUE')""")
                    .params(
                            d.colour().name(),
                            d.colour().name(),
                            d.clockId(),
                            d.colour().name())
                    .update();
            if (updated == 0) {
                continue;
            }
            String state = repo.findCase(d.caseId()).map(CaseRow::state).orElse(null);
            repo.appendEvent(
                    d.caseId(),
                    null,
                    null,
                    d.colour() == Colour.RED ? "CLOCK_OVERDUE" : "CLOCK_YELLOW",
                    state,
                    state,
                    Map.of("clock", d.name().name(), "dueDate", d.due().toString(), "clockId", d.clockId()));
            publisher.publishEvent(
                    d.colour() == Colour.RED
                            ? new ClockOverdue(
                                    congress, d.caseId(), d.kind(), d.clockId(), d.name(), d.unitId(), d.due())
                            : new ClockTurnedYellow(
                                    congress, d.caseId(), d.kind(), d.clockId(), d.name(), d.unitId(), d.due()));
        }
        return due.size();
    }
}
