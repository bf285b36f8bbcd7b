package cn.renda.handling;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a case creation end its transaction in the numbering round trip. The number's row lock is held from the
 * number to the commit; when the transaction's owner declares ({@link #allow()}) that the creation is the last
 * database work of the transaction, the engine sends {@code COMMIT} as the last statement of that round trip, so the
 * lock is held for one server-side execution and no client hop. Spring's commit then sends nothing (the driver sees
 * the transaction ended) and its after-commit callbacks run as usual; any statement after such a creation fails the
 * transaction's commit loudly. Without the declaration a creation commits with its transaction, as before.
 */
public final class CreationCommit {

    private static final Object KEY = new Object();

    private CreationCommit() {}

    /**
     * Declares that the next case creation in the current transaction is its last database work (no reads or writes
     * follow it before the commit). Without an active transaction it does nothing.
     */
    public static void allow() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(KEY)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(KEY, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
            }
        });
    }

    /** Withdraws {@link #allow()}: work follows the creation after all (e.g. events appended after its CREATE). */
    public static void withhold() {
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            TransactionSynchronizationManager.unbindResource(KEY);
            TransactionSynchronizationManager.bindResource(KEY, Boolean.FALSE);
        }
    }

    /** Whether the current transaction's owner allowed a creation to commit it (and nobody withheld it since). */
    public static boolean allowed() {
        return Boolean.TRUE.equals(TransactionSynchronizationManager.getResource(KEY));
    }
}
