package cn.renda.bench;

import cn.renda.core.TenantContext;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.Evaluation;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewCase;
import cn.renda.handling.Proposer;
import cn.renda.handling.ResultClass;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressLevel;
import cn.renda.organization.DeputyCommand;
import cn.renda.organization.DeputyLevel;
import cn.renda.organization.Gender;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.UnitCommand;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitType;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.ContactWay;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDetail;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionView;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.flowable.engine.ManagementService;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complete suggestion lifecycles per second on the application's engine and on Flowable 7 embedded, in
 * the same JVM on the same PostgreSQL, at 1, 2, 8 and 32 workers (platform threads).
 *
 * <p>A lifecycle is seven transactions: <b>submit</b> (the deputy's draft and submission, registered by
 * the office as a case: one transaction), <b>assign</b> (office), <b>accept</b>, <b>contact</b>,
 * <b>reply</b> (unit), <b>evaluate</b> (deputy), <b>close</b> (office) — each through the public
 * facades ({@link SuggestionFacade}, which drives {@code HandlingFacade}) as the signed-in role, with its
 * events (hash chain), clocks and published application events. Flowable runs the same lifecycle as a
 * BPMN process ({@code bench/suggestion-lifecycle.bpmn20.xml}): the process start, then each user task
 * found and completed in one command (one transaction), history level {@code audit}, async executor off,
 * its own database {@code flowable} and a Hikari pool of the application's size.
 *
 * <p>A third lifecycle, <b>engine-core</b> ({@link CoreLifecycle}), is a diagnostic: the same seven transitions
 * through {@code HandlingFacade} alone, on a case of the bench's own kind ({@link EngineCoreKind}: the suggestion
 * kind's table, clocks and number format) — the creation by the office, assign, accept, the unit's plan with the
 * contact's text (the engine action closest to a recorded contact), reply, evaluate, close — with the engine's hash
 * chain, versions, clocks and application events, but no draft, submission, search document or suggestion mirror.
 * It splits the engine lifecycle's cost into the engine's and the product's own work.
 *
 * <p>Each worker count runs {@link #ROUNDS} rounds alternating between the three lifecycles after a warm-up;
 * the figure per worker count is the median round.
 */
final class EngineBench implements Benchmark {

    static final int[] WORKERS = {1, 2, 8, 32};
    static final int ROUNDS = 3;
    static final int FLOWABLE_POOL = 40;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Override
    public String name() {
        return "engine";
    }

    /** One engine's lifecycle, run repeatedly by each worker thread. */
    interface Lifecycle {
        String name();

        /** Prepares the worker thread (tenant, user). */
        default void enter() {}

        default void leave() {}

        void once(long n);
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        // -Dbench.engine.seconds: longer rounds than the scale's (2 s at 0.01 holds a handful of lifecycles)
        double configured = Double.parseDouble(System.getProperty("bench.engine.seconds", "0"));
        double roundSeconds = configured > 0 ? configured : Math.max(2, Math.min(10, 10 * ctx.scale()));
        double warmSeconds = Math.max(3, Math.min(10, roundSeconds));
        cpu = new CpuMeter(ProcessCpu.postmaster(ctx.ownerDataSource()), ctx.ownerDataSource());
        ConfigurableApplicationContext app = ctx.app();
        RendaLifecycle renda = new RendaLifecycle(app);
        ctx.log("engine: congress %d provisioned (unit %d, deputy %d)", renda.congressId, renda.unitId, renda.personId);
        CoreLifecycle core = new CoreLifecycle(app, renda);
        try (FlowableLifecycle flowable = new FlowableLifecycle(ctx)) {
            ctx.log("flowable: engine built, process deployed");
            // warm-up (JIT, pools, caches) of all three at 8 workers
            ctx.log("warm-up: engine %.1f/s", measure(renda, 8, warmSeconds));
            ctx.log("warm-up: engine-core %.1f/s", measure(core, 8, warmSeconds));
            ctx.log("warm-up: flowable %.1f/s", measure(flowable, 8, warmSeconds));
            cpu.take("engine"); // the warm-up's CPU (JIT compilation above all) is not a lifecycle's
            cpu.take(core.name());
            cpu.take("flowable");
            // statements per step: a few lifecycles on one thread, counted on the application's data source
            Thread.sleep(3_000); // the warm-up's after-commit listeners finish
            counts(ctx, renda, "engine");
            counts(ctx, core, "engine_core");
            if (Boolean.getBoolean("bench.engine.count-only")) {
                GenericPlans.print(app, ctx.ownerDataSource(), renda.congressId);
                return; // -Dbench.engine.count-only=true: the statement count alone, no throughput rounds
            }
            StatementTimes times = new StatementTimes(ctx.ownerDataSource());
            Map<String, Object> engineBy = new LinkedHashMap<>();
            Map<String, Object> coreBy = new LinkedHashMap<>();
            Map<String, Object> flowableBy = new LinkedHashMap<>();
            Map<String, Object> engineCpu = new LinkedHashMap<>();
            Map<String, Object> coreCpu = new LinkedHashMap<>();
            Map<String, Object> flowableCpu = new LinkedHashMap<>();
            double bestEngine = 0;
            double bestCore = 0;
            double bestFlowable = 0;
            for (int w : WORKERS) {
                List<Double> e = new ArrayList<>();
                List<Double> c = new ArrayList<>();
                List<Double> f = new ArrayList<>();
                for (int r = 0; r < ROUNDS; r++) {
                    if (w == WORKERS[WORKERS.length - 1] && r == 0) {
                        // what the engine's sessions wait on at the most workers (a hot row shows as Lock waits)
                        try (WaitSampler waits = new WaitSampler(ctx.ownerDataSource())) {
                            e.add(measure(renda, w, roundSeconds));
                            ctx.record("engine_waits_at_" + w, waits.summary());
                            ctx.log("engine waits at %d workers (samples per wait): %s", w, waits.summary());
                        }
                    } else if (w == 8
                            && r == 0
                            && !System.getProperty("bench.engine.perf", "").isBlank()) {
                        // -Dbench.engine.perf=FILE: perf record -g of the server's processes over this round
                        Process perf = startPerf(ctx.ownerDataSource(), System.getProperty("bench.engine.perf"));
                        e.add(measure(renda, w, roundSeconds));
                        stopPerf(perf);
                    } else {
                        e.add(measure(renda, w, roundSeconds));
                    }
                    c.add(measure(core, w, roundSeconds));
                    f.add(measure(flowable, w, roundSeconds));
                }
                double em = median(e);
                double cm = median(c);
                double fm = median(f);
                ctx.log(
                        "%2d workers: engine %s → %.1f/s, engine-core %s → %.1f/s, flowable %s → %.1f/s",
                        w, fmt(e), em, fmt(c), cm, fmt(f), fm);
                String key = String.valueOf(w);
                engineCpu.put(key, cpu.take("engine"));
                coreCpu.put(key, cpu.take(core.name()));
                flowableCpu.put(key, cpu.take("flowable"));
                ctx.log(
                        "%2d workers: CPU ms per lifecycle engine %s, engine-core %s, flowable %s",
                        w, engineCpu.get(key), coreCpu.get(key), flowableCpu.get(key));
                engineBy.put(key, round1(em));
                coreBy.put(key, round1(cm));
                flowableBy.put(key, round1(fm));
                bestEngine = Math.max(bestEngine, em);
                bestCore = Math.max(bestCore, cm);
                bestFlowable = Math.max(bestFlowable, fm);
            }
            times.print();
            ctx.record("engine_lifecycles_per_s", round1(bestEngine));
            ctx.record("engine_load_avg", loadAverage());
            ctx.record("engine_by_workers", engineBy);
            ctx.record("engine_core_lifecycles_per_s", round1(bestCore));
            ctx.record("engine_core_by_workers", coreBy);
            ctx.record("flowable_lifecycles_per_s", round1(bestFlowable));
            ctx.record("flowable_by_workers", flowableBy);
            ctx.record("engine_cpu_ms_per_lifecycle", engineCpu);
            ctx.record("engine_core_cpu_ms_per_lifecycle", coreCpu);
            ctx.record("flowable_cpu_ms_per_lifecycle", flowableCpu);
            if (bestFlowable > 0) {
                ctx.record("engine_vs_flowable_ratio", Math.round(bestEngine / bestFlowable * 100) / 100.0);
                ctx.record("engine_core_vs_flowable_ratio", Math.round(bestCore / bestFlowable * 100) / 100.0);
            }
        }
    }

    /** perf record -g of the server's current processes (postmaster and children), or null when it fails. */
    private static Process startPerf(javax.sql.DataSource owner, String file) {
        long postmaster = ProcessCpu.postmaster(owner);
        StringBuilder pids = new StringBuilder(String.valueOf(postmaster));
        ProcessCpu.children(postmaster).keySet().stream().filter(pid -> pid > 0).forEach(pid -> pids.append(',')
                .append(pid));
        try {
            Process p = new ProcessBuilder(
                            "perf",
                            "record",
                            // BENCH_PERF_CALLGRAPH=dwarf (environment): callers through binaries built without frame
                            // pointers
                            "--call-graph=" + System.getenv().getOrDefault("BENCH_PERF_CALLGRAPH", "fp"),
                            "-F",
                            "999",
                            "-o",
                            file,
                            "-p",
                            pids.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File(file + ".log")))
                    .start();
            Thread.sleep(500); // perf attaches before the round starts
            return p;
        } catch (java.io.IOException e) {
            System.out.println("  perf not started: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static void stopPerf(Process perf) throws InterruptedException {
        if (perf != null) {
            perf.destroy(); // SIGTERM: perf writes its file and exits
            perf.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /** Spring Modulith's publication rows in the application database (index 1; index 0 unused). */
    static long[] serverCounts(javax.sql.DataSource owner) throws java.sql.SQLException {
        try (Connection c = owner.getConnection();
                var st = c.createStatement();
                var rs = st.executeQuery("select 0, (select count(*) from public.event_publication)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * Records {@code <prefix>_statements_per_step}, {@code _commits_per_lifecycle} and
     * {@code _publications_per_lifecycle} of five lifecycles on one thread.
     */
    private static void counts(BenchContext ctx, CountedLifecycle lifecycle, String prefix) throws Exception {
        long publications = serverCounts(ctx.ownerDataSource())[1];
        TableWrites tableWrites = TableWrites.start(ctx.ownerDataSource());
        ctx.record(prefix + "_statements_per_step", statementsPerStep(lifecycle, 5));
        ctx.record(prefix + "_table_writes_per_lifecycle", tableWrites.perLifecycle(5));
        ctx.log("%s statements per step: %s", prefix, ctx.figures().get(prefix + "_statements_per_step"));
        ctx.record(prefix + "_commits_per_lifecycle", round1(StatementCounter.COMMITS.get() / 5.0));
        ctx.record(
                prefix + "_publications_per_lifecycle",
                round1((serverCounts(ctx.ownerDataSource())[1] - publications) / 5.0));
        ctx.log(
                "%s commits per lifecycle %s, event publication rows per lifecycle %s",
                prefix,
                ctx.figures().get(prefix + "_commits_per_lifecycle"),
                ctx.figures().get(prefix + "_publications_per_lifecycle"));
    }

    /** The SQL statements of each step of a facade lifecycle, averaged over {@code n} lifecycles. */
    static Map<String, Object> statementsPerStep(CountedLifecycle renda, int n) {
        renda.counted = new LinkedHashMap<>();
        renda.enter();
        StatementCounter.COMMITS.set(0);
        StatementCounter.on = true;
        try {
            for (int i = 0; i < n; i++) {
                renda.once(-1 - i);
            }
            Thread.sleep(2_000); // the after-commit listeners of the last steps commit too
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            StatementCounter.on = false;
            renda.leave();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        long total = 0;
        for (var e : renda.counted.entrySet()) {
            out.put(e.getKey(), round1(e.getValue()[0] / (double) n));
            total += e.getValue()[0];
        }
        out.put("lifecycle", round1(total / (double) n));
        renda.counted = null;
        Map<String, String> locks = new LinkedHashMap<>();
        renda.locks.forEach((step, l) -> locks.put(step, l[0] + " (fast path " + l[1] + ", indexes " + l[2] + ")"));
        System.out.println("  relations locked by a step's transaction before its commit: " + locks);
        renda.locks.clear();
        return out;
    }

    /** Lifecycles completed per second by {@code workers} threads within {@code seconds}. */
    static double measure(Lifecycle lifecycle, int workers, double seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicReference<Throwable> firstFailure = new AtomicReference<>();
        AtomicLong sequence = new AtomicLong();
        // the workers' own CPU: the lifecycle's work without the JIT compiler, the GC or other processes' load
        AtomicLong workerNanos = new AtomicLong();
        java.lang.management.ThreadMXBean threadCpu = java.lang.management.ManagementFactory.getThreadMXBean();
        CountDownLatch ready = new CountDownLatch(workers);
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            Thread t = new Thread(
                    () -> {
                        lifecycle.enter();
                        try {
                            ready.countDown();
                            start.await();
                            long cpu0 = threadCpu.getCurrentThreadCpuTime();
                            try {
                                runUntil(lifecycle, stop, done, failed, firstFailure, sequence);
                            } finally {
                                workerNanos.addAndGet(threadCpu.getCurrentThreadCpuTime() - cpu0);
                            }
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        } finally {
                            lifecycle.leave();
                        }
                    },
                    lifecycle.name() + "-" + i);
            t.start();
            threads.add(t);
        }
        ready.await();
        CpuMeter.Snapshot cpu0 = cpu == null ? null : cpu.now();
        long t0 = System.nanoTime();
        start.countDown();
        Thread.sleep(Math.round(seconds * 1000));
        // on a busy machine a round may end before a single lifecycle completes: run on until every
        // worker could have completed one (at most a minute), so that no figure is a rounding to zero
        long cap = t0 + TimeUnit.SECONDS.toNanos(60);
        while (done.get() < workers && System.nanoTime() < cap) {
            Thread.sleep(20);
        }
        stop.set(true);
        double elapsed = (System.nanoTime() - t0) / 1e9;
        for (Thread t : threads) {
            t.join();
        }
        if (cpu0 != null) {
            cpu.add(lifecycle.name(), cpu0, done.get(), workerNanos.get());
        }
        if (failed.get() > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "  %s: %d failed lifecycles, first: %s%n",
                    lifecycle.name(),
                    failed.get(),
                    firstFailure.get());
            if (failed.get() > done.get() / 100) {
                throw new IllegalStateException(lifecycle.name() + " lifecycles fail", firstFailure.get());
            }
        }
        return done.get() / elapsed;
    }

    /** One worker's loop: lifecycles until {@code stop}, those completed before it counted, failures kept. */
    private static void runUntil(
            Lifecycle lifecycle,
            AtomicBoolean stop,
            AtomicLong done,
            AtomicLong failed,
            AtomicReference<Throwable> firstFailure,
            AtomicLong sequence) {
        while (!stop.get()) {
            try {
                lifecycle.once(sequence.incrementAndGet());
                if (!stop.get()) {
                    done.incrementAndGet();
                }
            } catch (RuntimeException e) {
                failed.incrementAndGet();
                firstFailure.compareAndSet(null, e);
            }
        }
    }

    /**
     * With {@code -Dbench.engine.pgss=true} and {@code pg_stat_statements} preloaded on the scale's server
     * ({@code shared_preload_libraries} in its {@code postgresql.auto.conf}): the application database's
     * statements of the throughput rounds, by total execution time, printed after them.
     */
    static final class StatementTimes {
        private final javax.sql.DataSource owner;
        private final boolean on;

        StatementTimes(javax.sql.DataSource owner) throws java.sql.SQLException {
            this.owner = owner;
            this.on = Boolean.getBoolean("bench.engine.pgss");
            if (on) {
                try (Connection c = owner.getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create extension if not exists pg_stat_statements");
                    s.execute("select pg_stat_statements_reset()");
                }
            }
        }

        void print() throws java.sql.SQLException {
            if (!on) {
                return;
            }
            try (Connection c = owner.getConnection();
                    Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(
                            """
                            select calls, plans, round(total_exec_time)::bigint, round(total_plan_time)::bigint,
                                   round((total_exec_time / nullif(calls, 0))::numeric, 3), rows,
                                   left(regexp_replace(query, '\\s+', ' ', 'g'), 150)
                              from pg_stat_statements
                             where dbid = (select oid from pg_database where datname = current_database())
                             order by total_exec_time + total_plan_time desc limit 40""")) {
                // planning is counted only with pg_stat_statements.track_planning = on
                System.out.println(
                        "  calls | plans | exec ms | plan ms | mean exec ms | rows | statement (engine database)");
                while (rs.next()) {
                    System.out.printf(
                            Locale.ROOT,
                            "  %d | %d | %d | %d | %s | %d | %s%n",
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getLong(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getString(7));
                }
            }
        }
    }

    /**
     * The case snapshot's generic plan (the one a keyed transaction caches and reuses) executed for a case of the
     * largest congress and of the bench's own new congress: it must read each list by the case's index, not the
     * congress's rows, whatever the congress.
     */
    static final class GenericPlans {
        static void print(ConfigurableApplicationContext app, javax.sql.DataSource owner, long fresh) throws Exception {
            java.lang.reflect.Field f =
                    Class.forName("cn.renda.handling.internal.CaseSnapshots").getDeclaredField("SQL");
            f.setAccessible(true);
            String sql = ((String) f.get(null)).replace(":congress", "$1").replace(":id", "$2");
            long[] large = new long[2];
            long[] mine = new long[2];
            try (Connection c = owner.getConnection();
                    Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(
                            """
                            (select congress_id, max(id) from handling.cases group by congress_id
                              order by count(*) desc limit 1)
                            union all
                            (select congress_id, max(id) from handling.cases where congress_id = %d group by 1)"""
                                    .formatted(fresh))) {
                rs.next();
                large = new long[] {rs.getLong(1), rs.getLong(2)};
                rs.next();
                mine = new long[] {rs.getLong(1), rs.getLong(2)};
            }
            try (Connection c = owner.getConnection();
                    Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery(
                            """
                            explain (verbose, costs off)
                            select handling.event_digest('0', 1, 1, now(), 1, 'ACCEPT', 'A', 'B', '{}'::jsonb)""")) {
                // inlined: the plan's output is the body's expression, not a call of the function
                System.out.println("  event digest in a statement:");
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
            TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            tx.setName(cn.renda.core.KeyedTransactions.LABEL);
            javax.sql.DataSource ds = app.getBean(javax.sql.DataSource.class);
            for (long[] target : List.of(large, mine)) {
                TenantContext.runAs(
                        target[0],
                        () -> tx.executeWithoutResult(status -> {
                            Connection c = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(ds);
                            try (Statement s = c.createStatement()) {
                                s.execute("prepare bench_snapshot as " + sql);
                                System.out.printf(
                                        Locale.ROOT,
                                        "  case snapshot, generic plan, congress %d (%s), case %d:%n",
                                        target[0],
                                        target[0] == fresh ? "the bench's new congress" : "the largest",
                                        target[1]);
                                try (java.sql.ResultSet rs = s.executeQuery(
                                        "explain (analyze, buffers, costs off, timing off, summary off) execute bench_snapshot("
                                                + target[0] + ", " + target[1] + ")")) {
                                    while (rs.next()) {
                                        System.out.println("    " + rs.getString(1));
                                    }
                                }
                                s.execute("deallocate bench_snapshot");
                            } catch (java.sql.SQLException e) {
                                throw new IllegalStateException(e);
                            }
                        }));
            }
        }
    }

    /** Where the CPU of the current rounds is counted (null outside {@link #run}). */
    static CpuMeter cpu;

    /**
     * CPU time of this JVM (both engines run in it) and of the PostgreSQL server (postmaster and backends) over
     * the rounds of one engine, per lifecycle: a figure that other work on a shared machine disturbs far less
     * than lifecycles per second do. The lifecycles still running when a round stops are not counted, so the
     * figure errs high by at most one lifecycle per worker.
     */
    static final class CpuMeter {
        private final long postmaster;
        private final javax.sql.DataSource owner;
        private final long self = ProcessHandle.current().pid();
        private final Map<String, long[]> sums = new LinkedHashMap<>();
        private final Map<String, Map<String, Long>> kinds = new LinkedHashMap<>();

        CpuMeter(long postmaster, javax.sql.DataSource owner) {
            this.postmaster = postmaster;
            this.owner = owner;
        }

        /**
         * JVM ticks, server ticks, WAL position (bytes; the WAL is the whole server's: both engines write it), and the
         * server's children with their ticks.
         */
        record Snapshot(long[] totals, Map<Long, ProcessCpu.Child> children) {}

        Snapshot now() {
            return new Snapshot(
                    new long[] {ProcessCpu.ticks(self), postmaster > 0 ? ProcessCpu.treeTicks(postmaster) : 0, wal()},
                    postmaster > 0 ? ProcessCpu.children(postmaster) : Map.of());
        }

        private long wal() {
            try (Connection c = owner.getConnection();
                    Statement s = c.createStatement();
                    java.sql.ResultSet rs = s.executeQuery("select pg_current_wal_lsn() - '0/0'::pg_lsn")) {
                rs.next();
                return rs.getLong(1);
            } catch (java.sql.SQLException e) {
                return 0;
            }
        }

        synchronized void add(String name, Snapshot start, long lifecycles, long workerNanos) {
            Snapshot end = now();
            long[] before = start.totals();
            long[] after = end.totals();
            long[] sum = sums.computeIfAbsent(name, k -> new long[5]);
            sum[0] += after[0] - before[0];
            sum[1] += after[1] - before[1];
            sum[2] += after[2] - before[2];
            sum[3] += lifecycles;
            sum[4] += workerNanos;
            ProcessCpu.byKind(start.children(), end.children())
                    .forEach((kind, ticks) -> kinds.computeIfAbsent(name, k -> new java.util.TreeMap<>())
                            .merge(kind, ticks, Long::sum));
        }

        /**
         * {"jvm": ms, "postgres": ms, "wal_kb": KiB} per lifecycle over the rounds since the last take, then reset.
         */
        synchronized Map<String, Object> take(String name) {
            long[] sum = sums.remove(name);
            Map<String, Long> byKind = kinds.remove(name);
            Map<String, Object> out = new LinkedHashMap<>();
            if (sum == null || sum[3] == 0) {
                return out;
            }
            out.put("jvm", round1(sum[0] * ProcessCpu.MS_PER_TICK / sum[3]));
            // of which the worker threads' own (ThreadMXBean): the steps, their listeners and commits
            out.put("jvm_workers", round1(sum[4] / 1e6 / sum[3]));
            out.put("postgres", round1(sum[1] * ProcessCpu.MS_PER_TICK / sum[3]));
            out.put("wal_kb", round1(sum[2] / 1024.0 / sum[3]));
            if (byKind != null) {
                // the server's CPU per lifecycle by process kind (the pool's backends, autovacuum, walwriter, …)
                Map<String, Object> split = new LinkedHashMap<>();
                byKind.entrySet().stream()
                        .filter(e -> e.getValue() != 0)
                        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                        .forEach(e -> split.put(e.getKey(), round1(e.getValue() * ProcessCpu.MS_PER_TICK / sum[3])));
                out.put("postgres_by_process", split);
            }
            return out;
        }
    }

    /**
     * Samples, every 50 ms while open, what the application's active sessions wait on ({@code pg_stat_activity}
     * wait events; for lock waits, the relation of the lock not granted), so a hot row names itself.
     */
    static final class WaitSampler implements AutoCloseable {
        private final Map<String, Integer> counts = new java.util.TreeMap<>();
        private final AtomicBoolean stop = new AtomicBoolean();
        private final Thread thread;

        WaitSampler(javax.sql.DataSource owner) {
            thread = new Thread(
                    () -> {
                        try (Connection c = owner.getConnection();
                                Statement s = c.createStatement()) {
                            while (!stop.get()) {
                                try (java.sql.ResultSet rs = s.executeQuery(
                                        """
                                        select coalesce(a.wait_event_type, 'CPU') || ':' || coalesce(a.wait_event, '-')
                                               || coalesce(' ' || (select l.relation::regclass::text from pg_locks l
                                                                    where l.pid = a.pid and not l.granted
                                                                      and l.relation is not null limit 1), '')
                                               || case when a.wait_event_type = 'Lock'
                                                       then ' in: ' || left(regexp_replace(a.query, '\\s+', ' ', 'g'), 60)
                                                       else '' end
                                        from pg_stat_activity a
                                        where a.usename = 'renda_app' and a.state = 'active'
                                          and a.pid <> pg_backend_pid()""")) {
                                    while (rs.next()) {
                                        synchronized (counts) {
                                            counts.merge(rs.getString(1), 1, Integer::sum);
                                        }
                                    }
                                }
                                Thread.sleep(50);
                            }
                        } catch (Exception e) {
                            synchronized (counts) {
                                counts.put("sampler failed: " + e.getMessage(), 1);
                            }
                        }
                    },
                    "wait-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        Map<String, Object> summary() {
            synchronized (counts) {
                return new LinkedHashMap<>(counts);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop.set(true);
            thread.join(2000);
        }
    }

    /** The 1-minute load average (Linux), recorded beside the figures: the machine is shared. */
    static double loadAverage() {
        try {
            String first = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
            return Double.parseDouble(first);
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static String fmt(List<Double> values) {
        return values.stream()
                .map(v -> String.format(Locale.ROOT, "%.1f", v))
                .toList()
                .toString();
    }

    /** A lifecycle through the application's facades whose steps can be counted ({@link #statementsPerStep}). */
    abstract static class CountedLifecycle implements Lifecycle {

        /** Statements per step, summed over the lifecycles run while counting (null: not counting). */
        Map<String, long[]> counted;

        /** Per step, the most relations one of its transactions locked (all, fast path, indexes). */
        final Map<String, long[]> locks = new LinkedHashMap<>();

        private long mark;

        /** Starts a lifecycle's count. */
        final void begin() {
            mark = StatementCounter.now();
            StatementCounter.drainLocks();
            if (StatementCounter.recording) {
                StatementCounter.drain();
            }
        }

        /** Ends the step {@code name}: its statements since the last step are counted under its name. */
        final void step(String name) {
            if (counted != null) {
                long now = StatementCounter.now();
                counted.computeIfAbsent(name, k -> new long[1])[0] += now - mark;
                mark = now;
                long[] l = StatementCounter.drainLocks();
                locks.merge(name, l, (x, y) -> x[0] >= y[0] ? x : y);
                if (StatementCounter.recording) {
                    System.out.println("  -- " + name + " --");
                    StatementCounter.drain().forEach(q -> System.out.println("    " + q));
                }
            }
        }

        static void as(CurrentUser user) {
            SecurityContextHolder.getContext()
                    .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        }
    }

    /** The application's engine through its public facades, in a congress of its own. */
    static final class RendaLifecycle extends CountedLifecycle {

        final long congressId;
        final long unitId;
        final long personId;
        private final SuggestionFacade suggestions;
        private final TransactionTemplate transactions;
        final CurrentUser deputy;
        final CurrentUser staff;
        final CurrentUser unit;

        RendaLifecycle(ConfigurableApplicationContext app) {
            this.suggestions = app.getBean(SuggestionFacade.class);
            this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            // as the facades' step transactions: keyed statements, planned once per connection
            this.transactions.setName(cn.renda.core.KeyedTransactions.LABEL);
            CongressFacade congresses = app.getBean(CongressFacade.class);
            UnitDirectory units = app.getBean(UnitDirectory.class);
            PersonRegistry people = app.getBean(PersonRegistry.class);
            AccountFacade accounts = app.getBean(AccountFacade.class);
            String code = "e" + Long.toString(System.currentTimeMillis(), 36);
            this.congressId = congresses.provision(code, "基准测试区人民代表大会", "基准区", CongressLevel.DISTRICT, null, 7);
            long[] ids = TenantContext.callAs(
                    congressId,
                    () -> transactions.execute(status -> {
                        long u = units.create(
                                new UnitCommand("区住房和城乡建设局", "区住建局", UnitType.DEPARTMENT, null, null, null));
                        long p = people.createDeputy(new DeputyCommand(
                                "刘春燕",
                                Gender.FEMALE,
                                "纸坊街道社区卫生服务中心",
                                null,
                                DeputyLevel.DISTRICT,
                                "第一选区",
                                null,
                                7,
                                null,
                                null));
                        long d = accounts.create(new NewAccount(
                                code + "-deputy", "bench-password", "刘春燕", Set.of(Role.DEPUTY), p, null, null, null));
                        long s = accounts.create(new NewAccount(
                                code + "-staff", "bench-password", "李晓敏", Set.of(Role.STAFF), null, null, null, null));
                        long n = accounts.create(new NewAccount(
                                code + "-unit", "bench-password", "张伟", Set.of(Role.UNIT), null, u, null, null));
                        return new long[] {u, p, d, s, n};
                    }));
            this.unitId = ids[0];
            this.personId = ids[1];
            this.deputy = user(ids[2], code + "-deputy", Role.DEPUTY, personId, null);
            this.staff = user(ids[3], code + "-staff", Role.STAFF, null, null);
            this.unit = user(ids[4], code + "-unit", Role.UNIT, null, unitId);
        }

        private CurrentUser user(long id, String username, Role role, Long person, Long unitOf) {
            return new CurrentUser(
                    id, congressId, username, "", username, Set.of(role), person, unitOf, null, "zh-CN", true);
        }

        @Override
        public String name() {
            return "engine";
        }

        @Override
        public void enter() {
            TenantContext.set(congressId);
        }

        @Override
        public void leave() {
            TenantContext.clear();
            SecurityContextHolder.clearContext();
        }

        @Override
        public void once(long n) {
            begin();
            // submit: the deputy's draft and submission, registered by the office as a case
            SuggestionDetail d = transactions.execute(status -> {
                as(deputy);
                SuggestionView draft = suggestions.saveDraft(new SuggestionDraft(
                        null,
                        SubmissionType.SUGGESTION,
                        "关于纸坊街道老旧小区雨污管网改造的建议（" + n + "）",
                        "纸坊街道老旧小区雨污管网破损，雨天污水外溢，居民反映强烈。建议纳入城市更新计划改造。",
                        "城市更新",
                        false,
                        "走访三个小区",
                        "12处管网破损",
                        "社区书记、居民代表",
                        List.of(),
                        true));
                suggestions.submit(draft.id());
                as(staff);
                // the registration is this transaction's last work, as when the office registers on its page
                cn.renda.handling.CreationCommit.allow();
                return suggestions.register(draft.id(), null);
            });
            step("submit");
            long id = d.suggestion().id();
            as(staff);
            d = suggestions.assign(id, List.of(new UnitAssignment(unitId, AssignmentRole.LEAD)), false);
            step("assign");
            as(unit);
            d = suggestions.act(id, ActionCommand.accept(d.handling().version(), null));
            step("accept");
            d = suggestions.recordContact(
                    id, new ContactCommand(null, LocalDate.now(ZONE), ContactWay.VISIT, "现场查看，商定先修复6处"));
            step("contact");
            d = suggestions.act(
                    id, ActionCommand.reply(d.handling().version(), null, "12处已全部修复", ResultClass.A, false));
            step("reply");
            as(deputy);
            d = suggestions.act(id, ActionCommand.evaluate(d.handling().version(), Evaluation.SATISFIED, null));
            step("evaluate");
            as(staff);
            d = suggestions.act(id, ActionCommand.close(d.handling().version(), null));
            step("close");
            if (!"CLOSED".equals(d.handling().state())) {
                throw new IllegalStateException(
                        "case " + d.handling().id() + " ended " + d.handling().state());
            }
        }
    }

    /**
     * The engine core: the same seven transitions on a case of {@link EngineCoreKind} through {@link HandlingFacade}
     * only, as the same office, unit and deputy in the engine lifecycle's congress, with the same texts and result.
     * The creation stands for the registration (the office creates the case with the deputy as proposer, committed in
     * its numbering round trip as the registration is); the unit's plan, with the contact's text, for the recorded
     * contact (which in the product writes the suggestion module's row, not the engine's).
     */
    static final class CoreLifecycle extends CountedLifecycle {

        private final RendaLifecycle context;
        private final HandlingFacade handling;
        private final TransactionTemplate transactions;
        private final Proposer proposer;

        CoreLifecycle(ConfigurableApplicationContext app, RendaLifecycle context) {
            this.context = context;
            this.handling = app.getBean(HandlingFacade.class);
            this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
            this.transactions.setName(cn.renda.core.KeyedTransactions.LABEL);
            this.proposer = new Proposer(context.deputy.id(), context.personId, "刘春燕");
        }

        @Override
        public String name() {
            return "engine-core";
        }

        @Override
        public void enter() {
            context.enter();
        }

        @Override
        public void leave() {
            context.leave();
        }

        @Override
        public void once(long n) {
            begin();
            LocalDate today = LocalDate.now(ZONE);
            Map<String, Object> attributes = new LinkedHashMap<>();
            attributes.put("submissionId", n);
            attributes.put("year", today.getYear());
            attributes.put("topic", "城市更新");
            NewCase command = new NewCase(
                    EngineCoreKind.CODE,
                    "关于纸坊街道老旧小区雨污管网改造的建议（" + n + "）",
                    "纸坊街道老旧小区雨污管网破损，雨天污水外溢，居民反映强烈。建议纳入城市更新计划改造。",
                    "城市更新",
                    new SourceLink(SourceType.DIRECT, "submission:" + n, today),
                    List.of(proposer),
                    attributes);
            // the office creates the case; the creation is the transaction's last work, as the registration's
            CaseView c = transactions.execute(status -> {
                as(context.staff);
                cn.renda.handling.CreationCommit.allow();
                return handling.create(command);
            });
            step("create");
            long id = c.id();
            c = handling.act(
                    id,
                    ActionCommand.assign(
                            c.version(), List.of(new UnitAssignment(context.unitId, AssignmentRole.LEAD))));
            step("assign");
            as(context.unit);
            c = handling.act(id, ActionCommand.accept(c.version(), null));
            step("accept");
            c = handling.act(id, ActionCommand.submitPlan(c.version(), null, "现场查看，商定先修复6处"));
            step("contact");
            c = handling.act(id, ActionCommand.reply(c.version(), null, "12处已全部修复", ResultClass.A, false));
            step("reply");
            as(context.deputy);
            c = handling.act(id, ActionCommand.evaluate(c.version(), Evaluation.SATISFIED, null));
            step("evaluate");
            as(context.staff);
            c = handling.act(id, ActionCommand.close(c.version(), null));
            step("close");
            if (!"CLOSED".equals(c.state())) {
                throw new IllegalStateException("case " + c.id() + " ended " + c.state());
            }
        }
    }

    /** Flowable 7 embedded: the same lifecycle as a BPMN process of user tasks. */
    static final class FlowableLifecycle implements Lifecycle, AutoCloseable {

        private static final String[] STEPS = {"assign", "accept", "contact", "reply", "evaluate", "close"};
        private final HikariDataSource dataSource;
        private final ProcessEngine engine;
        private final RuntimeService runtime;
        private final TaskService tasks;
        private final ManagementService management;

        FlowableLifecycle(BenchContext ctx) throws Exception {
            try (Connection c = ctx.ownerDataSource().getConnection();
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists flowable with (force)");
                s.execute("create database flowable");
            }
            dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(ctx.postgres().jdbcUrl("flowable"));
            dataSource.setUsername("postgres");
            dataSource.setPassword(ctx.postgres().superuserPassword());
            // Flowable's commands can hold a connection while asking for another: with fewer connections than workers
            // its 32-worker round exhausts the pool (Hikari's 30 s time-out), so it keeps a connection per worker
            dataSource.setMaximumPoolSize(FLOWABLE_POOL);
            dataSource.setPoolName("flowable");
            ProcessEngineConfiguration cfg = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
                    .setDataSource(dataSource)
                    .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                    .setHistory("audit")
                    .setAsyncExecutorActivate(false);
            engine = cfg.buildProcessEngine();
            engine.getRepositoryService()
                    .createDeployment()
                    .addClasspathResource("bench/suggestion-lifecycle.bpmn20.xml")
                    .deploy();
            runtime = engine.getRuntimeService();
            tasks = engine.getTaskService();
            management = engine.getManagementService();
        }

        @Override
        public String name() {
            return "flowable";
        }

        @Override
        public void once(long n) {
            Map<String, Object> start = new LinkedHashMap<>();
            start.put("title", "关于纸坊街道老旧小区雨污管网改造的建议（" + n + "）");
            start.put("topic", "城市更新");
            String process = runtime.startProcessInstanceByKey("suggestion", "submission:" + n, start)
                    .getId();
            for (String step : STEPS) {
                Map<String, Object> vars =
                        switch (step) {
                            case "contact" -> Map.of("contactWay", "VISIT", "agreed", "现场查看，商定先修复6处");
                            case "reply" -> Map.of("replyText", "12处已全部修复", "resultClass", "A");
                            case "evaluate" -> Map.of("evaluation", "SATISFIED");
                            default -> Map.of();
                        };
                // find the open task and complete it in one command: one transaction per step
                management.executeCommand(commandContext -> {
                    Task task =
                            tasks.createTaskQuery().processInstanceId(process).singleResult();
                    if (task == null || !task.getTaskDefinitionKey().equals(step)) {
                        throw new IllegalStateException("expected task " + step + " in " + process);
                    }
                    tasks.complete(task.getId(), vars);
                    return null;
                });
            }
        }

        @Override
        public void close() {
            engine.close();
            dataSource.close();
        }
    }
}
