package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.renda.support.FullStackTest;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.env.MockEnvironment;

/** The embedded PostgreSQL lets nobody in without the generated passwords. */
class EmbeddedDatabaseLockdownTests extends FullStackTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void superuserWithoutPasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", ""))
                .isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", "postgres"))
                .isInstanceOf(SQLException.class);
    }

    @Test
    void applicationRoleWithTheOldDefaultPasswordIsRefused() {
        assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("renda"), "renda_app", "renda_app"))
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("password authentication failed");
    }

    @Test
    void generatedPasswordsLetTheOwnerInAndStayPrivate() throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword());
                var rs = c.createStatement()
                        .executeQuery("select count(*) from pg_hba_file_rules where auth_method in ('trust',"
                                + " 'password', 'ident', 'peer') or address not in ('127.0.0.1', '::1')")) {
            rs.next();
            assertThat(rs.getInt(1))
                    .as("pg_hba entries without SCRAM or off loopback")
                    .isZero();
        }
        try (var c = DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword());
                var rs = c.createStatement().executeQuery("show listen_addresses")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(server.credentialsFile())))
                .isEqualTo("rw-------");
        assertThat(server.superuserPassword()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(server.generatedAppPassword()).isNotEqualTo(server.superuserPassword());
    }

    @Test
    void productionRefusesWellKnownOrMissingDatabasePasswords() {
        assertThatThrownBy(() -> ProductionDatabaseGuard.check(
                        new MockEnvironment().withProperty("renda.db.app-password", "renda_app")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ProductionDatabaseGuard.check(
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/renda")))
                .isInstanceOf(IllegalStateException.class);
        // Embedded with the generated password, or an external database with a strong one: starts.
        ProductionDatabaseGuard.check(new MockEnvironment());
        ProductionDatabaseGuard.check(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db/renda")
                .withProperty("spring.datasource.password", "a-long-and-random-secret-42"));
    }
}
