package cn.renda.core.db;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Backup and restore of a whole installation without pg_dump (the embedded binaries carry none): a
 * backup copies every table of one repeatable-read snapshot (consistent while the application runs)
 * into a zip; a restore builds the schema with the application's own migrations in an empty data
 * directory, then loads the rows with triggers off (the hash chain is kept as it was) and the sequences.
 *
 * <pre>
 * java -jar renda.jar backup  --data-dir ./data --to renda-backup.zip
 * java -jar renda.jar backup  --jdbc-url jdbc:postgresql://db/renda --user owner --to renda-backup.zip  (PGPASSWORD)
 * java -jar renda.jar restore --from renda-backup.zip --data-dir ./restored
 * </pre>
 */
public final class BackupTool {

    private static final String MANIFEST = "manifest.properties";
    private static final String SEQUENCES = "sequences.properties";
    private static final String HISTORY = "flyway_schema_history";

    private BackupTool() {}

    /** Entry point for {@code backup} and {@code restore}; returns the process exit code. */
    public static int run(String[] args) {
        Map<String, String> opts = options(args);
        try {
            if ("backup".equals(args[0])) {
                Path to = Path.of(require(opts, "to"));
                if (opts.containsKey("jdbc-url")) {
                    String password = opts.getOrDefault("password", System.getenv("PGPASSWORD"));
                    try (Connection c =
                            DriverManager.getConnection(opts.get("jdbc-url"), require(opts, "user"), password)) {
                        System.out.println(summary("backup", backup(c, to)));
                    }
                } else {
                    EmbeddedPostgresServer server = EmbeddedPostgresServer.startIn(
                            Path.of(opts.getOrDefault("data-dir", "./data")).resolve("postgres"), 0, false);
                    try (Connection c = DriverManager.getConnection(
                            server.jdbcUrl(opts.getOrDefault("database", "renda")),
                            "postgres",
                            server.superuserPassword())) {
                        System.out.println(summary("backup", backup(c, to)));
                    } finally {
                        server.release();
                    }
                }
            } else if ("restore".equals(args[0])) {
                Path dataDir = Path.of(require(opts, "data-dir"));
                EmbeddedPostgresServer server = restore(
                        Path.of(require(opts, "from")),
                        dataDir,
                        opts.getOrDefault("database", "renda"),
                        opts.getOrDefault("app-role", "renda_app"));
                server.release();
                System.out.println("restored into " + dataDir.toAbsolutePath());
            } else {
                throw new IllegalArgumentException("unknown command " + args[0]);
            }
            return 0;
        } catch (Exception e) {
            System.err.println(args[0] + " failed: " + e.getMessage());
            return 1;
        }
    }

