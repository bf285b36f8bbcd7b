package cn.renda.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * After every migration: rewrites each tenant policy written {@code congress_id = core.current_congress()} into
 * {@code congress_id = any (array[core.current_congress()])}, which means the same.
 *
 * <p>Why: statements name the congress as a value ({@code congress_id = ?}) so that Citus routes them to one
 * shard. With the policy also an equality, the planner puts the parameter and {@code core.current_congress()}
 * into one equivalence class and derives the variable-free qual {@code ? = core.current_congress()}; Citus on
 * PostgreSQL 15/16 refuses such pseudoconstant quals in every statement with an outer join. The ANY form stays
 * an index condition and forms no equivalence class. Done here rather than in one migration so that tables
 * of later migrations written from the older template are covered too; idempotent, runs before
 * {@link CitusDistribution}.
 */
@Component
@Order(0)
class TenantPolicies implements Callback {

    private static final Logger log = LoggerFactory.getLogger(TenantPolicies.class);

    static final String EQUALS_FORM = "(congress_id = core.current_congress())";
    static final String ANY_FORM = "(congress_id = ANY (ARRAY[core.current_congress()]))";

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
            int n = rewrite(context.getConnection());
            if (n > 0) {
                log.info("Tenant policies: {} rewritten to congress_id = any(array[current congress])", n);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Rewriting tenant policies failed: " + e.getMessage(), e);
        }
    }

    @Override
    public String getCallbackName() {
        return "tenant-policies";
    }

    /** Rewrites the policies still in the equality form; returns how many. */
    static int rewrite(Connection c) throws SQLException {
        List<String> statements = new ArrayList<>();
        try (var st = c.prepareStatement(
                """
                        select format('alter policy %I on %I.%I using (congress_id = any (array[core.current_congress()]))'
                                      || case when p.polwithcheck is null then ''
                                              else ' with check (congress_id = any (array[core.current_congress()]))' end,
                                      p.polname, n.nspname, c.relname)
                          from pg_policy p
                          join pg_class c on c.oid = p.polrelid
                          join pg_namespace n on n.oid = c.relnamespace
                         where pg_get_expr(p.polqual, p.polrelid) = ?
                           and (p.polwithcheck is null or pg_get_expr(p.polwithcheck, p.polrelid) = ?)
                        """)) {
            st.setString(1, EQUALS_FORM);
            st.setString(2, EQUALS_FORM);
            try (var rs = st.executeQuery()) {
                while (rs.next()) {
                    statements.add(rs.getString(1));
                }
            }
        }
        try (var st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
        return statements.size();
    }
}
