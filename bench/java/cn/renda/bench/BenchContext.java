package cn.renda.bench;

import cn.renda.RendaApplication;
import cn.renda.core.db.EmbeddedPostgresServer;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * What a benchmark works with at one scale: the scale's own embedded PostgreSQL (its data survives
 * between runs under {@code bench/data/scale-S}), or an external server ({@link #external}: the Citus
 * benchmark's single node and cluster), an owner connection pool for bulk loading, the application started
 * in-process on demand, and the figures recorded so far.
 */
final class BenchContext implements AutoCloseable {

    static final String DATABASE = "renda";
    static final String APP_ROLE = "renda_app";
    static final String APP_PASSWORD = "renda_app";

    private final double scale;
    private final Path dataDir;
    private final Path jar;
    private final long started = System.nanoTime();
    /** An external server's JDBC URL (owner {@code postgres} without password, app role renda_app), else null. */
    private final String externalUrl;

    private final Map<String, Object> figures = new LinkedHashMap<>();
    private EmbeddedPostgresServer postgres;
    private HikariDataSource owner;
    private ConfigurableApplicationContext app;

    BenchContext(double scale, Path dataDir, Path jar) {
        this(scale, dataDir, jar, null);
    }

    private BenchContext(double scale, Path dataDir, Path jar, String externalUrl) {
        this.scale = scale;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.jar = jar;
        this.externalUrl = externalUrl;
    }

    /**
     * A context on a server started elsewhere ({@code bench/citus-servers.sh}): the owner is the trusted
     * superuser {@code postgres}, the application connects as {@code renda_app} and migrates as the owner, as
     * README "Running on Citus" describes. {@code dataDir} holds only the application's files.
     */
    static BenchContext external(double scale, Path dataDir, Path jar, String jdbcUrl) {
        return new BenchContext(scale, dataDir, jar, jdbcUrl);
    }

    double scale() {
        return scale;
    }

    /** Rows to generate for a figure given at scale 1, never fewer than {@code min}. */
    long scaled(long atScaleOne, long min) {
        return Math.max(min, Math.round(atScaleOne * scale));
    }

    /** This scale's directory; the application's {@code renda.data-dir}. */
    Path dataDir() {
        return dataDir;
    }

    /** The packaged application (target/renda-….jar), for benchmarks that start it as its own process. */
    Path jar() {
        return jar;
    }

    synchronized EmbeddedPostgresServer postgres() {
        if (externalUrl != null) {
            throw new IllegalStateException("no embedded server: this context runs on " + externalUrl);
        }
        if (postgres == null) {
            postgres = EmbeddedPostgresServer.startIn(dataDir.resolve("postgres"), 0, false);
            if (Boolean.getBoolean("bench.engine.pgss") && StatementStats.preload(postgres)) {
                // the library loads only at start: restart once with it (later runs find it set)
                postgres.release();
                postgres = EmbeddedPostgresServer.startIn(dataDir.resolve("postgres"), 0, false);
            }
            postgres.ensureDatabase(DATABASE, APP_ROLE, APP_PASSWORD);
        }
        return postgres;
    }

    /** The cluster owner on the application database: bulk loading, pgbench set-up; bypasses RLS. */
    synchronized DataSource ownerDataSource() {
        if (owner == null) {
            owner = new HikariDataSource();
            owner.setJdbcUrl(externalUrl != null ? externalUrl : postgres().jdbcUrl(DATABASE));
            owner.setUsername("postgres");
            owner.setPassword(externalUrl != null ? "" : postgres().superuserPassword());
            owner.setMaximumPoolSize(8);
            owner.setPoolName("bench-owner");
        }
        return owner;
    }

    /**
     * The application in this JVM (profile {@code bench}: no demo data, random port), on this scale's
     * database; started on first use, migrations included.
     */
    synchronized ConfigurableApplicationContext app() {
        if (app == null) {
            // command-line arguments: they outrank the test classpath's config/application.properties
            // (which asks for a throw-away server), unlike the builder's default properties
            List<String> args = new ArrayList<>(List.of(
                    "--renda.data-dir=" + dataDir,
                    "--server.port=0",
                    "--spring.thymeleaf.cache=true",
                    // the tests' configuration (on the class path too) leaves folding to the tests
                    "--renda.search.fold-delay=PT5S",
                    "--logging.level.root=WARN",
                    "--logging.level.cn.renda=INFO"));
            if (externalUrl == null) {
                postgres();
                args.add("--renda.db.embedded.ephemeral=false");
            } else {
                args.addAll(List.of(
                        "--spring.datasource.url=" + externalUrl,
                        "--spring.datasource.username=" + APP_ROLE,
                        "--spring.datasource.password=" + APP_PASSWORD,
                        "--spring.datasource.hikari.maximum-pool-size=20",
                        "--renda.db.app-role=" + APP_ROLE,
                        "--spring.flyway.user=postgres",
                        "--spring.flyway.password="));
            }
            app = new SpringApplicationBuilder(RendaApplication.class)
                    .profiles("bench")
                    // the engine bench's own case kind (EngineCoreKind): registered in every in-process start, so a
                    // later start of the same data never meets a case of a kind it does not know
                    .initializers(StatementCounter::register, EngineCoreKind::register)
                    .run(args.toArray(String[]::new));
        }
        return app;
    }

    /** Stops the in-process application (e.g. before starting it as a separate process). */
    synchronized void stopApp() {
        if (app != null) {
            app.close();
            app = null;
        }
    }

    int appPort() {
        return Integer.parseInt(app().getEnvironment().getProperty("local.server.port"));
    }

    /** Records a figure (a number, or a map of numbers) under its key in results/latest.json. */
    synchronized void record(String key, Object value) {
        figures.put(key, value);
        log("  %s = %s", key, value);
    }

    Map<String, Object> figures() {
        return figures;
    }

    void log(String format, Object... args) {
        Duration d = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                Locale.ROOT,
                "[bench %s %4d.%01ds] %s%n",
                BenchSuite.scaleLabel(scale),
                d.toSeconds(),
                d.toMillisPart() / 100,
                String.format(Locale.ROOT, format, args));
    }

    @Override
    public synchronized void close() {
        stopApp();
        if (owner != null) {
            owner.close();
        }
        if (postgres != null) {
            postgres.release();
        }
    }
}
