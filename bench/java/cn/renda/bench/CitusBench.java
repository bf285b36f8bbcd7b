package cn.renda.bench;

import cn.renda.RendaApplication;
import cn.renda.core.TenantContext;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's lifecycles per second and the case-list page on a local Citus cluster beside a single PostgreSQL
 * node ({@code -Dbench.only=citus}; bench/README.md "Citus"). Both databases come from Debian's PostgreSQL 15
 * ({@code bench/citus-servers.sh}), so the difference is distribution, not the server version: the cluster is a
 * coordinator and two workers (4 shards) on the same cores as the single node, so the figures show the overhead
 * of routing every statement through the coordinator, not scale-out.
 *
 * <p>The application starts in this JVM on each database (migrations and, on Citus, the distribution of the
 * tables); the engine's lifecycle ({@link EngineBench.RendaLifecycle}) runs after a warm-up at 1 and 8 workers,
 * {@link #ROUNDS} rounds each alternating between the two databases, the median kept; then a staff member of the
 * lifecycles' congress opens the case list (its first page over the cases those lifecycles made, and the red-colour
 * filter) one request at a time: median and 95th percentile in milliseconds.
 */
final class CitusBench implements Benchmark {

    static final int[] WORKERS = {1, 8};
    static final int ROUNDS = 3;
    static final int REQUESTS = 60;
    private static final String PASSWORD = "bench-password";

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
        servers("start");
        List<Target> targets = new ArrayList<>();
        try {
            double seconds = Math.max(3, Math.min(10, 10 * ctx.scale()));
            targets.add(new Target(ctx, "pg15", "jdbc:postgresql://127.0.0.1:56310/postgres"));
            targets.add(new Target(ctx, "citus", "jdbc:postgresql://127.0.0.1:56300/postgres"));
            for (Target t : targets) {
                ctx.log("%s: warm-up %.1f lifecycles/s", t.label, EngineBench.measure(t.renda, 8, seconds));
            }
            // Rounds alternate between the two, so that the shared machine's load weighs on both alike.
            for (int w : WORKERS) {
                Map<Target, List<Double>> rounds = new LinkedHashMap<>();
                for (int r = 0; r < ROUNDS; r++) {
                    for (Target t : targets) {
                        rounds.computeIfAbsent(t, k -> new ArrayList<>()).add(EngineBench.measure(t.renda, w, seconds));
                    }
                }
                for (Target t : targets) {
                    double median = EngineBench.median(rounds.get(t));
                    ctx.log("%s: %d workers %s → %.1f lifecycles/s", t.label, w, rounds.get(t), median);
                    t.lifecycles.put(String.valueOf(w), EngineBench.round1(median));
                }
            }
            for (String path : List.of("/cases", "/cases?colour=RED")) {
                for (Target t : targets) {
                    t.caseList.put(path, latencies(t.client, "http://127.0.0.1:" + t.port + path));
                }
            }
            Map<String, Object> figures = new LinkedHashMap<>();
            for (Target t : targets) {
                figures.put(t.label, t.figures());
                ctx.log("%s: %s", t.label, t.figures());
            }
            ctx.record("citus_vs_single_node", figures);
            ctx.record("citus_load_avg", EngineBench.loadAverage());
        } finally {
            for (Target t : targets) {
                t.app.close();
            }
            servers("stop");
        }
    }

    /** One database with the application started on it, its lifecycle's congress and a signed-in staff member. */
    private static final class Target {
        final String label;
        final ConfigurableApplicationContext app;
        final double startSeconds;
        final EngineBench.RendaLifecycle renda;
        final int port;
        final HttpClient client;
        final Map<String, Object> lifecycles = new LinkedHashMap<>();
        final Map<String, Object> caseList = new LinkedHashMap<>();

        Target(BenchContext ctx, String label, String url) throws Exception {
            this.label = label;
            long t0 = System.nanoTime();
            this.app = new SpringApplicationBuilder(RendaApplication.class)
                    .profiles("bench")
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=renda_app",
                            "--spring.datasource.password=renda_app",
                            "--spring.datasource.hikari.maximum-pool-size=20",
                            "--renda.db.app-role=renda_app",
                            "--spring.flyway.user=postgres",
                            "--spring.flyway.password=",
                            "--renda.data-dir=" + ctx.dataDir().resolve("citus-" + label),
                            "--server.port=0",
                            "--spring.thymeleaf.cache=true",
                            "--logging.level.root=WARN",
                            "--logging.level.cn.renda=INFO");
            this.startSeconds = EngineBench.round1((System.nanoTime() - t0) / 1e9);
            this.renda = new EngineBench.RendaLifecycle(app);
            this.port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
            this.client = HttpBench.signedIn(
                    port, staffOf(app, renda.congressId), PASSWORD, new CookieManager(null, CookiePolicy.ACCEPT_ALL));
            ctx.log("%s: started in %.1f s (migrations included), congress %d", label, startSeconds, renda.congressId);
        }

        Map<String, Object> figures() {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("start_s", startSeconds);
            out.put("engine_lifecycles_per_s_by_workers", lifecycles);
            out.put("case_list_ms", caseList);
            out.put("cases", cases(app, renda.congressId));
            return out;
        }
    }

    /** A staff account of the lifecycles' congress, to open the case list as the office does. */
    private static String staffOf(ConfigurableApplicationContext app, long congressId) {
        AccountFacade accounts = app.getBean(AccountFacade.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        String username = "citus-staff-" + congressId;
        TenantContext.runAs(
                congressId,
                () -> tx.executeWithoutResult(s -> accounts.create(
                        new NewAccount(username, PASSWORD, "李晓敏", Set.of(Role.STAFF), null, null, null, null))));
        return username;
    }

    private static long cases(ConfigurableApplicationContext app, long congressId) {
        var jdbc = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        TransactionTemplate tx = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
        return TenantContext.callAs(
                congressId,
                () -> tx.execute(s -> jdbc.sql("select count(*) from handling.cases where congress_id = ?")
                        .param(congressId)
                        .query(Long.class)
                        .single()));
    }

    /** Median and 95th percentile of {@link #REQUESTS} requests one at a time, after 10 unmeasured ones. */
    private static Map<String, Object> latencies(HttpClient client, String url) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(60))
                .build();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < REQUESTS + 10; i++) {
            long t = System.nanoTime();
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + r.statusCode());
            }
            if (i >= 10) {
                ms.add((System.nanoTime() - t) / 1e6);
            }
        }
        ms.sort(null);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("median", EngineBench.round1(ms.get(ms.size() / 2)));
        out.put("p95", EngineBench.round1(ms.get((int) Math.ceil(ms.size() * 0.95) - 1)));
        return out;
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
