package cn.renda.bench;

import cn.renda.core.PersonalData;
import cn.renda.handling.internal.DeadlineSweep;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The deadline sweep ({@code -Dbench.only=sweep}) over {@code S × 1,000,000} open clocks.
 *
 * <p>The generated province is realistic (~80 % of cases closed), so it holds fewer open clocks than the
 * issue's 1,000,000. For the measurement the benchmark opens a scratch set: every active clock plus
 * met REPLY/RESULT clocks of closed cases up to {@code S × 1,000,000}, remembered in
 * {@code bench.sweep_scratch} with their original values, all set RUNNING, {@code notified = GREEN},
 * due dates spread evenly from 20 days ago to 90 days ahead (yellow 14 days before due), so about a fifth
 * of them is red and an eighth yellow. Then it times:
 *
 * <ol>
 *   <li>{@code sweep_full_ms}: the first sweep over that set (every yellow and red clock changes colour:
 *       an OVERDUE state and a notice each, one timeline event per case);
 *   <li>{@code sweep_incremental_ms}: the sweep again at once (nothing changed: no work but finding it);
 *   <li>{@code sweep_next_day_ms}: every due date moved one day earlier (a day passed): only the clocks
 *       crossing a boundary change.
 * </ol>
 *
 * Each figure includes the sweep's notices (written in its transactions) to the recipients {@link #recipients}
 * adds, and {@code sweep_phases_ms} records where each sweep's time went ({@link DeadlineSweep.SweepRun}).
 * Afterwards the clocks get their original values back and the sweep's timeline events and notices on the scratch
 * set are removed (with {@code session_replication_role = replica}, on the bench database only), so the
 * generated data stays as generated and a later run measures the same thing.
 */
final class SweepBench implements Benchmark {

    private static final boolean RECIPIENTS =
            Boolean.parseBoolean(System.getProperty("bench.sweep.recipients", "true"));

