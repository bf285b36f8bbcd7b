package cn.renda.handling.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A creation that ended its transaction with {@code COMMIT} in the numbering round trip
 * ({@link cn.renda.handling.CreationCommit}): before Spring commits, the connection must still be outside any
 * transaction. Then the driver's commit sends nothing (PgJDBC's {@code commit()} skips an idle connection) and the
 * after-commit callbacks run once, as for any commit. A statement run after the creation would have started a new
 * transaction without the congress bound; it fails the commit here instead of being committed on its own.
 */
final class CommittedCreation implements TransactionSynchronization, Ordered {

    private final DataSource dataSource;

    private CommittedCreation(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The {@code COMMIT} statement ending a creation's numbering round trip. */
    static final String COMMIT = "commit";

    /** Registers the check for the current transaction. */
    static void register(DataSource dataSource) {
        TransactionSynchronizationManager.registerSynchronization(new CommittedCreation(dataSource));
    }

    /** The driver's view of the transaction's connection: IDLE once the creation's COMMIT ran. */
    static TransactionState state(DataSource dataSource) {
        Connection con = DataSourceUtils.getConnection(dataSource);
        try {
            return con.unwrap(BaseConnection.class).getTransactionState();
        } catch (SQLException e) {
            throw new IllegalStateException("no PostgreSQL connection", e);
        } finally {
            DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    @Override
    public void beforeCommit(boolean readOnly) {
        if (state(dataSource) != TransactionState.IDLE) {
            throw new IllegalStateException("database work after a case creation that committed its transaction"
                    + " (CreationCommit.allow() declared the creation the transaction's last work)");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after every other before-commit callback, which might still write
    }
}
