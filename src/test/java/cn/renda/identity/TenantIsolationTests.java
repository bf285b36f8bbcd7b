package cn.renda.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Row-level security: the database itself keeps congresses apart. */
class TenantIsolationTests extends FullStackTest {

    @Autowired
    DataSource dataSource;

    @Test
    void theApplicationRoleIsNeitherSuperuserNorBypassesRowLevelSecurity() {
        var row = JdbcClient.create(dataSource)
                .sql("select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)})
                .single();
        assertThat(row[0]).as("superuser").isFalse();
        assertThat(row[1]).as("bypassrls").isFalse();
    }

    @Test
    void aRawQueryWithoutTheBindingReturnsNoTenantRows() throws Exception {
        // Straight JDBC as the application role, no transaction manager, no binding.
        var hikari = (com.zaxxer.hikari.HikariDataSource) dataSource;
        try (var c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
                var st = c.createStatement()) {
            for (String table : tenantTables(c)) {
                try (var rs = st.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    assertThat(rs.getLong(1)).as(table).isZero();
                }
            }
        }
    }

    @Test
    void everyTenantTableForcesRowLevelSecurity() throws Exception {
        var hikari = (com.zaxxer.hikari.HikariDataSource) dataSource;
        try (var c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
                var st = c.createStatement();
                var rs = st.executeQuery(
                        """
                        select n.nspname || '.' || t.relname from pg_class t
                        join pg_namespace n on n.oid = t.relnamespace
                        join pg_attribute a on a.attrelid = t.oid and a.attname = 'congress_id' and not a.attisdropped
                        where t.relkind = 'r' and (not t.relrowsecurity or not t.relforcerowsecurity)""")) {
            java.util.List<String> unprotected = new java.util.ArrayList<>();
            while (rs.next()) {
                unprotected.add(rs.getString(1));
            }
            assertThat(unprotected)
                    .as("tables with congress_id but without forced RLS")
                    .isEmpty();
        }
    }

    @Test
    void aBoundTransactionSeesOnlyItsOwnCongress() throws Exception {
        var hikari = (com.zaxxer.hikari.HikariDataSource) dataSource;
        try (var c = DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword())) {
            c.setAutoCommit(false);
            long jiangxia;
            try (var st = c.createStatement();
                    var rs = st.executeQuery("select organization.congress_id_by_code('jiangxia')")) {
                rs.next();
                jiangxia = rs.getLong(1);
            }
            try (var st = c.createStatement()) {
                // the application's binding statement (SET LOCAL, which Citus carries to the workers)
                st.execute("set local app.congress_id = '" + jiangxia + "'");
                try (var rs = st.executeQuery("select count(*), count(*) filter (where congress_id <> " + jiangxia
                        + ") from identity.account")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(7);
                    assertThat(rs.getLong(2)).isZero();
                }
            }
            c.rollback();
        }
    }

    private static java.util.List<String> tenantTables(java.sql.Connection c) throws Exception {
        java.util.List<String> tables = new java.util.ArrayList<>();
        try (var st = c.createStatement();
                var rs = st.executeQuery(
                        """
                        select table_schema || '.' || table_name from information_schema.columns
                        where column_name = 'congress_id' and table_schema not in ('pg_catalog', 'information_schema')
                        and table_name in (select table_name from information_schema.tables where table_type = 'BASE TABLE')
                        """)) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        assertThat(tables).contains("identity.account");
        return tables;
    }
}
