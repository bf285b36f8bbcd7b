package cn.renda.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The engine's lifecycles per second and the case-list page on a local Citus cluster beside a single PostgreSQL
 * node, both holding the same generated province ({@code -Dbench.only=citus -Dbench.scale=0.1}; bench/README.md
 * "Citus (issue #16)"). Both databases come from Debian's PostgreSQL 15 ({@code bench/citus-servers.sh}), so the
 * difference is distribution, not the server version: the cluster is a coordinator and two workers (4 shards) on
 * the same cores as the single node, so the figures show the overhead of routing every statement through the
 * coordinator, not scale-out.
 *
 * <p>On each database the data generator ({@link DataBench}, the same seeds and one pinned instant of generation,
 * {@code bench.data.now}, so the same rows; only the ids interleave differently between its two threads) loads the province
 * of the run's scale through the application started in this JVM (migrations and, on Citus, the distribution of
 * the tables); its time and the database's size are recorded. Then the engine's lifecycle ({@link
 * EngineBench.RendaLifecycle}) runs after a warm-up at 1 and 8 workers, {@link #ROUNDS} rounds each alternating
 * between the two databases, the median kept; and the case list of {@code bench-001} (the request of {@link
 * HttpBench}'s {@code case_list}) is loaded by wrk at 16 connections, {@link #ROUNDS} rounds alternating, the
 * median of each figure kept. {@code -Dbench.citus.resume=true} keeps the servers' data of an earlier run (the
 * generator then skips, as on the embedded server).
 */
final class CitusBench implements Benchmark {

    static final int[] WORKERS = {1, 8};
    static final int ROUNDS = 3;
    static final int CONNECTIONS = 16;

    @Override
    public String name() {
        return "citus";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        if (!Set.of(System.getProperty("bench.only", "all").split(",")).contains(name())) {
            // It builds and starts a cluster of its own: only when asked for by name.
            ctx.log("citus: not selected (-Dbench.only=citus)");
            return;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("wrk not found: apt-get install wrk (Debian package)");
        }
        boolean resume = Boolean.getBoolean("bench.citus.resume");
        // One instant of generation for both servers: the same clock colours, events and rows on each.
        if (System.getProperty("bench.data.now") == null) {
            System.setProperty("bench.data.now", java.time.Instant.now().toString());
        }
        servers(resume ? "resume" : "start");
        List<Target> targets = new ArrayList<>();
        try {
            // 10 s rounds over a province: a lifecycle on the cluster takes about a second on a busy machine
            double seconds = ctx.scale() >= 0.1 ? 10 : 3;
            targets.add(new Target(ctx, "pg15", "jdbc:postgresql://127.0.0.1:56360/postgres"));
            targets.add(new Target(ctx, "citus", "jdbc:postgresql://127.0.0.1:56350/postgres"));
            for (Target t : targets) {
                ctx.log("%s: warm-up %.1f lifecycles/s", t.label, EngineBench.measure(t.renda(), 8, seconds));
            }
            // Rounds alternate between the two, so that the shared machine's load weighs on both alike.
            for (int w : WORKERS) {
                Map<Target, List<Double>> rounds = new LinkedHashMap<>();
                for (int r = 0; r < ROUNDS; r++) {
                    for (Target t : targets) {
                        rounds.computeIfAbsent(t, k -> new ArrayList<>())
                                .add(EngineBench.measure(t.renda(), w, seconds));
                    }
                }
                for (Target t : targets) {
                    double median = EngineBench.median(rounds.get(t));
                    ctx.log("%s: %d workers %s → %.1f lifecycles/s", t.label, w, rounds.get(t), median);
                    t.lifecycles.put(String.valueOf(w), EngineBench.round1(median));
                }
            }
            caseList(ctx, targets);
            Map<String, Object> figures = new LinkedHashMap<>();
            for (Target t : targets) {
                figures.put(t.label, t.figures());
                ctx.log("%s: %s", t.label, t.figures());
            }
            ctx.record("citus_vs_single_node", figures);
            ctx.record("citus_load_avg", EngineBench.loadAverage());
        } finally {
            for (Target t : targets) {
                t.db.close();
            }
            servers("stop");
        }
    }

    /**
     * HttpBench's {@code case_list} on {@code bench-001} as its staff member: a JIT warm-up, then {@link #ROUNDS}
     * wrk runs per database alternating, median of the medians, 99th percentiles and requests per second.
     */
    private static void caseList(BenchContext ctx, List<Target> targets) throws Exception {
        HttpBench http = new HttpBench();
        int seconds = ctx.scale() >= 0.1 ? 10 : 5;
        Map<Target, List<HttpBench.Run>> runs = new LinkedHashMap<>();
        Map<Target, String[]> load = new LinkedHashMap<>();
        for (Target t : targets) {
            HttpBench.Fixture fx = HttpBench.prepare(t.db, t.db.ownerDataSource());
            HttpBench.Endpoint e = HttpBench.endpoints(fx).stream()
                    .filter(x -> x.name().equals("case_list"))
                    .findFirst()
                    .orElseThrow();
            int port = t.db.appPort();
            String header = "Cookie: JSESSIONID=" + http.login(port, HttpBench.STAFF);
            http.check(port, e, header);
            Path work = Files.createDirectories(Path.of("target/bench/citus/" + t.label));
            String url = "http://127.0.0.1:" + port + e.path();
            Path script = HttpBench.script(work, e, header);
            http.wrk(t.db, script, url, CONNECTIONS, 20, work, "case_list-jit");
            load.put(t, new String[] {url, script.toString(), work.toString()});
            t.caseListPath = e.path();
            ctx.log("%s: case list %s (congress %s, %d cases)", t.label, e.path(), fx.congressCode, fx.cases);
        }
        for (int r = 0; r < ROUNDS; r++) {
            for (Target t : targets) {
                String[] l = load.get(t);
                HttpBench.Run run =
                        http.wrk(t.db, Path.of(l[1]), l[0], CONNECTIONS, seconds, Path.of(l[2]), "case_list-" + r);
                ctx.log(
                        "%s: case list c=%d p50 %.1f ms p99 %.1f ms %.1f req/s (load %s)",
                        t.label, CONNECTIONS, run.p50(), run.p99(), run.rps(), DataBench.loadAverage());
                runs.computeIfAbsent(t, k -> new ArrayList<>()).add(run);
            }
        }
        for (Target t : targets) {
            List<HttpBench.Run> rs = runs.get(t);
            t.caseList.put("path", t.caseListPath);
            t.caseList.put("connections", CONNECTIONS);
            t.caseList.put(
                    "p50_ms",
                    EngineBench.round1(EngineBench.median(
                            rs.stream().map(HttpBench.Run::p50).toList())));
            t.caseList.put(
                    "p99_ms",
                    EngineBench.round1(EngineBench.median(
                            rs.stream().map(HttpBench.Run::p99).toList())));
            t.caseList.put(
                    "req_per_s",
                    EngineBench.round1(EngineBench.median(
                            rs.stream().map(HttpBench.Run::rps).toList())));
        }
    }

    /** One server with the province generated on it and the application started in this JVM. */
    private static final class Target {
        final String label;
        final BenchContext db;
        final double generationSeconds;
        final Map<String, Long> rows;
        final long bytes;
        final double startSeconds;
        private EngineBench.RendaLifecycle renda;
        final Map<String, Object> lifecycles = new LinkedHashMap<>();
        final Map<String, Object> caseList = new LinkedHashMap<>();
        String caseListPath;

        Target(BenchContext ctx, String label, String url) throws Exception {
            this.label = label;
            this.db = BenchContext.external(ctx.scale(), ctx.dataDir().resolve("citus-" + label), ctx.jar(), url);
            long t0 = System.nanoTime();
            db.app(); // migrations (on Citus: the distribution of the tables)
            this.startSeconds = EngineBench.round1((System.nanoTime() - t0) / 1e9);
            new DataBench().run(db);
            DataSource owner = db.ownerDataSource();
            this.generationSeconds = EngineBench.round1(generated(owner, BenchSuite.scaleLabel(ctx.scale())));
            this.rows = DataBench.counts(owner);
            this.bytes = size(owner);
            ctx.log(
                    "%s: started in %.1f s (migrations included); province of scale %s generated in %.1f s, %,d MB: %s",
                    label, startSeconds, BenchSuite.scaleLabel(ctx.scale()), generationSeconds, bytes >> 20, rows);
        }

        /** The engine's lifecycle, in a congress of its own (provisioned on first use, after the generation). */
        EngineBench.RendaLifecycle renda() {
            if (renda == null) {
                renda = new EngineBench.RendaLifecycle(db.app());
            }
            return renda;
        }

        Map<String, Object> figures() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("start_s", startSeconds);
            out.put("data_load_s", generationSeconds);
            out.put("database_mb", bytes >> 20);
            out.put("data_rows", rows);
            out.put("engine_lifecycles_per_s_by_workers", lifecycles);
            out.put("case_list", caseList);
            return out;
        }
    }

    /** The generator's own time (its marker row), also when an earlier run of {@code resume} generated it. */
    private static double generated(DataSource owner, String scale) throws SQLException {
        try (var c = owner.getConnection();
                var ps = c.prepareStatement("select seconds from bench.generated where scale = ?")) {
            ps.setString(1, scale);
            try (var rs = ps.executeQuery()) {
                return rs.next() ? rs.getDouble(1) : -1;
            }
        }
    }

    /** The database's size; on Citus the coordinator's and every worker's (the shards are on the workers). */
    private static long size(DataSource owner) throws SQLException {
        long bytes = DataBench.single(owner, "select pg_database_size(current_database())");
        if (DataBench.single(owner, "select count(*) from pg_extension where extname = 'citus'") > 0) {
            bytes += DataBench.single(
                    owner,
                    "select coalesce(sum(result::bigint), 0) from"
                            + " run_command_on_workers($$select pg_database_size(current_database())$$)");
        }
        return bytes;
    }

    private static void servers(String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(Path.of("bench/citus-servers.sh").toString(), command)
                .inheritIO()
                .start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IllegalStateException("bench/citus-servers.sh " + command + " failed (exit " + rc + ")");
        }
    }
}
