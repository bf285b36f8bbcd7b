package cn.renda.bench;

import cn.renda.core.db.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP under load, start-up and memory (bench/README.md § HTTP under load). The packaged application
 * runs as its own process on this scale's database; bench accounts of the first congress sign in once
 * with the login form and wrk (Debian package) replays their session cookie on loopback at 16 and 64
 * connections. Without generated data (the {@code data} benchmark has not run) it falls back to the demo
 * congresses in a scratch database under the scale's directory.
 */
final class HttpBench implements Benchmark {

    static final String PASSWORD = "bench-http-2026";
    static final String STAFF = "bench-staff";
    static final String LEADER = "bench-leader";
    static final String UNIT = "bench-unit";
    /** Personal API token of the staff account (stored, as by AccountFacade, as its SHA-256). */
    static final String STAFF_TOKEN = "rnd_bench-http-staff-token-0000000000000000";

    static final int[] CONNECTIONS = {16, 64};

    /**
     * JVM flags of the application process, on purpose: a fixed heap ceiling well below the 700 MB
     * resident target (heap + metaspace + code cache + thread stacks + direct buffers), G1 for short
     * pauses, smaller thread stacks (Tomcat's 200 threads), a bounded code cache and metaspace, and no
     * half-alive process after an OutOfMemoryError.
     */
    static final List<String> JVM_FLAGS = List.of(
            "-Xms128m",
            "-Xmx448m",
            "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=50",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=96m",
            "-XX:MaxMetaspaceSize=192m",
            "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8");

    /** The application's own schedules are switched off: the sweep has its own benchmark and would land mid-run. */
    static final List<String> APP_ARGS =
            List.of("--renda.handling.sweep-cron=-", "--renda.notification.digest-cron=-", "--logging.level.root=WARN");

    private static final Pattern STARTED = Pattern.compile("Started \\S+ in ([0-9.]+) seconds");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final JsonMapper json = JsonMapper.builder().build();
    private final HttpClient probe = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Override
    public String name() {
        return "http";
    }

    @Override
    public boolean perScale() {
        return true;
    }

    /** One measured URL: who asks (a page session, a bearer token or nobody) and for what. */
    record Endpoint(String name, String account, boolean bearer, String path) {}

    /** The endpoint that measures the machine's bound for a signed-in request without a page. */
    static final String BOUND = "empty_page";

    /** One wrk run's figures. */
    record Run(long requests, double seconds, double p50, double p90, double p99, double max, long bad, long errors) {
        double rps() {
            return requests / seconds;
        }
    }

    /** The database the application runs on: this scale's generated data, or a demo fixture. */
    record Target(Path dataDir, DataSource owner, boolean demo, AutoCloseable cleanup) {}