    @Override
    public String name() {
        return "sweep";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        var app = ctx.app();
        DataSource owner = ctx.ownerDataSource();
        restore(ctx, owner); // a previous run that did not finish
        long target = ctx.scaled(1_000_000, 1000);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        long t = System.nanoTime();
        if (RECIPIENTS) {
            recipients(ctx, owner, app.getBean(PersonalData.class).seal("13800138000"));
        }
        long maxEvent = DataBench.single(owner, "select coalesce(max(id), 0) from handling.event");
        long maxMessage = DataBench.single(owner, "select coalesce(max(id), 0) from notification.message");
        long maxOutbox = DataBench.single(owner, "select coalesce(max(id), 0) from notification.outbox");
        String marks = maxEvent + ", " + maxMessage + ", " + maxOutbox;
        DataBench.exec(
                owner,
                "create table bench.sweep_scratch (clock_id bigint primary key, state text, due_date date,"
                        + " yellow_from date, notified text, met_on date, max_event bigint, max_message bigint,"
                        + " max_outbox bigint)",
                "insert into bench.sweep_scratch select id, state, due_date, yellow_from, notified, met_on, " + marks
                        + " from handling.clock where state in ('RUNNING','EXTENDED','OVERDUE')",
                "insert into bench.sweep_scratch select id, state, due_date, yellow_from, notified, met_on, " + marks
                        + " from handling.clock where state = 'MET' and name in ('REPLY','RESULT') order by id limit greatest(0, "
                        + target + " - (select count(*) from bench.sweep_scratch))",
                // due from 20 days ago to 90 days ahead, evenly by clock id
                "update handling.clock k set state = 'RUNNING', notified = 'GREEN', met_on = null,"
                        + " due_date = date '" + today + "' - 20 + (k.id % 111)::int,"
                        + " yellow_from = date '" + today + "' - 34 + (k.id % 111)::int"
                        + " from bench.sweep_scratch s where s.clock_id = k.id",
                // The scratch set's dates were written behind the sweep's back: it forgets its days (session 9,
                // handling.sweep_mark) and reads every clock in its window, as the first sweep of a new database.
                FORGET_MARKS,
                // Vacuumed before timing: rewriting a million clocks at once is the bench's own set-up, not a day
                // of the application, and left the sweep's partial indexes full of dead entries that the timed
                // sweeps would otherwise walk (session 8, bench/README.md).
                "vacuum (analyze) handling.clock");
        long open = DataBench.single(
                owner, "select count(*) from handling.clock where state in ('RUNNING','EXTENDED','OVERDUE')");
        ctx.log("opened %,d clocks for the sweep (%.1f s)", open, (System.nanoTime() - t) / 1e9);
        ctx.record("sweep_open_clocks", open);

        DeadlineSweep sweep = app.getBean(DeadlineSweep.class);
        Map<String, Object> changes = new LinkedHashMap<>();
        Map<String, Object> phases = new LinkedHashMap<>();
        Map<String, Object> rows = new LinkedHashMap<>();
        Map<String, Object> explains = new LinkedHashMap<>();
        Map<String, Object> written = new LinkedHashMap<>();
        Map<String, Object> cpu = new LinkedHashMap<>();
        try {
            long[] before = noticeRows(owner, maxMessage, maxOutbox);
            drainOutbox(ctx);
            Map<String, Long> writes0 = writes(owner);
            DeadlineSweep.SweepRun full = timed(ctx, cpu, sweep, "full sweep");
            written.put("full", perChange(ctx, "full sweep", writes0, writes(owner), full.changes()));
            long[] afterFull = noticeRows(owner, maxMessage, maxOutbox);
            rows.put("full", Map.of("inbox", afterFull[0] - before[0], "outbox", afterFull[1] - before[1]));
            changes.put("full", full.changes());
            phases.put("full", full);
            ctx.record("sweep_full_ms", full.totalMs());

            explains.put("after_full", explainProbe(ctx, owner, today, "after the full sweep"));
            DeadlineSweep.SweepRun again = timed(ctx, cpu, sweep, "incremental sweep (nothing changed)");
            changes.put("incremental", again.changes());
            phases.put("incremental", again);
            ctx.record("sweep_incremental_ms", again.totalMs());

            DataBench.exec(owner, NEXT_DAY);
            long[] beforeNextDay = noticeRows(owner, maxMessage, maxOutbox);
            drainOutbox(ctx);
            Map<String, Long> writes1 = writes(owner);
            DeadlineSweep.SweepRun nextDay = timed(ctx, cpu, sweep, "sweep a day later");
            written.put("next_day", perChange(ctx, "day-later sweep", writes1, writes(owner), nextDay.changes()));
            long[] afterNextDay = noticeRows(owner, maxMessage, maxOutbox);
            rows.put(
                    "next_day",
                    Map.of("inbox", afterNextDay[0] - beforeNextDay[0], "outbox", afterNextDay[1] - beforeNextDay[1]));
            changes.put("next_day", nextDay.changes());
            phases.put("next_day", nextDay);
            ctx.record("sweep_next_day_ms", nextDay.totalMs());

            // What a real day leaves behind: the probe right after a day's sweep, then nothing to do again.
            explains.put("after_next_day", explainProbe(ctx, owner, today, "after the day-later sweep"));
            DeadlineSweep.SweepRun idle = timed(ctx, cpu, sweep, "sweep after the day-later one (nothing changed)");
            changes.put("after_next_day", idle.changes());
            phases.put("after_next_day", idle);
            ctx.record("sweep_after_next_day_ms", idle.totalMs());

            // Session 11: more days, swept alternately on one thread and on the sweep's threads, in this one run (same
            // data, same load): the wall-time figure the threads change, compared where the machine's noise is alike.
            Map<String, Object> byThreads = new LinkedHashMap<>();
            for (int day = 0; day < THREAD_DAYS; day++) {
                int parallelism = day % 2 == 0 ? 1 : Integer.MAX_VALUE;
                DataBench.exec(owner, NEXT_DAY);
                drainOutbox(ctx);
                DeadlineSweep.SweepRun d = timed(ctx, cpu, sweep, "sweep " + (day + 2) + " days later", parallelism);
                byThreads.put(
                        "day " + (day + 2), Map.of("threads", d.threads(), "changes", d.changes(), "ms", d.totalMs()));
            }
            if (THREAD_DAYS > 0) {
                ctx.record("sweep_days_by_threads", byThreads);
            }
            ctx.record("sweep_probe_explain", explains);
            ctx.record("sweep_changed_clocks", changes);
            ctx.record("sweep_phases_ms", phases);
            ctx.record("sweep_notice_rows", rows);
            ctx.record("sweep_writes_per_change", written);
            ctx.record("sweep_cpu_ms", cpu);
            drain(ctx, owner);
        } finally {
            restore(ctx, owner);
        }
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the nothing-to-do probe ({@code handling.sweep_congresses}'s two statements) for
     * the first bench congress, on the partial indexes as the last sweep left them: how many index entries and heap
     * pages it walks to learn there is nothing to do. Run on one congress only, so the timed sweep that follows
     * still meets the other congresses' entries as they were.
     */
    private static String explainProbe(BenchContext ctx, DataSource owner, LocalDate today, String when)
            throws SQLException {
        long congress = DataBench.single(
                owner, "select id from organization.congress where code = '" + DataBench.FIRST_CONGRESS_CODE + "'");
        StringBuilder plan = new StringBuilder();
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            boolean marks = DataBench.single(
                            owner,
                            "select count(*) from pg_tables where schemaname = 'handling'"
                                    + " and tablename = 'sweep_mark'")
                    > 0;
            // since session 9 the probe reads the congress's mark and the engine's marked clocks (clock_sweep_check)
            String[] probes = marks
                    ? new String[] {"k.sweep_check"}
                    : new String[] {
                        "k.notified = 'GREEN' and k.yellow_from <= date '" + today + "'",
                        "k.notified = 'YELLOW' and k.due_date < date '" + today + "'"
                    };
            if (marks) {
                try (var rs = st.executeQuery("explain (analyze, buffers, costs off, timing on) select swept_through"
                        + " from handling.sweep_mark m where m.congress_id = " + congress)) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
            for (String probe : probes) {
                try (var rs = st.executeQuery("explain (analyze, buffers, costs off, timing on) select 1 from"
                        + " handling.clock k where k.congress_id = " + congress
                        + " and k.state in ('RUNNING','EXTENDED','OVERDUE') and " + probe + " limit 1")) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
            }
        }
        ctx.log("nothing-to-do probe of %s %s:%n%s", DataBench.FIRST_CONGRESS_CODE, when, plan);
        return plan.toString();
    }

    /**
     * Days swept after the day-later one, alternately on one thread and on the sweep's threads
     * ({@code -Dbench.sweep.thread-days}, default 4; 0 leaves them out).
     */
    private static final int THREAD_DAYS = Integer.getInteger("bench.sweep.thread-days", 4);

    /** A day passes: every scratch date one day earlier, and the sweep's last day with them (session 9). */
    private static final String[] NEXT_DAY = {
        "update handling.clock k set due_date = k.due_date - 1, yellow_from = k.yellow_from - 1"
                + " from bench.sweep_scratch s where s.clock_id = k.id",
        "do $$ begin if to_regclass('handling.sweep_mark') is not null then"
                + " update handling.sweep_mark set swept_through = swept_through - 1; end if; end $$"
    };

    /** The sweep forgets its days (its marks exist from session 9 on; earlier code has none). */
    private static final String FORGET_MARKS =
            "do $$ begin if to_regclass('handling.sweep_mark') is not null then delete from handling.sweep_mark;"
                    + " end if; end $$";

    /** The tables whose writes per change are counted. */
    private static final String[] WRITTEN = {
        "handling.clock", "handling.event", "handling.cases", "notification.message", "notification.outbox"
    };

    /**
     * Counters of what the server wrote (pg_stat_user_tables' inserted, updated, HOT-updated and moved-to-a-new-page
     * rows per table, pg_stat_wal's records and full-page images, and the WAL position). A backend reports its
     * counters when idle, at most every 10 s, so the counters are read after 11 s of quiet (outside any timing).
     */
    private static Map<String, Long> writes(DataSource owner) throws Exception {
        Thread.sleep(11_000);
        Map<String, Long> out = new LinkedHashMap<>();
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            try (var rs = st.executeQuery("select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd,"
                    + " n_tup_newpage_upd from pg_stat_user_tables")) {
                while (rs.next()) {
                    String t = rs.getString(1);
                    out.put(t + " inserted", rs.getLong(2));
                    out.put(t + " updated", rs.getLong(3));
                    out.put(t + " hot", rs.getLong(4));
                    out.put(t + " new page", rs.getLong(5));
                }
            }
            try (var rs = st.executeQuery(
                    "select wal_records, wal_fpi, pg_current_wal_lsn() - '0/0'::pg_lsn" + " from pg_stat_wal")) {
                rs.next();
                out.put("wal records", rs.getLong(1));
                out.put("wal full pages", rs.getLong(2));
                out.put("wal bytes", rs.getLong(3));
            }
        }
        return out;
    }

    /** What one sweep wrote per change: rows by table and kind (inserted, updated, of which HOT), WAL. */
    private static Map<String, Object> perChange(
            BenchContext ctx, String what, Map<String, Long> before, Map<String, Long> after, int changes) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("changes", changes);
        StringBuilder line = new StringBuilder();
        for (String t : WRITTEN) {
            for (String kind : new String[] {"inserted", "updated", "hot", "new page"}) {
                long d = after.getOrDefault(t + " " + kind, 0L) - before.getOrDefault(t + " " + kind, 0L);
                out.put(t + " " + kind, d);
                if (d > 0) {
                    line.append(
                            String.format(" %s %s %,d (%.2f);", t, kind, d, changes == 0 ? 0.0 : (double) d / changes));
                }
            }
        }
        for (String w : new String[] {"wal records", "wal full pages", "wal bytes"}) {
            long d = after.get(w) - before.get(w);
            out.put(w, d);
            line.append(String.format(" %s %,d (%.1f);", w, d, changes == 0 ? 0.0 : (double) d / changes));
        }
        ctx.log("writes of the %s (total, per change):%s", what, line);
        return out;
    }

