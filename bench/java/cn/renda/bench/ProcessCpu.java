package cn.renda.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
