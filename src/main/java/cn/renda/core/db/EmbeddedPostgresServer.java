package cn.renda.core.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs PostgreSQL from the zonky binaries artifact under a data directory that survives restarts.
 * We launch it ourselves rather than through zonky's EmbeddedPostgres because PostgreSQL refuses to
 * run as root, and CI runs as root: then the server runs as the unprivileged user {@code nobody}.
 * One server per data directory and JVM; it stops when the JVM exits, unless this JVM found it already
 * running (another process started it) and merely attached.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    private static final String BINARIES_VERSION = "17.6.0";
    private static final Map<Path, EmbeddedPostgresServer> RUNNING = new HashMap<>();

    /** System property for the server's shared_buffers (default 128MB); the benchmark suite raises it. */
    public static final String SHARED_BUFFERS = "renda.db.embedded.shared-buffers";

    /**
     * System property for the server's {@code commit_delay} in microseconds (group commit; see
     * {@link #groupCommitOptions()}); 0 turns it off.
     */
    public static final String COMMIT_DELAY = "renda.db.embedded.commit-delay";

    /** System property for the server's {@code commit_siblings}: the other open transactions that make a commit wait. */
    public static final String COMMIT_SIBLINGS = "renda.db.embedded.commit-siblings";

    static final int DEFAULT_COMMIT_DELAY = 0;

    static final int DEFAULT_COMMIT_SIBLINGS = 5;

    private final Path baseDir;
    private final Path binDir;
    private final Path dataDir;
    private final boolean runAsNobody;
    private final boolean fast;
    private final Path credentialsFile;
    private EmbeddedCredentials credentials;
    private int port;
    private boolean initialisedNow;
    private boolean attached;
    private int users;
    private volatile boolean released;
    private volatile boolean restartsHeld;

    private EmbeddedPostgresServer(Path baseDir, boolean fast) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.binDir = this.baseDir.resolve("pgsql-" + BINARIES_VERSION);
        this.dataDir = this.baseDir.resolve("pgdata");
        this.runAsNobody = "root".equals(System.getProperty("user.name"));
        this.fast = fast;
        this.credentialsFile = this.baseDir.resolve(EmbeddedCredentials.FILE_NAME);
    }

    /**
     * The server for this directory, started if needed. {@code fast} trades durability for speed
     * (fsync off) and is meant for throw-away test databases only.
     */
    public static synchronized EmbeddedPostgresServer startIn(Path baseDir, int port, boolean fast) {
        Path key = baseDir.toAbsolutePath().normalize();
        EmbeddedPostgresServer server = RUNNING.get(key);
        if (server == null) {
            server = new EmbeddedPostgresServer(key, fast);
            try {
                server.start(port);
            } catch (IOException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException(
                        "Embedded PostgreSQL failed to start in " + key + ": " + e.getMessage(), e);
            }
            RUNNING.put(key, server);
        }
        server.users++;
        return server;
    }

    /**
     * Gives back one use; the last user stops the server. Called when a Spring context closes, so the
     * server outlives every bean that still needs the database during shutdown (e.g. the event registry).
     */
    public void release() {
        synchronized (EmbeddedPostgresServer.class) {
            if (--users <= 0) {
                RUNNING.remove(baseDir);
                released = true;
                stop();
            }
        }
    }

    /** TCP port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Whether this start ran initdb (a cold start). */
    public boolean initialisedNow() {
        return initialisedNow;
    }

    /** JDBC URL of a database on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private void start(int requestedPort) throws IOException, InterruptedException {
        Files.createDirectories(baseDir);
        if (runAsNobody) {
            checkTraversable(baseDir);
        }
        extractBinariesIfMissing();
        credentials = EmbeddedCredentials.loadOrCreate(credentialsFile);
        boolean legacyTrust = false;
        if (!Files.exists(dataDir.resolve("PG_VERSION"))) {
            long t0 = System.nanoTime();
            Files.createDirectories(dataDir);
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            chownToNobody(dataDir);
            // The superuser gets its password at birth: no moment exists where the cluster trusts anyone.
            Path pwfile = Files.createTempFile(
                    baseDir,
                    "pw",
                    ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.writeString(pwfile, credentials.superuserPassword() + "\n");
                chownToNobody(pwfile);
                run(List.of(
                        bin("initdb"),
                        "-D",
                        dataDir.toString(),
                        "-U",
                        "postgres",
                        "--auth=scram-sha-256",
                        "--pwfile=" + pwfile,
                        "-E",
                        "UTF8",
                        "--no-locale",
                        "--no-instructions"));
            } finally {
                Files.deleteIfExists(pwfile);
            }
            initialisedNow = true;
            log.info(
                    "Initialised a new PostgreSQL cluster in {} ({} ms)",
                    dataDir,
                    (System.nanoTime() - t0) / 1_000_000);
        } else {
            legacyTrust = EmbeddedCredentials.trustsAnyone(dataDir.resolve("pg_hba.conf"));
        }
        Integer runningPort = runningPort();
        if (runningPort != null) {
            port = runningPort;
            attached = true;
            log.info("Embedded PostgreSQL already running on 127.0.0.1:{}", port);
        } else {
            port = requestedPort > 0 ? requestedPort : freePort();
            String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k ''"
                    + (fast ? " -c fsync=off -c synchronous_commit=off -c full_page_writes=off" : "")
                    + " -c max_connections=200 -c shared_buffers=" + System.getProperty(SHARED_BUFFERS, "128MB")
                    + (fast ? "" : groupCommitOptions());
            run(List.of(
                    bin("pg_ctl"),
                    "-D",
                    dataDir.toString(),
                    "-l",
                    dataDir.resolve("postgres.log").toString(),
                    "-w",
                    "-t",
                    "120",
                    "-o",
                    options,
                    "start"));
            log.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", port, dataDir);
        }
        if (legacyTrust) {
            lockDownLegacyCluster();
        }
    }

    /**
     * Group commit: a committing backend that finds at least {@code commit_siblings} other transactions open waits
     * {@code commit_delay} microseconds before flushing the WAL, so the commits arriving meanwhile share its flush
     * (one fsync for several). Durability is unchanged: each commit is still acknowledged only after its WAL is on
     * disk ({@code synchronous_commit} stays on). Alone or with few others open, a commit does not wait.
     */
    static String groupCommitOptions() {
        int delay = Integer.getInteger(COMMIT_DELAY, DEFAULT_COMMIT_DELAY);
        int siblings = Integer.getInteger(COMMIT_SIBLINGS, DEFAULT_COMMIT_SIBLINGS);
        return delay > 0 ? " -c commit_delay=" + delay + " -c commit_siblings=" + siblings : "";
    }

    /**
     * A cluster made by an earlier version trusted every local connection: give the superuser its
     * password while trust still lets us in, then switch every entry to SCRAM and reload.
     */
    private void lockDownLegacyCluster() throws IOException {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "")) {
            var st = c.createStatement();
            st.execute("set password_encryption = 'scram-sha-256'");
            st.execute("alter role postgres password " + literal(credentials.superuserPassword()));
            Files.writeString(dataDir.resolve("pg_hba.conf"), EmbeddedCredentials.HBA);
            st.execute("select pg_reload_conf()");
            log.info("Embedded PostgreSQL: trust authentication replaced by SCRAM passwords");
        } catch (SQLException e) {
            throw new IOException("Could not lock down the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Whether the postmaster of this data directory is alive (read from its pid file, no process spawned). */
    public boolean isRunning() {
        try {
            Path pid = dataDir.resolve("postmaster.pid");
            if (!Files.exists(pid)) {
                return false;
            }
            List<String> lines = Files.readAllLines(pid);
            return !lines.isEmpty()
                    && ProcessHandle.of(Long.parseLong(lines.get(0).trim()))
                            .map(ProcessHandle::isAlive)
                            .orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * Starts the server again on the same port when it died (crash, kill, OOM killer) while the application
     * still needs it. Returns whether it had to. Called by the watchdog; a failed attempt is retried on its
     * next tick (orphaned backends may still hold the old shared memory for a moment).
     */
    public synchronized boolean restartIfStopped() throws IOException, InterruptedException {
        if (released || restartsHeld || isRunning()) {
            return false;
        }
        // Also when attached: the process that started it may be gone (an application killed with -9 and started
        // again adopts its server). Whoever notices first starts it; a second starter is refused by the pid file.
        log.warn("Embedded PostgreSQL on 127.0.0.1:{} is not running; starting it again", port);
        start(port);
        attached = false;
        return true;
    }

    /** Tests hold restarts to observe the outage itself, then release them. */
    public void holdRestarts(boolean hold) {
        this.restartsHeld = hold;
    }

    /** Process id of the running postmaster, if any. */
    public java.util.OptionalLong postmasterPid() {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return java.util.OptionalLong.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return java.util.OptionalLong.empty();
        }
    }

    /** Password of the cluster's superuser (migrations, backups); kept in the owner-only credentials file. */
    public String superuserPassword() {
        return credentials.superuserPassword();
    }

    /** The application role's generated password, used when none is configured. */
    public String generatedAppPassword() {
        return credentials.appPassword();
    }

    /** The owner-only file holding the generated passwords. */
    public Path credentialsFile() {
        return credentialsFile;
    }

    /** Creates the application database and the unprivileged application role when missing. */
    public void ensureDatabase(String database, String appRole, String appPassword) {
        try (Connection c = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", superuserPassword())) {
            var st = c.createStatement();
            st.execute("set password_encryption = 'scram-sha-256'");
            try (var rs =
                    st.executeQuery("select 1 from pg_roles where rolname = '" + appRole.replace("'", "") + "'")) {
                if (!rs.next()) {
                    st.execute("create role " + quoteIdent(appRole)
                            + " login nosuperuser nobypassrls nocreatedb nocreaterole password "
                            + literal(appPassword));
                } else {
                    // Earlier versions gave the role a well-known default password: replace it on every start.
                    st.execute("alter role " + quoteIdent(appRole) + " password " + literal(appPassword));
                }
            }
            try (var rs =
                    st.executeQuery("select 1 from pg_database where datname = '" + database.replace("'", "") + "'")) {
                if (!rs.next()) {
                    st.execute("create database " + quoteIdent(database) + " encoding 'UTF8' template template0");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare database " + database + ": " + e.getMessage(), e);
        }
    }

    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static String quoteIdent(String name) {
        return "\"" + name.replace("\"", "") + "\"";
    }

    private synchronized void stop() {
        if (attached) {
            // Another process started it (e.g. the benchmark suite or a second instance): it stays up.
            log.info("Leaving the embedded PostgreSQL on 127.0.0.1:{} running (started by another process)", port);
            return;
        }
        try {
            run(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "60", "stop"));
        } catch (Exception e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
        if (fast) {
            // A throw-away test database: leave nothing behind.
            try (var paths = Files.walk(baseDir)) {
                paths.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                log.warn("Could not remove {}: {}", baseDir, e.getMessage());
            }
        }
    }

    private Integer runningPort() throws IOException, InterruptedException {
        Path pid = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return null;
        }
        Process status = new ProcessBuilder(command(List.of(bin("pg_ctl"), "-D", dataDir.toString(), "status")))
                .redirectErrorStream(true)
                .start();
        status.getInputStream().readAllBytes();
        if (status.waitFor() != 0) {
            return null;
        }
        List<String> lines = Files.readAllLines(pid);
        return lines.size() > 3 ? Integer.parseInt(lines.get(3).trim()) : null;
    }

    private String bin(String name) {
        return binDir.resolve("bin").resolve(name).toString();
    }

    private List<String> command(List<String> cmd) {
        if (!runAsNobody) {
            return cmd;
        }
        List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", "nobody", "--"));
        wrapped.addAll(cmd);
        return wrapped;
    }

    private void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command(cmd))
                .directory(baseDir.toFile())
                .redirectErrorStream(true)
                .start();
        // pg_ctl start leaves the server running with our stdout; read until pg_ctl itself exits.
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd.subList(0, 1)) + " failed: " + new String(out));
        }
    }

    private void extractBinariesIfMissing() throws IOException {
        if (Files.isExecutable(binDir.resolve("bin/postgres"))) {
            return;
        }
        Path tmp = Files.createTempDirectory(baseDir, "pgsql-extract");
        try (InputStream in = EmbeddedPostgresServer.class.getClassLoader().getResourceAsStream(BINARIES)) {
            if (in == null) {
                throw new IOException("PostgreSQL binaries " + BINARIES + " not on the classpath");
            }
            try (var tar = new TarArchiveInputStream(new XZCompressorInputStream(new BufferedInputStream(in)))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path target = tmp.resolve(entry.getName()).normalize();
                    if (!target.startsWith(tmp)) {
                        throw new IOException("Bad archive entry " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(target.getParent());
                        Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(tar, target);
                        Files.setPosixFilePermissions(target, permissions(entry.getMode()));
                    }
                }
            }
        }
        makeReadableForAll(tmp);
        Files.move(tmp, binDir);
    }

    private static void makeReadableForAll(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path p : paths.toList()) {
                if (Files.isDirectory(p) && !Files.isSymbolicLink(p)) {
                    Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
        }
        return PosixFilePermissions.fromString(s.toString());
    }

    private void chownToNobody(Path path) throws IOException {
        if (runAsNobody) {
            UserPrincipalLookupService users = path.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(path, users.lookupPrincipalByName("nobody"));
        }
    }

    private static void checkTraversable(Path dir) throws IOException {
        for (Path p = dir; p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("Running as root, the embedded PostgreSQL runs as 'nobody', which cannot enter "
                        + p + ". Set renda.data-dir to a directory under a world-traversable path (e.g. /var/tmp/renda)"
                        + " or run as an ordinary user.");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
