package cn.renda.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * CPU time of a process and of a PostgreSQL server's backends, read from /proc (Linux), so a run can state
 * milliseconds of CPU per request, a figure that the other work on a shared machine disturbs far less than
 * latencies and throughput do.
 */
final class ProcessCpu {

    /** Milliseconds per clock tick of /proc/PID/stat (USER_HZ, 100 on Linux). */
    static final double MS_PER_TICK = 1000.0 / userHz();

    private ProcessCpu() {}

    /** User + system ticks of the process, 0 when it is gone. */
    static long ticks(long pid) {
        long[] f = stat(Path.of("/proc", String.valueOf(pid), "stat"));
        return f == null ? 0 : f[1] + f[2];
    }

    /**
     * User + system ticks of the process and of its children (a PostgreSQL postmaster and its backends): the live
     * ones, and those that have exited (their ticks are added to the parent's when it reaps them, e.g. pgbench's
     * connections).
     */
    static long treeTicks(long parent) {
        long[] own = stat(Path.of("/proc", String.valueOf(parent), "stat"));
        long sum = own == null ? 0 : own[1] + own[2] + own[3] + own[4];
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                long[] f = stat(p.resolve("stat"));
                if (f != null && f[0] == parent) {
                    sum += f[1] + f[2];
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return sum;
    }

    /** One child of a server: its kind (from its process title) and its user + system ticks. */
    record Child(String kind, long ticks) {}

    /**
     * The server's children by pid (their kind and ticks), plus two entries under pid 0 and -1: the postmaster's own
     * ticks and the ticks of its reaped children (cutime + cstime: exited autovacuum workers, closed connections).
     */
    static Map<Long, Child> children(long parent) {
        Map<Long, Child> out = new HashMap<>();
        long[] own = stat(Path.of("/proc", String.valueOf(parent), "stat"));
        if (own == null) {
            return out;
        }
        out.put(0L, new Child("postmaster", own[1] + own[2]));
        out.put(-1L, new Child("exited children", own[3] + own[4]));
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : procs) {
                long[] f = stat(p.resolve("stat"));
                if (f != null && f[0] == parent) {
                    out.put(Long.parseLong(p.getFileName().toString()), new Child(kind(p), f[1] + f[2]));
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    /**
     * Ticks by kind between two {@link #children} snapshots. A child that exited between them is counted in the
     * reaped ticks, less what the first snapshot had already seen of it; a child that started between them counts
     * from zero.
     */
    static Map<String, Long> byKind(Map<Long, Child> before, Map<Long, Child> after) {
        Map<String, Long> out = new TreeMap<>();
        long seenOfExited = 0;
        for (var e : before.entrySet()) {
            if (e.getKey() > 0 && !after.containsKey(e.getKey())) {
                seenOfExited += e.getValue().ticks();
            }
        }
        for (var e : after.entrySet()) {
            Child was = before.get(e.getKey());
            long delta = e.getValue().ticks() - (was == null ? 0 : was.ticks());
            if (e.getKey() == -1L) {
                delta -= seenOfExited;
            }
            out.merge(e.getValue().kind(), delta, Long::sum);
        }
        return out;
    }

    /**
     * A child's kind from its title: "postgres: walwriter" → walwriter, an autovacuum worker → autovacuum worker,
     * a client backend "postgres: USER DB HOST(PORT) STATE" → "backend USER@DB".
     */
    private static String kind(Path proc) {
        String title;
        try {
            title = new String(Files.readAllBytes(proc.resolve("cmdline")))
                    .replace('\0', ' ')
                    .trim();
        } catch (IOException e) {
            return "?";
        }
        String t = title.startsWith("postgres: ") ? title.substring("postgres: ".length()) : title;
        for (String background : new String[] {
            "checkpointer",
            "background writer",
            "walwriter",
            "autovacuum launcher",
            "autovacuum worker",
            "logical replication launcher",
            "walsummarizer",
            "io worker"
        }) {
            if (t.startsWith(background)) {
                return background;
            }
        }
        String[] f = t.split(" ");
        return f.length >= 3 && f[2].contains("(") ? "backend " + f[0] + "@" + f[1] : t;
    }

    /** The postmaster of the server behind the data source (the parent of one of its backends), or -1. */
    static long postmaster(DataSource ds) {
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select pg_backend_pid()")) {
            rs.next();
            long[] f = stat(Path.of("/proc", String.valueOf(rs.getLong(1)), "stat"));
            return f == null ? -1 : f[0];
        } catch (SQLException e) {
            return -1;
        }
    }

    /** ppid, utime, stime, cutime, cstime of a /proc/PID/stat file (the name may hold spaces: parse after ')'). */
    private static long[] stat(Path file) {
        try {
            String s = Files.readString(file);
            String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
            // after the name: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
            return new long[] {
                Long.parseLong(f[1]),
                Long.parseLong(f[11]),
                Long.parseLong(f[12]),
                Long.parseLong(f[13]),
                Long.parseLong(f[14])
            };
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long userHz() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK")
                    .redirectErrorStream(true)
                    .start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Long.parseLong(out);
        } catch (IOException | RuntimeException e) {
            return 100;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 100;
        }
    }
}
