package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The schema rules that let every tenant table be distributed by congress with Citus (issue #16), read from
 * the catalog of a database migrated from scratch. A tenant table is a table of a module schema with a
 * {@code congress_id} column; the rules hold for every module, including those added later.
 */
class SchemaRulesTests {

    private static final String DATABASE = "schema_rules";
    private static EmbeddedPostgresServer server;
    private static Connection db;

    @BeforeAll
    static void migrateAFreshDatabase() throws SQLException {
        // The full-stack tests' server (one per JVM), but a database of its own, migrated from nothing.
        server = EmbeddedPostgresServer.startIn(DatabaseConfiguration.Embedded.EPHEMERAL, 0, true);
        try (Connection c =
                DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", server.superuserPassword())) {
            c.createStatement().execute("drop database if exists " + DATABASE);
        }
        server.ensureDatabase(DATABASE, "renda_app", "renda_app");
        Flyway.configure()
                .dataSource(server.jdbcUrl(DATABASE), "postgres", server.superuserPassword())
                .locations("classpath:db/migration")
                .placeholders(Map.of("app_role", "renda_app"))
                .outOfOrder(true)
                .callbacks(new TenantPolicies())
                .load()
                .migrate();
        db = DriverManager.getConnection(server.jdbcUrl(DATABASE), "postgres", server.superuserPassword());
    }

    @AfterAll
    static void release() throws SQLException {
        if (db != null) {
            db.close();
        }
        if (server != null) {
            server.release();
        }
    }

    /** Tables of the module schemas (not public, not the system's). */
    private static final String MODULE_TABLES =
            """
            select c.oid, n.nspname || '.' || c.relname as name, c.relrowsecurity, c.relforcerowsecurity,
                   exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'congress_id'
                                                          and not a.attisdropped) as tenant
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p') and n.nspname not in ('public', 'information_schema')
               and n.nspname not like 'pg\\_%' and n.nspname not like 'citus%'
            """;

    @Test
    void theRulesSeeTheTenantTablesOfEveryModule() throws SQLException {
        List<String> tenants = query("select name from (" + MODULE_TABLES + ") t where tenant order by name");
        assertThat(tenants)
                .contains("handling.cases", "handling.event", "organization.person", "meeting.vote", "search.term")
                .hasSizeGreaterThan(40);
        assertThat(query("select name from (" + MODULE_TABLES + ") t where not tenant"))
                .contains("organization.congress", "identity.login_name");
    }

    @Test
    void everyTenantTableIsKeyedByCongressFirst() throws SQLException {
        List<String> violations = query(
                """
                select t.name || ': ' || coalesce(pg_get_constraintdef(con.oid), 'no primary key')
                  from (%s) t
                  left join pg_constraint con on con.conrelid = t.oid and con.contype = 'p'
                 where t.tenant and (con.oid is null or %s)
                 order by 1"""
                        .formatted(MODULE_TABLES, notLedByCongress("con.conrelid", "con.conkey[1]")));
        assertThat(violations).as("primary keys not led by congress_id").isEmpty();
    }

    @Test
    void everyUniqueConstraintOfATenantTableLeadsWithCongress() throws SQLException {
        List<String> violations = query(
                """
                select t.name || ': ' || pg_get_indexdef(i.indexrelid)
                  from (%s) t join pg_index i on i.indrelid = t.oid
                 where t.tenant and i.indisunique and (i.indkey[0] = 0 or %s)
                 order by 1"""
                        .formatted(MODULE_TABLES, notLedByCongress("i.indrelid", "i.indkey[0]")));
        assertThat(violations)
                .as("unique constraints and indexes not led by congress_id")
                .isEmpty();
    }

    @Test
    void everyTenantTableHasForcedRowLevelSecurityAndACongressColumnThatIsNeverNull() throws SQLException {
        List<String> violations = query(
                """
                select t.name || case when not t.relrowsecurity or not t.relforcerowsecurity then ': RLS not forced'
                                      when not exists (select 1 from pg_policy p where p.polrelid = t.oid) then ': no policy'
                                      else ': congress_id not a non-null bigint' end
                  from (%s) t join pg_attribute a on a.attrelid = t.oid and a.attname = 'congress_id'
                 where t.tenant and (not t.relrowsecurity or not t.relforcerowsecurity
                       or not exists (select 1 from pg_policy p where p.polrelid = t.oid)
                       or not a.attnotnull or a.atttypid <> 'bigint'::regtype)
                 order by 1"""
                        .formatted(MODULE_TABLES));
        assertThat(violations)
                .as("tenant tables without forced row-level security")
                .isEmpty();
    }

    @Test
    void tenantPoliciesCompareTheCongressWithAnyNotEquals() throws SQLException {
        // "congress_id = core.current_congress()" beside a statement's own "congress_id = ?" makes the planner
        // derive a pseudoconstant qual, which Citus on PostgreSQL 15/16 refuses with outer joins (README
        // "Running on Citus"); TenantPolicies rewrites that form after each migration, others fail here.
        List<String> violations = query(
                """
                select t.name || ': ' || p.polname || ' using ' || coalesce(pg_get_expr(p.polqual, p.polrelid), '-')
                  from (%s) t join pg_policy p on p.polrelid = t.oid
                 where t.tenant
                   and (pg_get_expr(p.polqual, p.polrelid) is distinct from
                            '(congress_id = ANY (ARRAY[core.current_congress()]))'
                        or coalesce(pg_get_expr(p.polwithcheck, p.polrelid), '(congress_id = ANY (ARRAY[core.current_congress()]))')
                            <> '(congress_id = ANY (ARRAY[core.current_congress()]))')
                 order by 1"""
                        .formatted(MODULE_TABLES));
        assertThat(violations)
                .as("tenant policies not in the form of docs/CONVENTIONS.md")
                .isEmpty();
    }

    @Test
    void foreignKeysBetweenTenantTablesCarryTheCongress() throws SQLException {
        // congress_id must be a column of the key and be matched to the referenced table's congress_id
        List<String> violations = query(
                """
                select t.name || ': ' || con.conname || ' ' || pg_get_constraintdef(con.oid)
                  from (%1$s) t
                  join pg_constraint con on con.conrelid = t.oid and con.contype = 'f'
                  join (%1$s) r on r.oid = con.confrelid
                 where t.tenant and r.tenant
                   and not exists (select 1 from unnest(con.conkey, con.confkey) k(col, refcol)
                                     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.col
                                     join pg_attribute ra on ra.attrelid = con.confrelid and ra.attnum = k.refcol
                                    where a.attname = 'congress_id' and ra.attname = 'congress_id')
                 order by 1"""
                        .formatted(MODULE_TABLES));
        assertThat(violations)
                .as("foreign keys between tenant tables without congress_id")
                .isEmpty();
    }

    @Test
    void noForeignKeyCrossesModuleSchemas() throws SQLException {
        List<String> violations = query(
                """
                select n.nspname || '.' || c.relname || ': ' || con.conname || ' → ' || con.confrelid::regclass
                  from pg_constraint con
                  join pg_class c on c.oid = con.conrelid join pg_namespace n on n.oid = c.relnamespace
                  join pg_class rc on rc.oid = con.confrelid
                 where con.contype = 'f' and rc.relnamespace <> c.relnamespace
                 order by 1""");
        assertThat(violations).as("foreign keys across module schemas").isEmpty();
    }

    private static String notLedByCongress(String rel, String firstAttnum) {
        return "(select a.attname from pg_attribute a where a.attrelid = " + rel + " and a.attnum = " + firstAttnum
                + ") is distinct from 'congress_id'";
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (var st = db.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