    @Override
    public void run(BenchContext ctx) throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/wrk"))) {
            throw new IllegalStateException("wrk not found: apt-get install wrk (Debian package)");
        }
        Path work = Path.of("target/bench/http/scale-" + BenchSuite.scaleLabel(ctx.scale()));
        Files.createDirectories(work);
        int seconds = (int) setting("bench.http.seconds", ctx.scale() >= 0.5 ? 15 : ctx.scale() >= 0.1 ? 5 : 3);
        int warmup = (int) setting("bench.http.warmup", ctx.scale() >= 0.5 ? 5 : 2);
        Target target = target(ctx);
        try {
            // First start: pending migrations (and, on the demo fixture, its data); not the warm figure.
            String profiles = target.demo() && !demoLoaded(target.owner()) ? "bench,demo" : "bench";
            // As deployed (README "Production"): the jar extracted, and a class-data archive written by the
            // first run and mapped by the next ones (Spring Boot's CDS recipe); BENCH_HTTP_CDS=0 runs the plain jar.
            ctx.record("http_failed", null);
            boolean cds = setting("bench.http.cds", 1) != 0;
            Path jar = cds ? extract(ctx.jar(), work.resolve("app")) : ctx.jar();
            Path archive = work.resolve("app").resolve("application.jsa").toAbsolutePath();
            ctx.record("warm_start_cds", cds);
            App first = App.start(
                    ctx,
                    jar,
                    target.dataDir(),
                    profiles,
                    work.resolve("app-first.log"),
                    cds ? List.of("-XX:ArchiveClassesAtExit=" + archive) : List.of());
            ctx.log("first start: health UP after %.2f s (log: started in %s s)", first.upSeconds, first.startedLog());
            first.stop();

            Fixture fx = prepare(ctx, target.owner());
            List<String> extra = new ArrayList<>();
            boolean jfr = setting("bench.http.jfr", 0) != 0;
            if (jfr) {
                extra.add("-XX:StartFlightRecording=filename="
                        + work.resolve("app.jfr").toAbsolutePath() + ",settings=profile");
            }
            // JDK 17 crashes (SIGSEGV in KlassFactory::check_shared_class_file_load_hook) when a flight recording
            // runs on a class-data archive: a profiled run maps none.
            if (cds && Files.exists(archive) && !jfr) {
                extra.add("-XX:SharedArchiveFile=" + archive);
            }
            App app = App.start(ctx, jar, target.dataDir(), "bench", work.resolve("app-warm.log"), extra);
            ctx.record("warm_start_s", round(app.upSeconds, 2));
            ctx.record("warm_started_log_s", app.startedLog() == null ? -1 : app.startedLog());
            ctx.record("rss_after_start_mb", app.statusKb("VmRSS") / 1024);
            try {
                Map<String, String> cookies = new LinkedHashMap<>();
                for (String account : List.of(STAFF, LEADER, UNIT)) {
                    cookies.put(account, login(app.port, account));
                }
                List<Endpoint> endpoints = selected(endpoints(fx));
                Map<String, Object> all = new LinkedHashMap<>();
                Map<String, Object> p99At64 = new LinkedHashMap<>();
                // The JIT is still compiling the request paths long after start (C2 took more CPU than the
                // requests in a profile of the first minutes): one pass over every endpoint first, so the
                // figures are of the steady state a running server is in.
                int jit = (int) setting("bench.http.jit-warmup", ctx.scale() >= 0.1 ? 20 : 0);
                if (jit > 0) {
                    for (Endpoint e : endpoints) {
                        String header = header(e, cookies);
                        check(app.port, e, header);
                        wrk(
                                ctx,
                                script(work, e, header),
                                "http://127.0.0.1:" + app.port + e.path(),
                                CONNECTIONS[0],
                                jit,
                                work,
                                e.name() + "-jit");
                    }
                    ctx.log("JIT warm-up: %d s per endpoint at %d connections", jit, CONNECTIONS[0]);
                }
                String loadBefore = loadAverage();
                long hwm = 0;
                long postmaster = ProcessCpu.postmaster(target.owner());
                for (Endpoint e : endpoints) {
                    if (!app.process.isAlive()) {
                        // e.g. -XX:+ExitOnOutOfMemoryError: keep what was measured, say why the rest is missing
                        ctx.record(
                                "http_failed",
                                "the application exited with " + app.process.exitValue() + " before " + e.name()
                                        + "; see " + app.log);
                        break;
                    }
                    String header = header(e, cookies);
                    try {
                        measure(ctx, app, postmaster, e, header, work, warmup, seconds, all, p99At64);
                    } catch (IOException | IllegalStateException ex) {
                        if (app.process.isAlive() || !app.process.waitFor(5, TimeUnit.SECONDS)) {
                            throw ex;
                        }
                        ctx.record(
                                "http_failed",
                                "the application exited with " + app.process.exitValue() + " during " + e.name()
                                        + " (see " + app.log + ")");
                        break;
                    }
                    if (app.process.isAlive()) {
                        hwm = app.statusKb("VmHWM") / 1024;
                    }
                }
                record(ctx, all, p99At64, hwm, loadBefore, target, fx);
            } finally {
                app.stop();
            }
        } finally {
            target.cleanup().close();
        }
    }

    private void measure(
            BenchContext ctx,
            App app,
            long postmaster,
            Endpoint e,
            String header,
            Path work,
            int warmup,
            int seconds,
            Map<String, Object> all,
            Map<String, Object> p99At64)
            throws Exception {
        quiet(ctx, postmaster, e);
        check(app.port, e, header);
        Path script = script(work, e, header);
        String url = "http://127.0.0.1:" + app.port + e.path();
        wrk(ctx, script, url, CONNECTIONS[0], warmup, work, e.name() + "-warmup");
        Map<String, Object> byConnections = new LinkedHashMap<>();
        for (int c : CONNECTIONS) {
            long app0 = ProcessCpu.ticks(app.process.pid());
            long db0 = postmaster > 0 ? ProcessCpu.treeTicks(postmaster) : 0;
            Run r = wrk(ctx, script, url, c, seconds, work, e.name() + "-c" + c);
            // CPU per request of the application and of the whole PostgreSQL server (its other clients are
            // idle during a run): what a request costs, whatever else the shared machine is doing.
            double appCpu = r.requests() == 0
                    ? 0
                    : (ProcessCpu.ticks(app.process.pid()) - app0) * ProcessCpu.MS_PER_TICK / r.requests();
            double dbCpu = r.requests() == 0 || postmaster <= 0
                    ? 0
                    : (ProcessCpu.treeTicks(postmaster) - db0) * ProcessCpu.MS_PER_TICK / r.requests();
            ctx.log(
                    "%-12s c=%-3d p50 %7.1f ms  p99 %7.1f ms  %7.1f req/s  (%d requests, load %s)  CPU/request: app %.1f ms, db %.1f ms",
                    e.name(), c, r.p50(), r.p99(), r.rps(), r.requests(), loadAverage(), appCpu, dbCpu);
            Map<String, Object> f = new LinkedHashMap<>();
            boolean none = r.requests() == 0;
            f.put("p50_ms", none ? null : round(r.p50(), 1));
            f.put("p99_ms", none ? null : round(r.p99(), 1));
            f.put("rps", round(r.rps(), 1));
            f.put("requests", r.requests());
            f.put("app_cpu_ms", round(appCpu, 2));
            f.put("db_cpu_ms", round(dbCpu, 2));
            if (r.errors() > 0) {
                f.put("timeouts", r.errors());
            }
            byConnections.put(String.valueOf(c), f);
            if (c == 64) {
                p99At64.put(e.name(), none ? null : round(r.p99(), 1));
            }
        }
        all.put(e.name(), byConnections);
    }

    /**
     * Waits (at most 60 s) until PostgreSQL is idle before an endpoint is measured: work left running by the
     * previous endpoint (a cache's recount that its requests started, autovacuum) would otherwise be counted as
     * this endpoint's CPU per request and slow its requests. At scale 1 the JIT pass's year-report request started
     * a recount of about 90 s that ran through the empty page's and the to-dos' windows (session 8).
     */
    private static void quiet(BenchContext ctx, long postmaster, Endpoint e) throws InterruptedException {
        if (postmaster <= 0) {
            return;
        }
        long t0 = System.nanoTime();
        double busy = 0;
        for (int i = 0; i < 60; i++) {
            long db0 = ProcessCpu.treeTicks(postmaster);
            Thread.sleep(1_000);
            busy = (ProcessCpu.treeTicks(postmaster) - db0) * ProcessCpu.MS_PER_TICK / 1_000;
            if (busy < 0.1) {
                break;
            }
        }
        double waited = (System.nanoTime() - t0) / 1e9;
        if (waited > 1.5) {
            ctx.log("%-12s waited %.0f s for PostgreSQL to be idle (last second: %.2f cores)", e.name(), waited, busy);
        }
    }

    private static void record(
            BenchContext ctx,
            Map<String, Object> all,
            Map<String, Object> p99At64,
            long hwm,
            String loadBefore,
            Target target,
            Fixture fx) {
        ctx.record("http", all);
        ctx.record("http_p99_ms", p99At64);
        ctx.record("http_share_of_bound", shareOfBound(all));
        ctx.record("dashboard_ms", p99At64.get("dashboard"));
        ctx.record("work_report_ms", p99At64.get("work_report"));
        ctx.record("peak_rss_mb", hwm);
        ctx.record("http_load_average", loadBefore + " → " + loadAverage());
        ctx.record(
                "http_data",
                target.demo()
                        ? "demo fixture (no generated data)"
                        : "generated, congress " + fx.congressCode + " (" + fx.cases + " cases)");
    }

    /** Per endpoint, its requests/s at 64 connections as a share of the empty page's in the same run. */
    static Map<String, Object> shareOfBound(Map<String, Object> all) {
        Map<String, Object> share = new LinkedHashMap<>();
        if (!(all.get(BOUND) instanceof Map<?, ?> bound)
                || !(bound.get("64") instanceof Map<?, ?> at64)
                || !(at64.get("rps") instanceof Number boundRps)
                || boundRps.doubleValue() <= 0) {
            return share;
        }
        share.put("bound_rps", boundRps);
        all.forEach((name, figures) -> {
            if (!name.equals(BOUND)
                    && figures instanceof Map<?, ?> f
                    && f.get("64") instanceof Map<?, ?> c64
                    && c64.get("rps") instanceof Number rps) {
                share.put(name, round(rps.doubleValue() / boundRps.doubleValue(), 3));
            }
        });
        return share;
    }

    /**
     * A number from {@code -Dbench.http.x=…} or the environment ({@code BENCH_HTTP_X=…}; Maven passes
     * only the suite's own properties to the benchmark JVM); {@code true} counts as 1.
     */
    static long setting(String property, long fallback) {
        String v = System.getProperty(property);
        if (v == null) {
            v = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return v.trim().equalsIgnoreCase("true") ? 1 : Long.parseLong(v.trim());
    }

    // ---------------------------------------------------------------- the database and its fixture

    private Target target(BenchContext ctx) throws Exception {
        DataSource owner = ctx.ownerDataSource();
        if (generated(owner)) {
            return new Target(ctx.dataDir(), owner, false, () -> {});
        }
        Path dir = ctx.dataDir().resolve("http-demo");
        ctx.log("no generated data at this scale: the HTTP figures use the demo congresses in %s", dir);
        Files.createDirectories(dir);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startIn(dir.resolve("postgres"), 0, false);
        server.ensureDatabase(BenchContext.DATABASE, BenchContext.APP_ROLE, BenchContext.APP_PASSWORD);
        HikariDataSource ds = new HikariDataSource();
        ds.setJdbcUrl(server.jdbcUrl(BenchContext.DATABASE));
        ds.setUsername("postgres");
        ds.setPassword(server.superuserPassword());
        ds.setMaximumPoolSize(2);
        ds.setPoolName("bench-http-demo");
        return new Target(dir, ds, true, () -> {
            ds.close();
            server.release();
        });
    }

    private static boolean generated(DataSource owner) throws SQLException {
        try (Connection c = owner.getConnection();
                var rs = c.createStatement()
                        .executeQuery("select to_regclass('handling.cases') is not null"
                                + " and exists (select 1 from handling.cases limit 1)")) {
            rs.next();
            return rs.getBoolean(1);
        } catch (SQLException e) {
            // handling.cases missing: the short-circuit above is not guaranteed, the planner may still resolve it
            return false;
        }
    }

    private static boolean demoLoaded(DataSource owner) {
        try (Connection c = owner.getConnection();
                var rs = c.createStatement()
                        .executeQuery("select count(*) from organization.congress where code = 'jiangxia'")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            return false;
        }
    }

    /** The request header that authenticates this endpoint's account, if any. */
    private static String header(Endpoint e, Map<String, String> cookies) {
        if (e.account() == null) {
            return null;
        }
        return e.bearer() ? "Authorization: Bearer " + STAFF_TOKEN : "Cookie: JSESSIONID=" + cookies.get(e.account());
    }

    /** The endpoints named in {@code BENCH_HTTP_ONLY} (comma-separated, e.g. {@code todo,dashboard}), else all. */
    private static List<Endpoint> selected(List<Endpoint> all) {
        String only = System.getProperty("bench.http.only", System.getenv().getOrDefault("BENCH_HTTP_ONLY", ""));
        if (only.isBlank()) {
            return all;
        }
        Set<String> names = Set.of(only.trim().split("\\s*,\\s*"));
        return all.stream().filter(e -> names.contains(e.name())).toList();
    }

    /** What the endpoints ask for, chosen from the data. */
    static final class Fixture {
        long congressId;
        String congressCode;
        long cases;
        long unitId;
        long caseId;
        int events;
        String kind;
        String state;
        int reportYear;
        String opinionNumber;
    }

    static Fixture prepare(BenchContext ctx, DataSource owner) throws SQLException {
        Fixture fx = new Fixture();
        try (Connection c = owner.getConnection()) {
            // The generated data's first congress (bench-001, the largest); on the demo fixture 江夏区.
            try (var rs = c.createStatement()
                    // IN, not a correlated EXISTS: Citus refuses a correlated sub-select beside a reference table
                    // (organization.congress); on one node both are the same semi-join
                    .executeQuery("select g.id, g.code from organization.congress g"
                            + " where g.id in (select k.congress_id from handling.cases k)"
                            + " order by g.code <> '" + DataBench.FIRST_CONGRESS_CODE + "', g.id limit 1")) {
                rs.next();
                fx.congressId = rs.getLong(1);
                fx.congressCode = rs.getString(2);
            }
            fx.cases = one(c, "select count(*) from handling.cases where congress_id = ?", fx.congressId)
                    .orElse(0L);
            fx.unitId = one(
                            c,
                            "select unit_id from handling.assignment where congress_id = ? and state in "
                                    + "('PENDING','ACCEPTED','PLANNED','OPINION_SENT','REPLIED')"
                                    + " group by unit_id order by count(*) desc, unit_id limit 1",
                            fx.congressId)
                    .orElseThrow(() -> new IllegalStateException("no active assignment in the first congress"));
            try (PreparedStatement ps = c.prepareStatement("select case_id, max(seq) from handling.event"
                    + " where congress_id = ? group by case_id order by 2 desc, 1 limit 1")) {
                ps.setLong(1, fx.congressId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    fx.caseId = rs.getLong(1);
                    fx.events = rs.getInt(2);
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "select kind, state from handling.cases"
                            + " where congress_id = ? and not final group by kind, state order by count(*) desc, 1, 2 limit 1")) {
                ps.setLong(1, fx.congressId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    fx.kind = rs.getString(1);
                    fx.state = rs.getString(2);
                }
            }
            fx.reportYear = one(
                            c,
                            "select year from suggestion.submission where congress_id = ? and case_id is not null"
                                    + " group by year order by count(*) desc, year desc limit 1",
                            fx.congressId)
                    .map(Long::intValue)
                    .orElse(java.time.Year.now().getValue());
            try (PreparedStatement ps = c.prepareStatement("select number from handling.cases where congress_id = ?"
                    + " and kind = 'SUPERVISION_OPINION' and visibility = 'PUBLISHED' order by id limit 1")) {
                ps.setLong(1, fx.congressId);
                try (ResultSet rs = ps.executeQuery()) {
                    fx.opinionNumber = rs.next() ? rs.getString(1) : null;
                }
            }
            accounts(c, fx);
        }
        ctx.log(
                "congress %s (#%d, %d cases): unit #%d, case #%d (%d events), list %s/%s, report %d, opinion %s",
                fx.congressCode,
                fx.congressId,
                fx.cases,
                fx.unitId,
                fx.caseId,
                fx.events,
                fx.kind,
                fx.state,
                fx.reportYear,
                fx.opinionNumber);
        return fx;
    }

    private static Optional<Long> one(Connection c, String sql, long param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Bench accounts with a known password, and the staff's personal API token (owner connection, no RLS). */
    private static void accounts(Connection c, Fixture fx) throws SQLException {
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        Object[][] accounts = {
            {STAFF, "基准测试工作人员", "STAFF", null},
            {LEADER, "基准测试领导", "LEADER", null},
            {UNIT, "基准测试承办单位", "UNIT", fx.unitId}
        };
        try (PreparedStatement ps = c.prepareStatement(
                """
                insert into identity.login_name (home_congress_id, username) values (?, ?)
                on conflict (username) do update set home_congress_id = excluded.home_congress_id
                """)) {
            for (Object[] a : accounts) {
                ps.setLong(1, fx.congressId);
                ps.setString(2, (String) a[0]);
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement(
                """
                insert into identity.account (congress_id, username, password_hash, display_name, roles, unit_id)
                values (?, ?, ?, ?, array[?], ?)
                on conflict (congress_id, username) do update set
                    password_hash = excluded.password_hash, roles = excluded.roles, unit_id = excluded.unit_id,
                    enabled = true
                """)) {
            for (Object[] a : accounts) {
                ps.setLong(1, fx.congressId);
                ps.setString(2, (String) a[0]);
                ps.setString(3, hash);
                ps.setString(4, (String) a[1]);
                ps.setString(5, (String) a[2]);
                ps.setObject(6, a[3]);
                ps.executeUpdate();
            }
        }
        // Failed logins of an earlier run must not lock the accounts out.
        try (PreparedStatement ps = c.prepareStatement("delete from identity.login_throttle where username like ?")) {
            ps.setString(1, "%bench-%");
            ps.executeUpdate();
        }
        long staffId;
        try (PreparedStatement ps =
                c.prepareStatement("select id from identity.account where congress_id = ? and username = ?")) {
            ps.setLong(1, fx.congressId);
            ps.setString(2, STAFF);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                staffId = rs.getLong(1);
            }
        }
        // VALUES, not INSERT … SELECT: Citus runs the latter as COPY (issue #16).
        try (PreparedStatement ps = c.prepareStatement(
                """
                insert into identity.api_token (congress_id, account_id, name, token_hash, prefix)
                values (?, ?, 'bench', ?, ?)
                on conflict (congress_id, token_hash) do update set
                    account_id = excluded.account_id, revoked_at = null, expires_at = null
                """)) {
            ps.setLong(1, fx.congressId);
            ps.setLong(2, staffId);
            ps.setString(3, sha256(STAFF_TOKEN));
            ps.setString(4, STAFF_TOKEN.substring(0, 10));
            ps.executeUpdate();
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Endpoint> endpoints(Fixture fx) {
        String filter = "kind=" + enc(fx.kind) + "&state=" + enc(fx.state);
        List<Endpoint> list = new ArrayList<>();
        // The machine's bound: a signed-in request through the pages' filter chain, session, tenant binding and
        // shell model advice that renders no template (the session keep-alive). Each page's req/s at 64
        // connections is also recorded as a share of it (http_share_of_bound).
        list.add(new Endpoint(BOUND, UNIT, false, "/account/session"));
        list.add(new Endpoint("todo", UNIT, false, "/todo"));
        list.add(new Endpoint("case_list", STAFF, false, "/cases?" + filter + "&colour=RED"));
        list.add(new Endpoint("case_page", STAFF, false, "/cases/" + fx.caseId));
        if (fx.opinionNumber != null) {
            list.add(new Endpoint(
                    "public_tracking",
                    null,
                    false,
                    "/public/opinions/" + enc(fx.opinionNumber) + "?congress=" + enc(fx.congressCode)));
        }
        list.add(new Endpoint("api_case_list", STAFF, true, "/api/v1/cases?" + filter));
        // The heavy ones last: what is still in flight when wrk stops delays whatever comes next.
        // The leaders' dashboard is today the three-colour board; the reporting module's dashboard comes later.
        list.add(new Endpoint("dashboard", LEADER, false, "/cases/board"));
        // A year's work report is today the 代表建议办理情况报告 (reporting module later).
        list.add(new Endpoint("work_report", LEADER, false, "/suggestions/reports/handling?year=" + fx.reportYear));
        return list;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------- signing in and checking

    /** Signs in with the login form (CSRF token from the page) and returns the session id. */
    String login(int port, String username) throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        signedIn(port, username, PASSWORD, cookies);
        return cookies.getCookieStore().getCookies().stream()
                .filter(k -> k.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no session cookie for " + username));
    }

    /**
     * A client signed in through the login form (CSRF token from the page); the cookie manager keeps the session.
     * Shared with {@link CitusBench}.
     */
    static HttpClient signedIn(int port, String username, String password, CookieManager cookies) throws Exception {
        HttpClient client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://127.0.0.1:" + port;
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher m = CSRF.matcher(page);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
        HttpResponse<String> r = client.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String location = r.headers().firstValue("Location").orElse("");
        if (r.statusCode() != 302 || location.contains("error") || location.contains("locked")) {
            throw new IllegalStateException("login of " + username + " failed: " + r.statusCode() + " " + location);
        }
        return client;
    }

    /** One request before the load: 200 with a body (a redirect to the login page would count as 3xx). */
    void check(int port, Endpoint e, String header) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + e.path()))
                .timeout(Duration.ofSeconds(120));
        if (header != null) {
            int colon = header.indexOf(':');
            b.header(header.substring(0, colon), header.substring(colon + 1).trim());
        }
        HttpResponse<String> r = probe.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(e.name() + " " + e.path() + " answered " + r.statusCode());
        }
    }

    // ---------------------------------------------------------------- wrk

    /** The wrk script: the header, a count of answers other than 200, figures as one JSON line. */
    static Path script(Path work, Endpoint e, String header) throws IOException {
        StringBuilder lua = new StringBuilder();
        if (header != null) {
            int colon = header.indexOf(':');
            lua.append("wrk.headers[\"")
                    .append(header, 0, colon)
                    .append("\"] = \"")
                    .append(header.substring(colon + 1).trim())
                    .append("\"\n");
        }
        lua.append(
                """
                local threads = {}
                function setup(thread) table.insert(threads, thread) end
                function init(args) bad = 0 end
                function response(status, headers, body) if status ~= 200 then bad = bad + 1 end end
                function done(summary, latency, requests)
                  local b = 0
                  for _, t in ipairs(threads) do b = b + t:get("bad") end
                  local e = summary.errors
                  io.write(string.format('BENCH {"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,'
                    .. '"p99_us":%d,"max_us":%d,"bad":%d,"errors":%d,"timeouts":%d}\\n',
                    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
                    latency:percentile(99), latency.max, b, e.connect + e.read + e.write + e.status + e.timeout, e.timeout))
                end
                """);
        Path p = work.resolve(e.name() + ".lua");
        Files.writeString(p, lua);
        return p;
    }

    Run wrk(BenchContext ctx, Path script, String url, int connections, int seconds, Path work, String label)
            throws Exception {
        List<String> cmd = List.of(
                "/usr/bin/wrk",
                "-t2",
                "-c" + connections,
                "-d" + seconds + "s",
                "--timeout",
                "30s",
                "--latency",
                "-s",
                script.toAbsolutePath().toString(),
                url);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 120L, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + out);
        }
        Files.writeString(work.resolve(label + ".txt"), String.join(" ", cmd) + "\n" + out);
        String line = out.lines()
                .filter(l -> l.startsWith("BENCH "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures from wrk: " + out));
        JsonNode n = json.readTree(line.substring(6));
        Run r = new Run(
                n.get("requests").asLong(),
                n.get("duration_us").asLong() / 1e6,
                n.get("p50_us").asLong() / 1e3,
                n.get("p90_us").asLong() / 1e3,
                n.get("p99_us").asLong() / 1e3,
                n.get("max_us").asLong() / 1e3,
                n.get("bad").asLong(),
                n.get("errors").asLong());
        // Answers other than 200 and socket errors fail the benchmark; timeouts and a run in which no
        // request completed are recorded (requests 0, no percentiles) so that the other figures survive.
        long timeouts = n.get("timeouts").asLong();
        if (r.bad() > 0 || r.errors() - timeouts > 0) {
            throw new IllegalStateException(String.format(
                    Locale.ROOT,
                    "%s: %d answers other than 200 and %d socket errors or timeouts in %d requests (see %s)",
                    label,
                    r.bad(),
                    r.errors(),
                    r.requests(),
                    work.resolve(label + ".txt")));
        }
        return r;
    }

    // ---------------------------------------------------------------- the application process

    /** The packaged application as its own process, from start to health UP. */
    static final class App {
        final Process process;
        final int port;
        final Path log;
        final double upSeconds;

        private App(Process process, int port, Path log, double upSeconds) {
            this.process = process;
            this.port = port;
            this.log = log;
            this.upSeconds = upSeconds;
        }

        static App start(BenchContext ctx, Path jar, Path dataDir, String profiles, Path log, List<String> extraJvm)
                throws Exception {
            int port = freePort();
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            String custom = System.getProperty("bench.http.jvm", System.getenv().getOrDefault("BENCH_HTTP_JVM", ""));
            cmd.addAll(custom.isBlank() ? JVM_FLAGS : List.of(custom.trim().split("\\s+")));
            cmd.addAll(extraJvm);
            cmd.add("-jar");
            cmd.add(jar.toAbsolutePath().toString());
            cmd.add("--spring.profiles.active=" + profiles);
            cmd.add("--renda.data-dir=" + dataDir.toAbsolutePath());
            cmd.add("--server.port=" + port);
            cmd.addAll(APP_ARGS);
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofMillis(500))
                    .build();
            HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build();
            long deadline = t0 + TimeUnit.SECONDS.toNanos(600);
            while (true) {
                if (!p.isAlive()) {
                    throw new IllegalStateException(
                            "the application exited with " + p.exitValue() + "; log: " + log + "\n" + tail(log));
                }
                try {
                    HttpResponse<String> r = client.send(health, HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() == 200 && r.body().contains("\"UP\"")) {
                        break;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                if (System.nanoTime() > deadline) {
                    p.destroyForcibly();
                    throw new IllegalStateException("the application was not UP within 600 s; log: " + log);
                }
                Thread.sleep(50);
            }
            double up = (System.nanoTime() - t0) / 1e9;
            return new App(p, port, log, up);
        }

        /** The "Started … in X seconds" figure of the log, if present. */
        Double startedLog() throws IOException {
            Matcher m = STARTED.matcher(Files.readString(log));
            return m.find() ? Double.parseDouble(m.group(1)) : null;
        }

        /** A field of /proc/PID/status in kB (VmRSS, VmHWM). */
        long statusKb(String field) throws IOException {
            for (String l : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (l.startsWith(field + ":")) {
                    return Long.parseLong(l.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }

        /** SIGTERM (graceful shutdown; the database it attached to stays up), then forcibly after 60 s. */
        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }

        private static String tail(Path log) throws IOException {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        }
    }

    /** The jar extracted by Spring Boot's tools jar mode (what the class-data archive needs); its path. */
    private static Path extract(Path jar, Path into) throws IOException, InterruptedException {
        if (Files.exists(into)) {
            try (var files = Files.walk(into)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(f -> f.toFile().delete());
            }
        }
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools",
                        "-jar",
                        jar.toAbsolutePath().toString(),
                        "extract",
                        "--destination",
                        into.toAbsolutePath().toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("extracting " + jar + " failed with " + p.exitValue());
        }
        return into.resolve(jar.getFileName());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }
}
