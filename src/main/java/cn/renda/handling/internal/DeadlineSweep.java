package cn.renda.handling.internal;

import cn.renda.core.TenantContext;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.organization.CongressFacade;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * The deadline sweep: per congress with something to send, records the colour sent of each clock that turned yellow
 * or red and publishes {@link ClocksRecoloured} (one event per congress and sweep, every clock and colour in it once),
 * with one timeline event per case whose clocks changed; its listener writes the notices (one digest per recipient)
 * in the same transaction. A clock's colour and its OVERDUE state are functions of its dates and today (readers derive
 * them); the sweep writes only what was sent, and its last day per congress ({@code handling.sweep_mark}).
 * Congresses are swept in independent transactions, several at once on {@link SweepThreads} (as many as the
 * cores, bounded). Scheduled every 15 minutes under a ShedLock lock held until every congress is done, so it runs
 * once across instances; {@link #runNow()} runs it directly (tests, administration).
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
    private final SweepThreads threads;

    DeadlineSweep(
            CongressFacade congresses,
            JdbcClient jdbc,
            HandlingRepository repo,
            Deadlines deadlines,
            ApplicationEventPublisher publisher,
            PlatformTransactionManager transactions,
            SweepThreads threads) {
        this.congresses = congresses;
        this.jdbc = jdbc;
        this.repo = repo;
        this.deadlines = deadlines;
        this.publisher = publisher;
        this.tx = new TransactionTemplate(transactions);
        this.threads = threads;
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
     * the congresses with something to send, then per such congress finding and locking the cases (with the clocks'
     * units, read by the find since session 9, so {@code unitsMs} stays 0), colouring the clocks and moving the mark,
     * appending the timeline events, writing the notices, and the rest of its
     * transaction (begin, tenant binding, commit); then probing the swept congresses once more after their commits
     * ({@code settleMs}, see {@link #run()}). Congresses are swept on up to {@code threads} threads at once, so the
     * per-congress phases, summed, may exceed {@code totalMs} (the wall time).
     */
    public record SweepRun(
            int threads,
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

    /** Nanoseconds per phase, per congress and summed over the congresses of one sweep. */
    private static final class Phases {
        long find;
        long colour;
        long units;
        long events;
        long notices;
        long transaction;
        int cases;
        int changes;
        int failed;

        /** Adds one congress's phases (congresses may be swept on several threads; a failed one's changes are none). */
        synchronized void add(Phases congress, boolean ok) {
            find += congress.find;
            colour += congress.colour;
            units += congress.units;
            events += congress.events;
            notices += congress.notices;
            transaction += congress.transaction;
            if (ok) {
                cases += congress.cases;
                changes += congress.changes;
            } else {
                failed++;
            }
        }
    }

    /**
     * Sweeps every active congress that has something to do today: one statement ({@code handling.sweep_congresses},
     * before any transaction: per congress its mark and one probe of the engine's marked clocks) names the congresses
     * not yet swept today or with a marked clock, and only those get a transaction of their own, so a sweep with
     * nothing to do is two statements in all. One transaction per congress: its colours, timeline events, notices and
     * mark commit together or not at all.
     *
     * <p>After the commits the swept congresses are probed once more (the same function, one statement): a marked
     * clock the sweep looked at left a dead entry in the tiny partial index {@code clock_sweep_check}, and this probe,
     * run once no snapshot can see the old rows any more, marks such entries dead as it passes (PostgreSQL's
     * kill_prior_tuple), so a sweep with nothing to do skips them.
     */
    public SweepRun run() {
        return run(threads.threads());
    }

    /** As {@link #run()}, with at most {@code parallelism} congresses at once (the benchmark compares 1 and more). */
    public SweepRun run(int parallelism) {
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
        // Congresses on up to threads.threads() threads, each in its own transaction and tenant binding on one thread.
        int used = Math.max(1, Math.min(parallelism, threads.threads()));
        threads.forEach(due, used, congress -> {
            Phases own = new Phases();
            long t = System.nanoTime();
            boolean ok = false;
            try {
                own.changes = TenantContext.callAs(congress, () -> tx.execute(s -> sweep(congress, today, runId, own)));
                ok = true;
            } catch (RuntimeException e) {
                // One congress's failure (its transaction rolled back: no colour, event or notice of it written)
                // must not keep the others from being swept; the next sweep finds its clocks again.
                log.error("Deadline sweep of congress {} failed and was rolled back", congress, e);
            }
            own.transaction = System.nanoTime() - t;
            phases.add(own, ok);
        });
        int changed = phases.changes;
        long inTransactions = phases.transaction;
        int failed = phases.failed;
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
                used,
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

    /** Lower bound of the ranges for a congress without a usable mark: every clock in its window is read. */
    private static final LocalDate NO_MARK = LocalDate.of(1900, 1, 1);

    /*
     * Set-based. One statement reads the congress's mark (its last sweep's day M), finds the clocks whose colour
     * must be sent today D — in their window since M (yellow_from in (M, D], clock_active_yellow), past due since M
     * (due_date in [M, D), clock_active_due) or marked by the engine (sweep_check: dates written with the window
     * already open, clock_sweep_check); one bitmap of the three, each row visited once — and not yet sent
     * (notified, read from the row), with their units, and locks
     * their cases in id order (as the engine locks a case before touching its clocks and chain; FOR NO KEY UPDATE
     * conflicts with the engine's case update and lock but not with the foreign-key checks of rows that reference
     * the case). One UPDATE records the colours sent: notified only, no indexed column, so each is a HOT update
     * (V20270107_0500; OVERDUE is derived from the due date, not written). One statement appends one timeline event
     * per case, linked set-based, and one {@link ClocksRecoloured} carries all changes to the notices. The mark
     * moves to today in the same transaction. Without a mark (or with one ahead of today) every clock in its window
     * is read once.
     */
    private int sweep(long congress, LocalDate today, long runId, Phases phases) {
        long t0 = System.nanoTime();
        record Candidate(
                long clockId,
                long caseId,
                ClockName name,
                Long unitId,
                LocalDate due,
                boolean check,
                String kind,
                String state,
                String number,
                String title) {}
        List<Candidate> candidates = jdbc.sql(
                        """
                        with m as (select coalesce((select s.swept_through from handling.sweep_mark s
                                                     where s.congress_id = ? and s.swept_through <= ?), ?) as since)
                        select k.id, k.case_id, k.name, a.unit_id, k.due_date, k.sweep_check,
                               c.kind, c.state, c.number, c.title
                          from handling.clock k
                          join handling.cases c on c.congress_id = ? and c.id = k.case_id
                          left join handling.assignment a on a.congress_id = ? and a.id = k.assignment_id
                         where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE')
                           and ((k.yellow_from > (select since from m) and k.yellow_from <= ?)
                                or (k.due_date >= (select since from m) and k.due_date < ?)
                                or k.sweep_check)
                           and (k.sweep_check or (k.notified = 'GREEN' and k.yellow_from <= ?)
                                or (k.notified = 'YELLOW' and k.due_date < ?))
                         order by c.id, k.id for no key update of c""")
                // the congress as a value in every table: Citus locks rows only in statements it routes to one shard
                .params(congress, today, NO_MARK, congress, congress, congress, today, today, today, today)
                .query((rs, n) -> new Candidate(
                        rs.getLong(1),
                        rs.getLong(2),
                        ClockName.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getBoolean(6),
                        rs.getString(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10)))
                .list();
        long coloured0 = System.nanoTime();
        phases.find += coloured0 - t0;
        Map<Long, Candidate> byClock = new HashMap<>();
        List<Long> checked = new ArrayList<>();
        for (Candidate c : candidates) {
            byClock.put(c.clockId(), c);
            if (c.check()) {
                checked.add(c.clockId());
            }
        }
        // The colours sent: notified only (HOT), re-tested on the row as it is now (the find may have waited for a
        // case lock while a step changed its clocks). sweep_check = false changes nothing on an unmarked clock.
        Map<Long, Colour> sent = new HashMap<>();
        if (!candidates.isEmpty()) {
            jdbc.sql(
                            """
                            update handling.clock k
                               set notified = case when ? > k.due_date then 'RED' else 'YELLOW' end, sweep_check = false
                             where k.congress_id = ? and k.id = any(?) and k.state in ('RUNNING','EXTENDED','OVERDUE')
                               and ((k.notified = 'GREEN' and k.yellow_from <= ?)
                                    or (k.notified = 'YELLOW' and k.due_date < ?))
                            returning k.id, k.notified""")
                    .params(today, congress, byClock.keySet().toArray(Long[]::new), today, today)
                    .query((java.sql.ResultSet rs) -> {
                        sent.put(rs.getLong(1), Colour.valueOf(rs.getString(2)));
                    });
        }
        if (!checked.isEmpty()) {
            // marked clocks whose colour needed no notice (rare: the engine marks only windows already open)
            jdbc.sql(
                            "update handling.clock set sweep_check = false where congress_id = ? and id = any(?) and sweep_check")
                    .params(congress, checked.toArray(Long[]::new))
                    .update();
        }
        // the next sweep reads the ranges from today on
        jdbc.sql(
                        """
                        insert into handling.sweep_mark (congress_id, swept_through) values (?, ?)
                        on conflict (congress_id) do update set swept_through = excluded.swept_through
                         where sweep_mark.swept_through is distinct from excluded.swept_through""")
                .params(congress, today)
                .update();
        record Due(long clockId, long caseId, ClockName name, Long unitId, LocalDate due, Colour colour) {}
        List<Due> due = candidates.stream()
                .filter(c -> sent.containsKey(c.clockId()))
                .map(c -> new Due(c.clockId(), c.caseId(), c.name(), c.unitId(), c.due(), sent.get(c.clockId())))
                .toList();
        Map<Long, Candidate> caseOf = new HashMap<>();
        for (Candidate c : candidates) {
            caseOf.putIfAbsent(c.caseId(), c);
        }
        long units0 = System.nanoTime();
        phases.colour += units0 - coloured0;
        long appended0 = System.nanoTime();
        phases.units += appended0 - units0;
        if (due.isEmpty()) {
            return 0;
        }
        appendEvents(due.stream()
                .map(d -> new Changed(
                        d.caseId(), caseOf.get(d.caseId()).state(), d.clockId(), d.name(), d.due(), d.colour()))
                .toList());
        List<ClocksRecoloured.ClockChange> changes = due.stream()
                .map(d -> new ClocksRecoloured.ClockChange(
                        d.caseId(),
                        caseOf.get(d.caseId()).number(),
                        caseOf.get(d.caseId()).title(),
                        caseOf.get(d.caseId()).kind(),
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
        phases.cases += caseOf.size();
        log.debug(
                "Deadline sweep of congress {}: {} clocks of {} cases; find and lock {} ms, colour {} ms, units {} ms,"
                        + " events {} ms, notices {} ms",
                congress,
                due.size(),
                caseOf.size(),
                ms(coloured0 - t0),
                ms(units0 - coloured0),
                ms(appended0 - units0),
                ms(published - appended0),
                ms(done - published));
        return due.size();
    }
}