    /** The WAL position in bytes, read at once (unlike pg_stat_wal, which backends report when idle). */
    private static long walPosition(DataSource owner) {
        try {
            return DataBench.single(owner, "select pg_current_wal_lsn() - '0/0'::pg_lsn");
        } catch (SQLException e) {
            return 0;
        }
    }

    /**
     * Waits (at most 40 s) until the outbox sender (every 30 s) has sent what earlier sweeps queued, so it does not
     * run beside the timed sweep and count in its CPU, WAL and row counters.
     */
    private static void drainOutbox(BenchContext ctx) {
        long t = System.nanoTime();
        try {
            while (System.nanoTime() - t < 40_000_000_000L
                    && DataBench.single(
                                    ctx.ownerDataSource(),
                                    "select count(*) from notification.outbox where status = 'PENDING'"
                                            + " and next_attempt_at <= now()")
                            > 0) {
                Thread.sleep(500);
            }
        } catch (SQLException | InterruptedException e) {
            ctx.log("outbox not drained: %s", e);
        }
    }

    /** Inbox and outbox rows written since the run began (the sweep's notices). */
    private static long[] noticeRows(DataSource owner, long maxMessage, long maxOutbox) throws SQLException {
        return new long[] {
            DataBench.single(owner, "select count(*) from notification.message where id > " + maxMessage),
            DataBench.single(owner, "select count(*) from notification.outbox where id > " + maxOutbox)
        };
    }

