package cn.renda.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Rows inserted and updated per lifecycle in the application's tables, and how many of the updates were HOT (no new
 * index entries): {@code pg_stat_user_tables} before and after the counted lifecycles. A non-HOT update adds an
 * entry to every index of its table, a HOT one to none. Beside them the server's WAL records and buffer accesses per
 * lifecycle ({@code pg_stat_wal}, {@code pg_stat_database}): counts of work that, unlike CPU times on a shared machine,
 * repeat from run to run (only full-page images depend on when the last checkpoint was).
 */
final class TableWrites {

    /** Backends report their counters at most every 10 s while idle (PGSTAT_IDLE_INTERVAL). */
    private static final long FLUSH_MS = 11_000;

    /** The key of the server-wide counts: WAL records, full-page images, buffer accesses (hits and reads). */
    private static final String SERVER = "server";

    private final DataSource owner;
    private final Map<String, long[]> before;

    private TableWrites(DataSource owner) throws SQLException {
        this.owner = owner;
        this.before = counts(owner);
    }

    static TableWrites start(DataSource owner) throws SQLException {
        try {
            Thread.sleep(FLUSH_MS); // the warm-up's counters are in before they are read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new TableWrites(owner);
    }

    /** Per lifecycle and table: "inserts / updates (HOT)", for the tables the lifecycles wrote. */
    Map<String, Object> perLifecycle(int lifecycles) throws SQLException {
        try {
            Thread.sleep(FLUSH_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, long[]> after = counts(owner);
        after.forEach((table, now) -> {
            if (table.equals(SERVER)) {
                return;
            }
            long[] was = before.getOrDefault(table, new long[3]);
            double ins = (now[0] - was[0]) / (double) lifecycles;
            double upd = (now[1] - was[1]) / (double) lifecycles;
            double hot = (now[2] - was[2]) / (double) lifecycles;
            if (ins > 0 || upd > 0) {
                out.put(table, String.format(java.util.Locale.ROOT, "%.1f / %.1f (HOT %.1f)", ins, upd, hot));
            }
        });
        System.out.println("  rows per lifecycle, inserts / updates (HOT): " + out);
        long[] was = before.get(SERVER);
        long[] now = after.get(SERVER);
        String server = String.format(
                java.util.Locale.ROOT,
                "%.1f WAL records (%.1f full-page images), %.0f buffer accesses",
                (now[0] - was[0]) / (double) lifecycles,
                (now[1] - was[1]) / (double) lifecycles,
                (now[2] - was[2]) / (double) lifecycles);
        System.out.println("  per lifecycle: " + server);
        out.put(SERVER, server);
        return out;
    }

    private static Map<String, long[]> counts(DataSource owner) throws SQLException {
        Map<String, long[]> out = new LinkedHashMap<>();
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        """
                        select schemaname || '.' || relname, n_tup_ins, n_tup_upd, n_tup_hot_upd
                          from pg_stat_user_tables
                         where schemaname not in ('bench', 'public', 'flyway')
                         order by 1""")) {
            while (rs.next()) {
                out.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
            }
        }
        try (Connection c = owner.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        """
                        select w.wal_records, w.wal_fpi, d.blks_hit + d.blks_read
                          from pg_stat_wal w, pg_stat_database d
                         where d.datname = current_database()""")) {
            rs.next();
            out.put(SERVER, new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
        }
        return out;
    }
}
