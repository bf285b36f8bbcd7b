package cn.renda.handling.internal;

import cn.renda.core.TenantContext;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.organization.CongressFacade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * The deadline sweep: per congress with something to send, marks clocks past due OVERDUE and publishes
 * {@link ClocksRecoloured} (one event per congress and sweep, every clock and colour in it once), with one
 * timeline event per case whose clocks changed; its listener writes the notices (one digest per recipient) in
 * the same transaction.
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
        SweepRun run = run();
        if (run.changes() > 0 || run.failed() > 0) {
            log.info("Deadline sweep: {}", run);
        }
    }

    /** Sweeps every active congress; returns the number of clocks whose colour changed. */
    public int runNow() {
        return run().changes();
    }

    /**
     * What one sweep did (congresses active, swept, failed and rolled back; clocks changed, cases touched) and
     * where its time went (milliseconds, summed over the congresses swept): finding
     * the congresses with something to send, then per such congress finding and locking the cases, colouring
     * the clocks, reading their units, appending the timeline events, writing the notices, and the rest of its
     * transaction (begin, tenant binding, commit); then probing the swept congresses once more after their commits
     * ({@code settleMs}, see {@link #run()}).
     */
    public record SweepRun(
            int congresses,
            int swept,
            int failed,
            int changes,
            int cases,
            long candidatesMs,
            long findMs,
            long colourMs,
            long unitsMs,
            long eventsMs,
            long noticesMs,
            long transactionMs,
            long settleMs,
            long totalMs) {}

    /** Nanoseconds per phase, summed over the congresses of one sweep. */
    private static final class Phases {
        long find;
        long colour;
        long units;
        long events;
        long notices;
        int cases;
    }

    /**
     * Sweeps every active congress that has something to send today: one statement
     * ({@code handling.sweep_congresses}, two index probes per congress, before any transaction) names them, and
     * only those get a transaction of their own, so a sweep with nothing to do is two statements in all. One
     * transaction per congress: its colours, timeline events and notices commit together or not at all.
     *
     * <p>After the commits the swept congresses are probed once more (the same function, one statement). Each
     * clock the sweep recoloured left a dead entry in the partial index it left ({@code clock_sweep_green} or
     * {@code clock_sweep_yellow}), exactly in the range the probe reads, and the next probe would visit every such
     * entry's heap row until vacuum ran (at scale 1 the sweep after a full sweep took 389 ms for this alone). This
     * probe, run once no snapshot can see the old rows any more, marks them dead in the index as it passes
     * (PostgreSQL's kill_prior_tuple), so the cost is paid once, by the sweep that made the change, and a sweep with
     * nothing to do skips them.
     */
    public SweepRun run() {
        long t0 = System.nanoTime();
        long runId = System.currentTimeMillis();
        LocalDate today = deadlines.today();
        List<Long> active = congresses.activeIds();
        List<Long> due = active.isEmpty()
                ? List.of()
                : jdbc.sql("select * from handling.sweep_congresses(?::bigint[], ?)")
                        .params(active.toArray(Long[]::new), today)
                        .query(Long.class)
                        .list();
        long candidates = System.nanoTime() - t0;
        Phases phases = new Phases();
        int changed = 0;
        long inTransactions = 0;
        int failed = 0;
        for (long congress : due) {
            long t = System.nanoTime();
            try {
                changed += TenantContext.callAs(congress, () -> tx.execute(s -> sweep(congress, today, runId, phases)));
            } catch (RuntimeException e) {
                // One congress's failure (its transaction rolled back: no colour, event or notice of it written)
                // must not keep the others from being swept; the next sweep finds its clocks again.
                failed++;
                log.error("Deadline sweep of congress {} failed and was rolled back", congress, e);
            }
            inTransactions += System.nanoTime() - t;
        }
        long settle0 = System.nanoTime();
        if (changed > 0) {
            jdbc.sql("select * from handling.sweep_congresses(?::bigint[], ?)")
                    .params(due.toArray(Long[]::new), today)
                    .query(Long.class)
                    .list();
        }
        long settle = System.nanoTime() - settle0;
        long phased = phases.find + phases.colour + phases.units + phases.events + phases.notices;
        return new SweepRun(
                active.size(),
                due.size(),
                failed,
                changed,
                phases.cases,
                ms(candidates),
                ms(phases.find),
                ms(phases.colour),
                ms(phases.units),
                ms(phases.events),
                ms(phases.notices),
                ms(inTransactions - phased),
                ms(settle),
                ms(System.nanoTime() - t0));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    /** One clock's colour change, for the timeline. */
    record Changed(long caseId, String state, long clockId, ClockName name, LocalDate due, Colour colour) {}

    /*
     * One timeline event per case and sweep, however many of its clocks changed: CLOCK_OVERDUE when one
     * of them turned red, else CLOCK_YELLOW; one clock keeps the payload it always had (clock, dueDate,
     * clockId), several are listed under "clocks" ("RED PLAN due 2023-11-15", as the engine's clock log
     * reads) with their ids under "clockIds". Fewer rows, and one link per case lets the database compute
     * every link in one statement. The list must be sorted by case.
     */
    void appendEvents(List<Changed> sorted) {
        List<Long> cases = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        List<String> states = new ArrayList<>();
        List<String> payloads = new ArrayList<>();
        for (int from = 0, to; from < sorted.size(); from = to) {
            long caseId = sorted.get(from).caseId();
            to = from + 1;
            while (to < sorted.size() && sorted.get(to).caseId() == caseId) {
                to++;
            }
            List<Changed> group = sorted.subList(from, to);
            boolean red = group.stream().anyMatch(c -> c.colour() == Colour.RED);
            Map<String, Object> payload = new LinkedHashMap<>();
            if (group.size() == 1) {
                Changed c = group.get(0);
                payload.put("clock", c.name().name());
                payload.put("dueDate", c.due().toString());
                payload.put("clockId", c.clockId());
            } else {
                payload.put(
                        "clocks",
                        group.stream()
                                .map(c -> c.colour() + " " + c.name() + " due " + c.due())
                                .toList());
                payload.put("clockIds", group.stream().map(Changed::clockId).toList());
            }
            cases.add(caseId);
            actions.add(red ? "CLOCK_OVERDUE" : "CLOCK_YELLOW");
            states.add(group.get(0).state());
            payloads.add(repo.toJson(payload));
        }
        repo.appendLinkedEvents(
                cases.toArray(Long[]::new),
                actions.toArray(String[]::new),
                states.toArray(String[]::new),
                payloads.toArray(String[]::new));
    }

    /*
     * Set-based: one statement finds and locks the cases with a clock changing colour (in id order, as the
     * engine locks a case before touching its clocks and chain; FOR NO KEY UPDATE conflicts with the
     * engine's case update and lock but not with the foreign-key checks of rows that reference the case),
     * one UPDATE … RETURNING colours their clocks, one INSERT … SELECT appends one timeline event per case,
     * linked set-based, and one {@link ClocksRecoloured} carries all changes to the notices. A change is a green
     * clock whose reminder window has opened or a yellow one past due (Colour.on of due date, window and today,
     * against the colour last sent); the find reads only those (partial indexes clock_sweep_green and
     * clock_sweep_yellow), so a sweep with nothing to send reads no clock.
     */
    private int sweep(long congress, LocalDate today, long runId, Phases phases) {
        long t0 = System.nanoTime();
        record Locked(long id, String kind, String state, String number, String title) {}
        Map<Long, Locked> locked = new HashMap<>();
        for (Locked c : jdbc.sql(
                        """
                        select c.id, c.kind, c.state, c.number, c.title from handling.cases c
                        where c.congress_id = ? and c.id in (
                              select k.case_id from handling.clock k
                               where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE')
                                 and k.notified = 'GREEN' and k.yellow_from <= ?
                              union
                              select k.case_id from handling.clock k
                               where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE')
                                 and k.notified = 'YELLOW' and k.due_date < ?)
                        order by c.id for no key update of c""")
                // the congress as a value too: Citus locks rows only in statements it routes to one shard
                .params(congress, congress, today, congress, today)
                .query((rs, n) ->
                        new Locked(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list()) {
            locked.put(c.id(), c);
        }
        long coloured0 = System.nanoTime();
        phases.find += coloured0 - t0;
        if (locked.isEmpty()) {
            return 0;
        }
        Long[] cases = locked.keySet().toArray(Long[]::new);
        record Due(long clockId, long caseId, ClockName name, Long unitId, LocalDate due, Colour colour) {}
        List<Due> due = jdbc
                .sql(
                        """
                        update handling.clock k set notified = case when ? > k.due_date then 'RED' else 'YELLOW' end,
                               state = case when ? > k.due_date then 'OVERDUE' else k.state end
                        where k.congress_id = ? and k.case_id = any(?) and k.state in ('RUNNING','EXTENDED','OVERDUE')
                          and ((k.notified = 'GREEN' and k.yellow_from <= ?) or (k.notified = 'YELLOW' and k.due_date < ?))
                        returning k.id, k.case_id, k.name, k.assignment_id, k.due_date, k.notified""")
                .params(today, today, congress, cases, today, today)
                .query((rs, n) -> new Due(
                        rs.getLong(1),
                        rs.getLong(2),
                        ClockName.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4),
                        rs.getObject(5, LocalDate.class),
                        Colour.valueOf(rs.getString(6))))
                .list()
                .stream()
                .sorted(Comparator.comparingLong(Due::caseId).thenComparingLong(Due::clockId))
                .toList();
        long units0 = System.nanoTime();
        phases.colour += units0 - coloured0;
        // Units read apart (the update returns assignment ids in unitId): Citus refuses a subquery in RETURNING,
        // its row-level-security policy calling a stable function.
        Map<Long, Long> units = new HashMap<>();
        Long[] assignments =
                due.stream().map(Due::unitId).filter(a -> a != null).toArray(Long[]::new);
        if (assignments.length > 0) {
            jdbc.sql("select id, unit_id from handling.assignment where congress_id = ? and id = any(?)")
                    .params(congress, assignments)
                    .query((java.sql.ResultSet rs) -> {
                        units.put(rs.getLong(1), (Long) rs.getObject(2));
                    });
        }
        due = due.stream()
                .map(d -> new Due(
                        d.clockId(),
                        d.caseId(),
                        d.name(),
                        d.unitId() == null ? null : units.get(d.unitId()),
                        d.due(),
                        d.colour()))
                .toList();
        long appended0 = System.nanoTime();
        phases.units += appended0 - units0;
        if (due.isEmpty()) {
            return 0;
        }
        appendEvents(due.stream()
                .map(d -> new Changed(
                        d.caseId(), locked.get(d.caseId()).state(), d.clockId(), d.name(), d.due(), d.colour()))
                .toList());
        List<ClocksRecoloured.ClockChange> changes = due.stream()
                .map(d -> new ClocksRecoloured.ClockChange(
                        d.caseId(),
                        locked.get(d.caseId()).number(),
                        locked.get(d.caseId()).title(),
                        locked.get(d.caseId()).kind(),
                        d.clockId(),
                        d.name(),
                        d.unitId(),
                        d.due(),
                        d.colour()))
                .toList();
        long published = System.nanoTime();
        phases.events += published - appended0;
        // The notices are written by a synchronous listener (notification.SweepNotices) in this transaction: one
        // event with every change, so each recipient gets one digest of this sweep.
        publisher.publishEvent(new ClocksRecoloured(congress, today, runId, changes));
        long done = System.nanoTime();
        phases.notices += done - published;
        phases.cases += cases.length;
        log.debug(
                "Deadline sweep of congress {}: {} clocks of {} cases; find and lock {} ms, colour {} ms, units {} ms,"
                        + " events {} ms, notices {} ms",
                congress,
                due.size(),
                cases.length,
                ms(coloured0 - t0),
                ms(units0 - coloured0),
                ms(appended0 - units0),
                ms(published - appended0),
                ms(done - published));
        return due.size();
    }
}