    /** Copies every table of one snapshot into {@code zip}; returns the row count of each table. */
    public static Map<String, Long> backup(Connection c, Path zip) throws SQLException, IOException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        Map<String, Long> counts = new LinkedHashMap<>();
        Path tmp = zip.resolveSibling(zip.getFileName() + ".partial");
        try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp));
                ZipOutputStream out = new ZipOutputStream(file)) {
            var copy = c.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables(c)) {
                out.putNextEntry(new ZipEntry("data/" + table + ".copy"));
                long rows = copy.copyOut("copy " + table + " to stdout", new NonClosing(out));
                out.closeEntry();
                counts.put(table, rows);
            }
            Properties sequences = new Properties();
            try (var rs = c.createStatement()
                    .executeQuery("select quote_ident(schemaname) || '.' || quote_ident(sequencename), last_value"
                            + " from pg_sequences where schemaname not in ('pg_catalog', 'information_schema')")) {
                while (rs.next()) {
                    long last = rs.getLong(2);
                    String value = rs.wasNull() ? "" : String.valueOf(last); // never called: nothing to set
                    sequences.setProperty(rs.getString(1), value);
                }
            }
            put(out, SEQUENCES, sequences);
            Properties manifest = new Properties();
            manifest.setProperty("created-at", OffsetDateTime.now().toString());
            manifest.setProperty("migrations", String.join(",", migrations(c)));
            counts.forEach((t, n) -> manifest.setProperty("rows." + t, String.valueOf(n)));
            put(out, MANIFEST, manifest);
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setAutoCommit(autoCommit);
        }
        Files.move(tmp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return counts;
    }

    /**
     * Restores a backup into an empty data directory: a new embedded cluster with fresh passwords, the
     * schema from the migrations, then the rows and sequences. Returns the running server.
     */
    public static EmbeddedPostgresServer restore(Path zip, Path dataDir, String database, String appRole)
            throws IOException, SQLException {
        Path base = dataDir.resolve("postgres");
        if (Files.exists(base.resolve("pgdata"))) {
            throw new IOException(base.resolve("pgdata") + " exists: restore needs an empty data directory");
        }
        Files.createDirectories(base);
        EmbeddedPostgresServer server = EmbeddedPostgresServer.startIn(base, 0, false);
        server.ensureDatabase(database, appRole, server.generatedAppPassword());
        String url = server.jdbcUrl(database);
        try (ZipFile in = new ZipFile(zip.toFile())) {
            Properties manifest = read(in, MANIFEST);
            Flyway.configure()
                    .dataSource(url, "postgres", server.superuserPassword())
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("app_role", appRole))
                    .outOfOrder(true)
                    .baselineOnMigrate(true)
                    .load()
                    .migrate();
            try (Connection c = DriverManager.getConnection(url, "postgres", server.superuserPassword())) {
                List<String> missing = new ArrayList<>(
                        List.of(manifest.getProperty("migrations", "").split(",")));
                missing.removeAll(migrations(c));
                missing.removeIf(String::isBlank);
                if (!missing.isEmpty()) {
                    throw new IOException("The backup has migrations this build lacks: " + missing);
                }
                c.setAutoCommit(false);
                var st = c.createStatement();
                // Foreign keys and the chain's triggers stay off while rows arrive as they were.
                st.execute("set local session_replication_role = replica");
                List<String> tables = tables(c);
                if (!tables.isEmpty()) {
                    st.execute("truncate " + String.join(", ", tables));
                }
                var copy = c.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    ZipEntry entry = in.getEntry("data/" + table + ".copy");
                    if (entry == null) {
                        continue; // a table added by a newer migration: empty in this backup
                    }
                    try (InputStream data = in.getInputStream(entry)) {
                        copy.copyIn("copy " + table + " from stdin", data);
                    }
                }
                Properties sequences = read(in, SEQUENCES);
                for (String seq : new TreeSet<>(sequences.stringPropertyNames())) {
                    String last = sequences.getProperty(seq);
                    try (var ps = c.prepareStatement(last.isEmpty() ? "select 1" : "select setval(?::regclass, ?)")) {
                        if (!last.isEmpty()) {
                            ps.setString(1, seq);
                            ps.setLong(2, Long.parseLong(last));
                        }
                        ps.execute();
                    }
                }
                c.commit();
            }
        } catch (IOException | SQLException | RuntimeException e) {
            server.release();
            throw e;
        }
        return server;
    }

    /** The application's tables (leaf tables only, so partitions are copied once), qualified and quoted. */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var rs = c.createStatement()
                .executeQuery("select quote_ident(n.nspname) || '.' || quote_ident(c.relname) from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r'"
                        + " and n.nspname not in ('pg_catalog', 'information_schema') and n.nspname not like 'pg\\_%'"
                        + " and n.nspname <> 'citus' and c.relname <> '" + HISTORY + "'"
                        + " order by n.nspname, c.relname")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> migrations(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (var rs = c.createStatement()
                .executeQuery("select version from " + HISTORY
                        + " where success and version is not null order by installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void put(ZipOutputStream out, String name, Properties p) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        StringWriter w = new StringWriter();
        p.store(w, null);
        out.write(w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static Properties read(ZipFile in, String name) throws IOException {
        ZipEntry e = in.getEntry(name);
        if (e == null) {
            throw new IOException("not a Renda backup: " + name + " missing");
        }
        Properties p = new Properties();
        try (InputStream s = in.getInputStream(e)) {
            p.load(new StringReader(new String(s.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
        return p;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            out.put(args[i].substring(2), args[i + 1]);
        }
        return out;
    }

    private static String require(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return v;
    }

    private static String summary(String what, Map<String, Long> counts) {
        return what + ": " + counts.size() + " tables, "
                + counts.values().stream().mapToLong(Long::longValue).sum() + " rows";
    }

    /** Lets the copy API write into a zip entry without closing the whole zip. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