    /**
     * One sweep, everything included (its notices are written in its transactions), with its phases and the CPU time
     * it took (this JVM and the PostgreSQL server's processes, from /proc: unlike the wall time, little disturbed by
     * the other work of a shared machine; 10 ms ticks).
     */
    private static DeadlineSweep.SweepRun timed(
            BenchContext ctx, Map<String, Object> cpu, DeadlineSweep sweep, String what) {
        return timed(ctx, cpu, sweep, what, Integer.MAX_VALUE);
    }

    /** As above, with at most {@code parallelism} congresses swept at once (the sweep's own threads bound it). */
    private static DeadlineSweep.SweepRun timed(
            BenchContext ctx, Map<String, Object> cpu, DeadlineSweep sweep, String what, int parallelism) {
        String load = DataBench.loadAverage();
        long self = ProcessHandle.current().pid();
        long postmaster = ProcessCpu.postmaster(ctx.ownerDataSource());
        drainOutbox(ctx);
        long wal0 = walPosition(ctx.ownerDataSource());
        long jvm0 = ProcessCpu.ticks(self);
        long pg0 = postmaster > 0 ? ProcessCpu.treeTicks(postmaster) : 0;
        DeadlineSweep.SweepRun run = sweep.run(parallelism);
        double jvmMs = (ProcessCpu.ticks(self) - jvm0) * ProcessCpu.MS_PER_TICK;
        double pgMs = ((postmaster > 0 ? ProcessCpu.treeTicks(postmaster) : 0) - pg0) * ProcessCpu.MS_PER_TICK;
        long walBytes = walPosition(ctx.ownerDataSource()) - wal0;
        cpu.put(what, Map.of("jvm_ms", Math.round(jvmMs), "postgres_ms", Math.round(pgMs), "wal_bytes", walBytes));
        ctx.log(
                "  CPU of the %s: JVM %.0f ms, PostgreSQL %.0f ms (%.3f + %.3f ms per change); WAL %,d bytes (%.0f per"
                        + " change)",
                what,
                jvmMs,
                pgMs,
                run.changes() == 0 ? 0.0 : jvmMs / run.changes(),
                run.changes() == 0 ? 0.0 : pgMs / run.changes(),
                walBytes,
                run.changes() == 0 ? 0.0 : (double) walBytes / run.changes());
        ctx.log(
                "%s: %,d clocks of %,d cases changed colour in %,d ms (%.3f ms per change; load %s → %s)",
                what,
                run.changes(),
                run.cases(),
                run.totalMs(),
                run.changes() == 0 ? 0.0 : (double) run.totalMs() / run.changes(),
                load,
                DataBench.loadAverage());
        ctx.log(
                "  %d of %d congresses swept on %d thread(s); candidates %d ms, find and lock %d, colour %d, units %d,"
                        + " events %d, notices %d, begin/bind/commit %d, settle %d (phases summed over congresses)",
                run.swept(),
                run.congresses(),
                run.threads(),
                run.candidatesMs(),
                run.findMs(),
                run.colourMs(),
                run.unitsMs(),
                run.eventsMs(),
                run.noticesMs(),
                run.transactionMs(),
                run.settleMs());
        return run;
    }

