package cn.renda.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After every migration, on a database with the Citus extension: distributes each new tenant table of the
 * module schemas by {@code congress_id}, co-located with the others, and makes each new table without a
 * congress a reference table (a copy on every node). Idempotent (tables Citus already knows are skipped), so
 * the modules' migrations stay plain PostgreSQL and tables added later are distributed on the next start.
 * Without Citus it does nothing.
 */
@Component
class CitusDistribution implements Callback {

    private static final Logger log = LoggerFactory.getLogger(CitusDistribution.class);

    /** Tables of the module schemas (public holds only framework tables: Flyway, events, ShedLock). */
    static final String MODULE_TABLES =
            """
            select c.oid, format('%I.%I', n.nspname, c.relname) as name,
                   exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'congress_id'
                                                          and not a.attisdropped) as tenant
              from pg_class c join pg_namespace n on n.oid = c.relnamespace
             where c.relkind in ('r', 'p') and not c.relispartition
               and n.nspname not in ('public', 'information_schema', 'columnar', 'columnar_internal')
               and n.nspname not like 'pg\\_%' and n.nspname not like 'citus%'
            """;

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            distribute(context.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("Citus distribution failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "citus-distribution";
    }

    /** Distributes what is not yet; returns the number of tables changed (0 without Citus). */
    static int distribute(Connection c) throws SQLException {
        if (!exists(c, "select 1 from pg_extension where extname = 'citus'")) {
            return 0;
        }
        // One transaction (Flyway's): the foreign keys dropped below come back, or nothing changes.
        try (var st = c.createStatement()) {
            // handling.event keeps its append-only trigger (it reads nothing else); Citus wants the owner's consent.
            st.execute("set local citus.enable_unsafe_triggers = on");
            // Tables are placed one after another on the same connections (shards created, data copied).
            st.execute("set local citus.multi_shard_modify_mode = 'sequential'");
            Map<String, Boolean> pending = new LinkedHashMap<>();
            try (var rs = st.executeQuery("select name, tenant from (" + MODULE_TABLES + ") t"
                    + " where not exists (select 1 from pg_dist_partition p where p.logicalrelid = t.oid)"
                    + " order by tenant, name")) {
                while (rs.next()) {
                    pending.put(rs.getString(1), rs.getBoolean(2));
                }
            }
            if (pending.isEmpty()) {
                return 0;
            }
            // A foreign key from a local table to a new reference table would make Citus turn the local table
            // into a "Citus local table", which can no longer be distributed: such keys (a tenant table's key to
            // the congress registry) are dropped here and added back once both tables are placed.
            List<String> later = new ArrayList<>();
            try (var rs = st.executeQuery(
                    """
                    select con.conrelid::regclass::text, con.conname, pg_get_constraintdef(con.oid)
                      from pg_constraint con
                     where con.contype = 'f' and con.conrelid in (select oid from (%s) t where tenant)
                       and con.confrelid in (select oid from (%s) t where not tenant)"""
                            .formatted(MODULE_TABLES, MODULE_TABLES))) {
                while (rs.next()) {
                    if (pending.containsKey(rs.getString(1))) {
                        later.add("alter table %s add constraint \"%s\" %s"
                                .formatted(rs.getString(1), rs.getString(2), rs.getString(3)));
                        try (var drop = c.createStatement()) {
                            drop.execute("alter table %s drop constraint \"%s\""
                                    .formatted(rs.getString(1), rs.getString(2)));
                        }
                    }
                }
            }
            // Referenced tables first: a foreign key needs its target already distributed (or a reference table).
            List<String> order = referencedFirst(c, pending.keySet());
            String anchor = anchor(c);
            for (String table : order) {
                if (pending.get(table)) {
                    String colocate = anchor == null ? "default" : anchor;
                    try (var ps = c.prepareStatement(
                            "select create_distributed_table(?::regclass, 'congress_id', colocate_with => ?)")) {
                        ps.setString(1, table);
                        ps.setString(2, colocate);
                        ps.execute();
                    }
                    anchor = anchor == null ? table : anchor;
                } else {
                    try (var ps = c.prepareStatement("select create_reference_table(?::regclass)")) {
                        ps.setString(1, table);
                        ps.execute();
                    }
                }
            }
            for (String fk : later) {
                st.execute(fk);
            }
            log.info(
                    "Citus: {} tables distributed by congress_id, {} reference tables",
                    pending.values().stream().filter(b -> b).count(),
                    pending.values().stream().filter(b -> !b).count());
            return pending.size();
        }
    }

    /** A tenant table Citus already distributes by congress_id, to co-locate new ones with; null if none. */
    private static String anchor(Connection c) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery(
                        """
                        select p.logicalrelid::regclass::text from pg_dist_partition p
                         where p.partmethod = 'h'
                           and column_to_column_name(p.logicalrelid, p.partkey) = 'congress_id'
                         order by p.colocationid, p.logicalrelid limit 1""")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** The tables ordered so that every table comes after those its foreign keys reference. */
    private static List<String> referencedFirst(Connection c, Set<String> tables) throws SQLException {
        Map<String, Set<String>> references = new LinkedHashMap<>();
        tables.forEach(t -> references.put(t, new LinkedHashSet<>()));
        try (var st = c.createStatement();
                var rs = st.executeQuery(
                        """
                        select con.conrelid::regclass::text, con.confrelid::regclass::text
                          from pg_constraint con where con.contype = 'f' and con.conrelid <> con.confrelid""")) {
            while (rs.next()) {
                if (references.containsKey(rs.getString(1)) && references.containsKey(rs.getString(2))) {
                    references.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        List<String> order = new ArrayList<>();
        Set<String> done = new LinkedHashSet<>();
        for (String t : references.keySet()) {
            visit(t, references, done, order);
        }
        return order;
    }

    private static void visit(String t, Map<String, Set<String>> references, Set<String> done, List<String> order) {
        if (done.add(t)) {
            for (String r : references.get(t)) {
                visit(r, references, done, order);
            }
            order.add(t);
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (var st = c.createStatement();
                var rs = st.executeQuery(sql)) {
            return rs.next();
        }
    }
}
