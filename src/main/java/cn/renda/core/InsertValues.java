package cn.renda.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many rows in one multi-row {@code INSERT … VALUES (…), (…)} statement (chunked below PostgreSQL's limit of
 * bind parameters). Used instead of {@code INSERT … SELECT … FROM unnest(…)}: Citus runs an INSERT … SELECT
 * from a non-distributed source as COPY, which it refuses on tables with row-level security, while VALUES
 * rows go to their shard as a plain INSERT. The rows are inserted, and RETURNING answers, in list order.
 */
public final class InsertValues {

    /** Bind parameters per statement, well below PostgreSQL's 65 535. */
    static final int MAX_PARAMETERS = 30_000;

    private InsertValues() {}

    /**
     * Runs {@code head values (?, …), … tail} for the rows; {@code head} names the table and its columns,
     * {@code row} gives one row's values in column order. Returns the number of rows inserted.
     */
    public static <T> int insert(JdbcClient jdbc, String head, String tail, List<T> rows, Function<T, Object[]> row) {
        int inserted = 0;
        for (List<T> chunk : chunks(rows, row)) {
            inserted += jdbc.sql(statement(head, tail, chunk.size(), row.apply(chunk.get(0)).length))
                    .params(params(chunk, row))
                    .update();
        }
        return inserted;
    }

    /** As {@link #insert}, with a {@code RETURNING} clause in {@code tail}: its rows, in list order. */
    public static <T, R> List<R> returning(
            JdbcClient jdbc, String head, String tail, List<T> rows, Function<T, Object[]> row, RowMapper<R> mapper) {
        List<R> result = new ArrayList<>(rows.size());
        for (List<T> chunk : chunks(rows, row)) {
            result.addAll(jdbc.sql(statement(head, tail, chunk.size(), row.apply(chunk.get(0)).length))
                    .params(params(chunk, row))
                    .query(mapper)
                    .list());
        }
        return result;
    }

    private static <T> List<List<T>> chunks(List<T> rows, Function<T, Object[]> row) {
        if (rows.isEmpty()) {
            return List.of();
        }
        int perRow = row.apply(rows.get(0)).length;
        int size = Math.max(1, MAX_PARAMETERS / perRow);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < rows.size(); i += size) {
            chunks.add(rows.subList(i, Math.min(rows.size(), i + size)));
        }
        return chunks;
    }

    static String statement(String head, String tail, int rows, int columns) {
        String one = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(head.length() + tail.length() + rows * (one.length() + 2) + 16);
        sql.append(head).append(" values ");
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ", ").append(one);
        }
        return sql.append(' ').append(tail).toString();
    }

    private static <T> List<Object> params(List<T> chunk, Function<T, Object[]> row) {
        List<Object> params = new ArrayList<>();
        for (T t : chunk) {
            params.addAll(java.util.Arrays.asList(row.apply(t)));
        }
        return params;
    }
}
