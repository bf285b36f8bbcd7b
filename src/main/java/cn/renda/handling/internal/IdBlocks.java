package cn.renda.handling.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ids of new engine rows (assignments, clocks, replies, evaluations, extensions) taken from their identity sequences
 * a block at a time, so that a step knows the ids of the rows it is about to insert and can send every write in one
 * round trip, and build the view and the events it returns without reading anything back. A sequence is no row:
 * concurrent steps never wait on each other here. Ids stay unique; like any sequence they may have gaps.
 */
@Component
class IdBlocks {

    /** Ids fetched per round trip: one statement per {@value} new rows of a table. */
    static final int BLOCK = 64;

    private final JdbcClient jdbc;
    private final Map<String, Deque<Long>> free = new HashMap<>();

    IdBlocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next free id of {@code table} (one of the engine's tables, e.g. {@code handling.clock}). */
    long next(String table) {
        synchronized (free) {
            Deque<Long> ids = free.computeIfAbsent(table, t -> new ArrayDeque<>());
            if (ids.isEmpty()) {
                ids.addAll(jdbc.sql("select nextval(pg_get_serial_sequence(?, 'id')) from generate_series(1, ?)")
                        .params(table, BLOCK)
                        .query(Long.class)
                        .list());
            }
            return ids.removeFirst();
        }
    }
}
