package cn.renda.core.db;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The database: the embedded PostgreSQL unless {@code spring.datasource.url} names an external one,
 * and a transaction manager that binds the current congress to every transaction.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new TenantBindingTransactionManager(dataSource);
    }

    /** Active when no external database is configured. */
    static class EmbeddedCondition implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(EmbeddedCondition.class)
    static class Embedded {

        // Unique per JVM (a reused pid must never find an earlier run's data); removed when the server stops.
        static final Path EPHEMERAL = Path.of(
                System.getProperty("java.io.tmpdir"),
                "renda-test-" + ProcessHandle.current().pid() + "-" + System.currentTimeMillis());

        // Destroyed after the pools that depend on it, so shutdown work still reaches the database.
        @Bean(destroyMethod = "release")
        EmbeddedPostgresServer embeddedPostgresServer(
                @Value("${renda.data-dir:./data}") String dataDir,
                @Value("${renda.db.embedded.port:0}") int port,
                @Value("${renda.db.embedded.ephemeral:false}") boolean ephemeral,
                @Value("${renda.db.name:renda}") String database,
                @Value("${renda.db.app-role:renda_app}") String appRole,
                @Value("${renda.db.app-password:}") String appPassword)
                throws java.io.IOException {
            // Tests share one throw-away server per JVM; the application keeps its data under ./data.
            Path base = ephemeral ? EPHEMERAL : Path.of(dataDir).resolve("postgres");
            if (ephemeral) {
                Files.createDirectories(base);
            }
            EmbeddedPostgresServer server = EmbeddedPostgresServer.startIn(base, port, ephemeral);
            server.ensureDatabase(database, appRole, appPassword(server, appPassword));
            return server;
        }

        /** Restarts the embedded server when it dies; stopped before the server is released. */
        @Bean(destroyMethod = "close")
        EmbeddedPostgresWatchdog embeddedPostgresWatchdog(
                EmbeddedPostgresServer server,
                @Value("${renda.db.embedded.watchdog-interval-ms:2000}") long intervalMillis) {
            return new EmbeddedPostgresWatchdog(server, intervalMillis);
        }

        @Bean
        @Primary
        HikariDataSource dataSource(
                EmbeddedPostgresServer server,
                @Value("${renda.db.name:renda}") String database,
                @Value("${renda.db.app-role:renda_app}") String appRole,
                @Value("${renda.db.app-password:}") String appPassword,
                @Value("${renda.db.pool-size:0}") int poolSize,
                @Value("${renda.db.connect-timeout-ms:3000}") long connectTimeoutMillis,
                @Value("${renda.db.prepare-threshold:1}") int prepareThreshold) {
            HikariDataSource ds = new HikariDataSource();
            ds.setJdbcUrl(server.jdbcUrl(database));
            ds.setUsername(appRole);
            ds.setPassword(appPassword(server, appPassword));
            ds.setMaximumPoolSize(poolSize > 0 ? poolSize : PoolSize.forCores());
            ds.setPoolName("renda-app");
            // Fail fast while the database is away: requests answer 503 within seconds instead of 30 s.
            ds.setConnectionTimeout(connectTimeoutMillis);
            ds.setValidationTimeout(Math.min(connectTimeoutMillis, 2000));
            ds.addDataSourceProperty("connectTimeout", String.valueOf(Math.max(1, connectTimeoutMillis / 1000)));
            // JDBC batches (bulk imports, loaders) become multi-row inserts: one round trip per 128 rows
            ds.addDataSourceProperty("reWriteBatchedInserts", "true");
            // Server-side prepared from the first execution: the pgjdbc default (5) parses and plans a statement
            // four more times per pooled connection as an unnamed statement before it names it
            // (renda.db.prepare-threshold sets it, e.g. 5 to compare with the driver's default)
            ds.addDataSourceProperty("prepareThreshold", String.valueOf(prepareThreshold));
            return ds;
        }

        /**
         * Migrations run as the owner (here the cluster's superuser); the application never does. No pool:
         * each connection closes when Flyway is done with it, so no superuser session outlives startup.
         */
        @Bean
        @FlywayDataSource
        DataSource flywayDataSource(EmbeddedPostgresServer server, @Value("${renda.db.name:renda}") String database) {
            return new org.springframework.jdbc.datasource.DriverManagerDataSource(
                    server.jdbcUrl(database), "postgres", server.superuserPassword());
        }

        private static String appPassword(EmbeddedPostgresServer server, String configured) {
            return configured == null || configured.isBlank() ? server.generatedAppPassword() : configured;
        }
    }

    /** Binds {@code app.congress_id} for the life of each transaction (SET LOCAL semantics). */
    static class TenantBindingTransactionManager extends JdbcTransactionManager {

        /** The statement binding the congress (or none: empty, so every tenant policy matches no row). */
        static String bindingStatement(java.util.Optional<Long> congress) {
            return "set local app.congress_id = '"
                    + congress.map(id -> Long.toString(id)).orElse("") + "'";
        }

        /** As above, and the keyed transactions' plan mode in the same round trip (one simple query). */
        static String bindingStatement(java.util.Optional<Long> congress, boolean keyed) {
            return keyed
                    ? bindingStatement(congress) + "; set local plan_cache_mode = force_generic_plan"
                    : bindingStatement(congress);
        }

        /** Whether the transaction is marked {@link cn.renda.core.KeyedTransactions#LABEL} (label or name). */
        static boolean keyed(org.springframework.transaction.TransactionDefinition definition) {
            if (cn.renda.core.KeyedTransactions.LABEL.equals(definition.getName())) {
                return true;
            }
            return definition instanceof org.springframework.transaction.interceptor.TransactionAttribute attribute
                    && attribute.getLabels().contains(cn.renda.core.KeyedTransactions.LABEL);
        }

        /**
         * Whether keyed transactions may force generic plans: not on Citus, whose planner cannot distribute a
         * generic plan of a statement with correlated sub-queries (it plans each execution with its values itself).
         * Read from the database on the first transaction.
         */
        private volatile Boolean genericPlans;

        TenantBindingTransactionManager(DataSource dataSource) {
            super(dataSource);
        }

        private boolean genericPlans(java.sql.Connection con) throws java.sql.SQLException {
            Boolean known = genericPlans;
            if (known == null) {
                try (var st = con.createStatement();
                        var rs = st.executeQuery(
                                "select not exists (select 1 from pg_extension where extname = 'citus')")) {
                    known = rs.next() && rs.getBoolean(1);
                }
                genericPlans = known;
            }
            return known;
        }

        @Override
        protected void prepareTransactionalConnection(
                java.sql.Connection con, org.springframework.transaction.TransactionDefinition definition)
                throws java.sql.SQLException {
            super.prepareTransactionalConnection(con, definition);
            // SET LOCAL, not set_config(): Citus carries SET LOCAL (citus.propagate_set_commands = 'local') to
            // the workers of the transaction; set_config() stays on the coordinator and the workers' policies
            // would then match no row. SET takes no bind parameter: the literal is built from a long only.
            try (var st = con.createStatement()) {
                st.execute(bindingStatement(
                        cn.renda.core.TenantContext.current(), keyed(definition) && genericPlans(con)));
            }
        }
    }
}
