package cn.renda.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own ceiling for one transition, beside the engine's figure: {@code pgbench} (Debian
 * postgresql-client) on the same server and database, a custom script that per commit updates a case
 * row and appends its event (with the hash chain's read of the previous event and a SHA-256), on scratch
 * tables {@code bench.cases} / {@code bench.event} shaped like {@code handling.cases} / {@code
 * handling.event} (same columns, defaults, constraints and indexes). 1, 2, 8 and 32 clients; the figure
 * per client count is the median of three runs. Like every engine statement, the script names the congress: the
 * keys lead with it, and without it each transition walked a whole index (387 + 987 buffers at scale 1).
 */
final class PgbenchBench implements Benchmark {

    static final int[] CLIENTS = {1, 2, 8, 32};
    static final int ROUNDS = 3;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: ([0-9]+)");

    /** One pgbench run: its rate and the transactions it completed. */
    private record Run(double tps, long transactions) {}

    static final String SCRIPT =
            """
            \\set id random(1, :ncases)
            BEGIN;
            UPDATE bench.cases SET state = 'ACCEPTED', version = version + 1, updated_at = now() WHERE congress_id = 1 AND id = :id;
            INSERT INTO bench.event (congress_id, case_id, seq, actor_id, actor_name, action, from_state, to_state, payload, prev_hash, hash)
              SELECT 1, :id, coalesce(l.seq, 0) + 1, 1, 'bench', 'ACCEPT', 'ASSIGNED', 'ACCEPTED', '{"unitId": 1}'::jsonb,
                     coalesce(l.hash, repeat('0', 64)),
                     encode(sha256(convert_to(coalesce(l.hash, repeat('0', 64)) || '|' || :id || '|' || clock_timestamp(), 'UTF8')), 'hex')
              FROM (SELECT 1) one
              LEFT JOIN LATERAL (SELECT e.seq, e.hash FROM bench.event e WHERE e.congress_id = 1 AND e.case_id = :id ORDER BY e.seq DESC LIMIT 1) l ON true;
            END;
            """;

    @Override
    public String name() {
        return "pgbench";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        String pgbench = System.getProperty("bench.pgbench", "/usr/bin/pgbench");
        if (!Files.isExecutable(Path.of(pgbench))) {
            throw new IllegalStateException(pgbench + " missing: install Debian's postgresql-client");
        }
        ctx.app(); // the application's schema (handling.*) gives the scratch tables their shape
        long cases = ctx.scaled(100_000, 1_000);
        try (Connection c = ctx.ownerDataSource().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create schema if not exists bench");
            s.execute("drop table if exists bench.event, bench.cases");
            s.execute("create table bench.cases (like handling.cases including all)");
            s.execute("create table bench.event (like handling.event including all)");
            s.execute(
                    "alter table bench.event add foreign key (congress_id, case_id) references bench.cases (congress_id, id)");
            s.execute(
                    """
                    insert into bench.cases (congress_id, kind, number, year, seq, title, source_type, state, created_by)
                    select 1, 'SUGGESTION', '建议〔2026〕第' || g || '号', 2026, g, '关于第' || g || '号的建议', 'SUGGESTION', 'ASSIGNED', 1
                    from generate_series(1, %d) g"""
                            .formatted(cases));
            s.execute(
                    """
                    insert into bench.event (congress_id, case_id, seq, action, to_state, prev_hash, hash)
                    select 1, id, 1, 'CREATE', 'REGISTERED', repeat('0', 64), encode(sha256(convert_to(id::text, 'UTF8')), 'hex')
                    from bench.cases""");
            s.execute("vacuum analyze bench.cases");
            s.execute("vacuum analyze bench.event");
        }
        Path script = Files.createTempFile("renda-transition", ".sql");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        int seconds = (int) Math.max(2, Math.min(10, Math.round(10 * ctx.scale())));
        Map<String, Object> byClients = new LinkedHashMap<>();
        Map<String, Object> cpuByClients = new LinkedHashMap<>();
        long postmaster = ProcessCpu.postmaster(ctx.ownerDataSource());
        double best = 0;
        try {
            for (int clients : CLIENTS) {
                List<Double> runs = new ArrayList<>();
                long ticks = 0;
                long transactions = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    long before = postmaster > 0 ? ProcessCpu.treeTicks(postmaster) : 0;
                    Run run = pgbench(ctx, pgbench, script, clients, seconds, cases);
                    ticks += postmaster > 0 ? ProcessCpu.treeTicks(postmaster) - before : 0;
                    transactions += run.transactions();
                    runs.add(run.tps());
                }
                double median = EngineBench.median(runs);
                // the server's CPU (postmaster and backends) per transition: a floor for what one engine step costs it
                double cpu = transactions == 0 ? 0 : ticks * ProcessCpu.MS_PER_TICK / transactions;
                cpuByClients.put(String.valueOf(clients), Math.round(cpu * 100) / 100.0);
                ctx.log("%2d clients: %s → %.0f tps, server CPU %.2f ms per transaction", clients, runs, median, cpu);
                byClients.put(String.valueOf(clients), Math.round(median));
                best = Math.max(best, median);
            }
        } finally {
            Files.deleteIfExists(script);
        }
        ctx.record("pg_transition_tps", Math.round(best));
        ctx.record("pg_transition_by_clients", byClients);
        ctx.record("pg_cpu_ms_per_transaction", cpuByClients);
        ctx.record("pg_load_avg", EngineBench.loadAverage());
    }

    private static Run pgbench(BenchContext ctx, String pgbench, Path script, int clients, int seconds, long cases)
            throws IOException, InterruptedException {
        List<String> cmd = List.of(
                pgbench,
                "-n",
                "-h",
                "127.0.0.1",
                "-p",
                String.valueOf(ctx.postgres().port()),
                "-U",
                "postgres",
                "-M",
                "prepared",
                "-c",
                String.valueOf(clients),
                "-j",
                String.valueOf(Math.min(clients, 2)),
                "-T",
                String.valueOf(seconds),
                "-D",
                "ncases=" + cases,
                "-f",
                script.toString(),
                BenchContext.DATABASE);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        // The embedded cluster asks every role for its password (SCRAM).
        pb.environment().put("PGPASSWORD", ctx.postgres().superuserPassword());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("pgbench failed:\n" + out);
        }
        Matcher done = PROCESSED.matcher(out);
        long transactions = done.find() ? Long.parseLong(done.group(1)) : 0;
        Matcher m = TPS.matcher(out);
        if (!m.find()) {
            throw new IllegalStateException("no tps in pgbench output:\n" + out);
        }
        return new Run(Double.parseDouble(m.group(1)), transactions);
    }
}