    /**
     * The sweep's recipients, as a congress has them (the generated data has no accounts): per congress two staff
     * (one reading English) and a leader, per unit one officer, each with an e-mail address and a (sealed) mobile
     * number, so every notice also writes its e-mail and SMS outbox rows. Kept between runs (names
     * {@code sweep-…}); {@code -Dbench.sweep.recipients=false} leaves them out, as runs before session 7 had none.
     */
    private static void recipients(BenchContext ctx, DataSource owner, String mobile) throws SQLException {
        long t = System.nanoTime();
        String account = "insert into identity.account (congress_id, username, password_hash, display_name, roles,"
                + " unit_id, email, mobile_sealed, locale) ";
        DataBench.exec(
                owner,
                account + "select c.id, 'sweep-' || c.id || '-' || r.name, '{noop}-', '基准' || r.name, array[r.role],"
                        + " null, 'sweep-' || c.id || '-' || r.name || '@bench.invalid', '" + mobile + "', r.locale"
                        + " from organization.congress c cross join (values ('staff1', 'STAFF', 'zh-CN'),"
                        + " ('staff2', 'STAFF', 'en'), ('leader', 'LEADER', 'zh-CN')) r(name, role, locale)"
                        + " where c.code like 'bench-%' on conflict do nothing",
                account + "select u.congress_id, 'sweep-' || u.congress_id || '-u' || u.id, '{noop}-', '基准承办人' || u.id,"
                        + " array['UNIT'], u.id, 'sweep-u' || u.id || '@bench.invalid', '" + mobile + "', 'zh-CN'"
                        + " from organization.unit u join organization.congress c on c.id = u.congress_id"
                        + " where c.code like 'bench-%' on conflict do nothing",
                "insert into identity.login_name (home_congress_id, username) select congress_id, username"
                        + " from identity.account where username like 'sweep-%' on conflict do nothing",
                "analyze identity.account");
        long n = DataBench.single(owner, "select count(*) from identity.account where username like 'sweep-%'");
        ctx.log("sweep recipients: %,d accounts (%.1f s)", n, (System.nanoTime() - t) / 1e9);
    }

