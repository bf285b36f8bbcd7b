package cn.renda.core.web;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Classifies failures by who is at fault. A broken pipe or reset from the <em>database</em> must never
 * be taken for a client that went away: Spring MVC answers those with an empty 200, which
 * acknowledged writes whose transaction never began (the lost progress note of issue 15).
 */
final class ServerFaults {

    private ServerFaults() {}

    /** The database is away or the connection broke: retrying later may succeed (503). */
    static boolean databaseUnavailable(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof TransactionSystemException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException
                    || t instanceof RecoverableDataAccessException
                    || t instanceof QueryTimeoutException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: admin shutdown, crash shutdown, cannot connect now
                if (state.startsWith("08") || state.startsWith("57P0")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Looks like a client disconnect to Spring (a broken pipe or reset somewhere in the chain) but the
     * container never said the client left: the fault is the server's, and the request must fail.
     */
    static boolean mistakenForClientDisconnect(Throwable ex) {
        if (!DisconnectedClientHelper.isClientDisconnectedException(ex)) {
            return false;
        }
        for (Throwable t = ex; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("ClientAbortException") || name.equals("AsyncRequestNotUsableException")) {
                return false;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return true;
    }
}
