package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A backup of the running installation restores into an empty data directory with the same records. */
class BackupRestoreTests extends FullStackTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void restoredInstallationHasTheSameRowsAndAuditChains() throws Exception {
        Path dir = Files.createTempDirectory("renda-backup-test");
        // The embedded server runs as 'nobody' when the tests run as root: let it enter.
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path zip = dir.resolve("backup.zip");
        Map<String, Long> backedUp;
        Map<String, String> before;
        try (Connection c = owner(server)) {
            backedUp = BackupTool.backup(c, zip);
            before = fingerprint(c);
        }
        assertThat(backedUp).containsKeys("handling.event", "organization.unit", "identity.account");
        assertThat(backedUp.get("handling.event")).isPositive();

        EmbeddedPostgresServer restored = BackupTool.restore(zip, dir.resolve("data"), "renda", "renda_app");
        try (Connection c = owner(restored)) {
            assertThat(fingerprint(c)).isEqualTo(before);
            // The restored installation serves the application role under row-level security.
            try (var app = DriverManager.getConnection(
                            restored.jdbcUrl("renda"), "renda_app", restored.generatedAppPassword());
                    var rs = app.createStatement().executeQuery("select count(*) from handling.cases")) {
                rs.next();
                assertThat(rs.getLong(1))
                        .as("no congress bound: RLS hides every case")
                        .isZero();
            }
        } finally {
            restored.release();
        }
    }

    private static Connection owner(EmbeddedPostgresServer s) throws Exception {
        return DriverManager.getConnection(s.jdbcUrl("renda"), "postgres", s.superuserPassword());
    }

    /** Row count of every table, and the head hash of every case's audit chain. */
    private static Map<String, String> fingerprint(Connection c) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        for (String table : BackupTool.tables(c)) {
            if (table.startsWith("public.")) {
                continue; // scheduler locks and event registry move while the application runs
            }
            try (var rs = c.createStatement().executeQuery("select count(*) from " + table)) {
                rs.next();
                out.put(table, String.valueOf(rs.getLong(1)));
            }
        }
        try (var rs = c.createStatement()
                .executeQuery("select md5(string_agg(e.hash, ',' order by e.case_id))"
                        + " from handling.event e where e.seq = (select max(seq) from handling.event x"
                        + " where x.case_id = e.case_id)")) {
            rs.next();
            out.put("audit-heads", rs.getString(1));
        }
        return out;
    }
}
