package cn.renda.bench;

import cn.renda.core.db.EmbeddedPostgresServer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The server settings {@code -Dbench.engine.pgss=true} needs: {@code pg_stat_statements} preloaded, with planning
 * tracked. A fresh data directory has neither, and the library loads only when the server starts.
 */
final class StatementStats {

    private StatementStats() {}

    /** Sets both in {@code postgresql.auto.conf} when missing; true when the server must restart to load them. */
    static boolean preload(EmbeddedPostgresServer server) {
        try (Connection c = DriverManager.getConnection(
                        server.jdbcUrl("postgres"), "postgres", server.superuserPassword());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("show shared_preload_libraries")) {
            rs.next();
            String loaded = rs.getString(1);
            if (loaded.contains("pg_stat_statements")) {
                return false;
            }
            String libraries = loaded.isBlank() ? "pg_stat_statements" : loaded + ", pg_stat_statements";
            s.execute("alter system set shared_preload_libraries = '" + libraries.replace("'", "") + "'");
            s.execute("alter system set pg_stat_statements.track_planning = on");
            System.out.println("  pg_stat_statements preloaded (postgresql.auto.conf): restarting the server once");
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not preload pg_stat_statements: " + e.getMessage(), e);
        }
    }
}
