package cn.renda.handling.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionTranslator;
import org.springframework.jdbc.support.SQLStateSQLExceptionTranslator;

/**
 * The writes of one step (or one creation), collected while the step decides and sent to the database in one
 * round trip: one prepared statement holding every write separated by semicolons (PgJDBC sends them together and
 * reads every result after a single sync), inside the step's transaction. Each write keeps its own result: an
 * update count, or the first column of the first row it returns.
 */
final class StepWrites {

    private static final SQLExceptionTranslator TRANSLATOR = new SQLStateSQLExceptionTranslator();

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private final List<Boolean> returning = new ArrayList<>();
    private Object[] values;
    private int[] counts;

    /** Adds a write whose update count is its result; returns its index. */
    int update(String statement, Object... args) {
        return add(statement, false, args);
    }

    /** Adds a write returning one row (e.g. {@code returning …} or a function call); returns its index. */
    int query(String statement, Object... args) {
        return add(statement, true, args);
    }

    private int add(String statement, boolean rows, Object... args) {
        if (values != null) {
            throw new IllegalStateException("writes already sent");
        }
        if (!sql.isEmpty()) {
            sql.append(";\n");
        }
        sql.append(statement);
        params.addAll(java.util.Arrays.asList(args));
        returning.add(rows);
        return returning.size() - 1;
    }

    /** Adds every write of {@code other} after these; returns the index its first write has here. */
    int append(StepWrites other) {
        int offset = returning.size();
        if (other.isEmpty()) {
            return offset;
        }
        if (!sql.isEmpty()) {
            sql.append(";\n");
        }
        sql.append(other.sql);
        params.addAll(other.params);
        returning.addAll(other.returning);
        return offset;
    }

    /** The statements as they will be sent (for tests and diagnostics). */
    String text() {
        return sql.toString();
    }

    /** The values in placeholder order (for tests and diagnostics). */
    List<Object> values() {
        return java.util.Collections.unmodifiableList(new ArrayList<>(params)); // values may be null
    }

    boolean isEmpty() {
        return returning.isEmpty();
    }

    int size() {
        return returning.size();
    }

    /** SQLSTATE of {@code handling.act_and_append}'s version check: the step lost a race, nothing after it ran. */
    static final String STALE = "RE409";

    /** Sends every write in one round trip on the transaction's connection. */
    void send(DataSource dataSource) {
        send(dataSource, null);
    }

    /**
     * As {@link #send(DataSource)}; a failed version check in the batch ({@link #STALE}) throws {@code stale}'s
     * exception (the transaction is then aborted: the caller's rollback follows).
     */
    void send(DataSource dataSource, java.util.function.Supplier<? extends RuntimeException> stale) {
        values = new Object[returning.size()];
        counts = new int[returning.size()];
        if (returning.isEmpty()) {
            return;
        }
        Connection con = DataSourceUtils.getConnection(dataSource);
        String text = sql.toString();
        try (PreparedStatement ps = con.prepareStatement(text)) {
            for (int i = 0; i < params.size(); i++) {
                bind(con, ps, i + 1, params.get(i));
            }
            boolean isRows = ps.execute();
            for (int i = 0; i < returning.size(); i++) {
                if (isRows) {
                    try (ResultSet rs = ps.getResultSet()) {
                        values[i] = rs.next() ? rs.getObject(1) : null;
                        counts[i] = values[i] == null ? 0 : 1;
                    }
                } else {
                    counts[i] = ps.getUpdateCount();
                }
                isRows = ps.getMoreResults();
            }
        } catch (SQLException e) {
            if (stale != null && STALE.equals(e.getSQLState())) {
                throw stale.get();
            }
            throw java.util.Objects.requireNonNull(TRANSLATOR.translate("step writes", text, e));
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** The update count of write {@code index} (for a returning write: 1 if it returned a row). */
    int count(int index) {
        return counts[index];
    }

    /** The first column of the first row write {@code index} returned, or null. */
    Object value(int index) {
        return values[index];
    }

    private static void bind(Connection con, PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (v instanceof String s) {
            ps.setString(i, s);
        } else if (v instanceof Long l) {
            ps.setLong(i, l);
        } else if (v instanceof Integer n) {
            ps.setInt(i, n);
        } else if (v instanceof Boolean b) {
            ps.setBoolean(i, b);
        } else if (v instanceof Long[] a) {
            Array array = con.createArrayOf("bigint", a);
            ps.setArray(i, array);
        } else if (v instanceof String[] a) {
            Array array = con.createArrayOf("text", a);
            ps.setArray(i, array);
        } else {
            ps.setObject(i, v);
        }
    }
}
