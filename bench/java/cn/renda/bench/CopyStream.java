package cn.renda.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * One table's {@code COPY … FROM STDIN} (text format) on its own owner connection, fed row by row and
 * sent in chunks. The connection runs with {@code session_replication_role = replica}: no triggers (the
 * generator computes the event hash chain itself) and no foreign-key checks (rows are consistent by
 * construction); other sessions keep every trigger. The setting is {@code SET LOCAL} in the COPY's own
 * transaction: on a Citus coordinator ({@code citus.propagate_set_commands = 'local'}) only that form reaches
 * the workers, where the shards' foreign keys would otherwise check every row (a session {@code SET} stays on
 * the coordinator). On a single node it is the same as a session setting for the one statement.
 */
final class CopyStream implements AutoCloseable {

    private static final int CHUNK = 1 << 18;

    private final String table;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder buf = new StringBuilder(CHUNK + 4096);
    private long rows;
    private boolean first = true;

    CopyStream(DataSource ds, String table, String columns) throws SQLException {
        this.table = table;
        this.connection = ds.getConnection();
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            st.execute("set local session_replication_role = replica");
            st.execute("set local synchronous_commit = off");
        }
        this.copy = connection
                .unwrap(PGConnection.class)
                .getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin");
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    CopyStream col(long v) {
        sep();
        buf.append(v);
        return this;
    }

    CopyStream col(int v) {
        sep();
        buf.append(v);
        return this;
    }

    CopyStream col(boolean v) {
        sep();
        buf.append(v ? 't' : 'f');
        return this;
    }

    CopyStream col(LocalDate v) {
        sep();
        if (v == null) {
            buf.append("\\N");
        } else {
            buf.append(v);
        }
        return this;
    }

    /** A timestamptz as UTC microseconds since the epoch. */
    CopyStream micros(long epochMicros) {
        sep();
        appendTimestamp(buf, epochMicros);
        return this;
    }

    CopyStream col(Long v) {
        sep();
        if (v == null) {
            buf.append("\\N");
        } else {
            buf.append(v.longValue());
        }
        return this;
    }

    CopyStream col(String v) {
        sep();
        if (v == null) {
            buf.append("\\N");
            return this;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> buf.append("\\\\");
                case '\t' -> buf.append("\\t");
                case '\n' -> buf.append("\\n");
                case '\r' -> buf.append("\\r");
                default -> buf.append(c);
            }
        }
        return this;
    }

    /** Ends the row; sends a chunk when the buffer is full. */
    void end() throws SQLException {
        buf.append('\n');
        first = true;
        rows++;
        if (buf.length() >= CHUNK) {
            flush();
        }
    }

    private void sep() {
        if (!first) {
            buf.append('\t');
        }
        first = false;
    }

    private void flush() throws SQLException {
        byte[] bytes = buf.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        buf.setLength(0);
    }

    /** Sends the rest and ends the COPY; returns the rows written. */
    long finish() throws SQLException {
        if (copy.isActive()) {
            if (buf.length() > 0) {
                flush();
            }
            copy.endCopy();
            connection.commit();
        }
        return rows;
    }

    @Override
    public void close() throws SQLException {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            if (!connection.getAutoCommit()) {
                connection.rollback(); // nothing if finish() committed
            }
        } finally {
            connection.close();
        }
    }

    /** {@code yyyy-MM-dd HH:mm:ss.ffffff+00} of UTC epoch microseconds. */
    static void appendTimestamp(StringBuilder sb, long epochMicros) {
        long seconds = Math.floorDiv(epochMicros, 1_000_000L);
        long micros = Math.floorMod(epochMicros, 1_000_000L);
        long days = Math.floorDiv(seconds, 86_400L);
        long secOfDay = Math.floorMod(seconds, 86_400L);
        sb.append(LocalDate.ofEpochDay(days)).append(' ');
        two(sb, (int) (secOfDay / 3600));
        sb.append(':');
        two(sb, (int) (secOfDay / 60 % 60));
        sb.append(':');
        two(sb, (int) (secOfDay % 60));
        sb.append('.');
        String m = Long.toString(micros);
        for (int i = m.length(); i < 6; i++) {
            sb.append('0');
        }
        sb.append(m).append("+00");
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }
}