    /** Waits (at most a minute) for after-commit listeners still pending (the sweep's notices are no longer among them). */
    private static void drain(BenchContext ctx, DataSource owner) throws Exception {
        long t = System.nanoTime();
        long pending = 0;
        while (System.nanoTime() - t < 60_000_000_000L) {
            pending = DataBench.single(
                    owner, "select count(*) from public.event_publication where completion_date is null");
            if (pending == 0) {
                break;
            }
            Thread.sleep(500);
        }
        ctx.log("notice listeners: %,d publications pending after %.1f s", pending, (System.nanoTime() - t) / 1e9);
    }

    /** Gives the scratch clocks their values back and removes the sweep's events on them. */
    static void restore(BenchContext ctx, DataSource owner) throws SQLException {
        if (DataBench.single(
                        owner,
                        "select count(*) from pg_tables where schemaname = 'bench' and tablename = 'sweep_scratch'")
                == 0) {
            return;
        }
        long t = System.nanoTime();
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            st.execute("set session_replication_role = replica");
            st.execute("create temporary table sweep_cases as select distinct e.case_id from handling.event e"
                    + " where e.id > (select max(max_event) from bench.sweep_scratch)"
                    + " and e.action in ('CLOCK_YELLOW','CLOCK_OVERDUE')");
            st.execute("delete from handling.event e where e.id > (select max(max_event) from bench.sweep_scratch)"
                    + " and e.action in ('CLOCK_YELLOW','CLOCK_OVERDUE')");
            // the chain head on the case row goes back to the last event left
            st.execute("update handling.cases c set chain_seq = l.seq, chain_hash = l.hash"
                    + " from (select distinct on (e.case_id) e.case_id, e.seq, e.hash from handling.event e"
                    + " join sweep_cases s on s.case_id = e.case_id order by e.case_id, e.seq desc) l"
                    + " where l.case_id = c.id");
            st.execute("drop table sweep_cases");
            st.execute(
                    "update handling.clock k set state = s.state, due_date = s.due_date, yellow_from = s.yellow_from,"
                            + " notified = s.notified, met_on = s.met_on"
                            + " from bench.sweep_scratch s where s.clock_id = k.id");
            // the sweep's notices go too, so the next run writes them again instead of meeting their dedupe keys
            st.execute("delete from notification.message where id > (select max(max_message) from bench.sweep_scratch)"
                    + " and kind in ('REMINDER','OVERDUE')");
            st.execute("delete from notification.outbox where id > (select max(max_outbox) from bench.sweep_scratch)");
            st.execute("drop table bench.sweep_scratch");
            st.execute(FORGET_MARKS);
            st.execute("delete from public.event_publication where completion_date is not null");
            // likewise after the restore: the next run (or benchmark) starts from clean indexes
            st.execute("vacuum (analyze) handling.clock");
            st.execute("vacuum (analyze) handling.event");
            // Vacuum frees dead index entries but leaves their pages half empty: the set-up's and the restore's two
            // million non-HOT clock updates and the chain heads moved back grew the clock's and the case's indexes
            // run after run (session 11: clock_active_yellow 240 MB → 10 MB, cases_pkey 61 → 32 MB after a
            // rebuild), and each later run's find walked more pages. Rebuilt, every run starts from the indexes the
            // data generator left (about 20 s at scale 1).
            st.execute("reindex table handling.clock");
            st.execute("reindex table handling.cases");
        }
        ctx.log("restored the scratch clocks (%.1f s)", (System.nanoTime() - t) / 1e9);
    }
}
