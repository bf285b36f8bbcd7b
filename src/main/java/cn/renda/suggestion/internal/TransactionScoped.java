package cn.renda.suggestion.internal;

import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A value an owner keeps for the current transaction only, made on first use and dropped with the transaction. */
final class TransactionScoped {

    private TransactionScoped() {}

    /**
     * The owner's value of the current transaction; made by {@code create} when there is none yet (null: none is
     * made). Null outside a transaction. Looked up among the transaction's synchronizations, not bound as a resource:
     * an inner REQUIRES_NEW transaction suspends them and so starts with none.
     */
    @SuppressWarnings("unchecked")
    static <T> T get(Object owner, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization t : TransactionSynchronizationManager.getSynchronizations()) {
            if (t instanceof Holder h && h.owner == owner) {
                return (T) h.value;
            }
        }
        if (create == null) {
            return null;
        }
        T value = create.get();
        TransactionSynchronizationManager.registerSynchronization(new Holder(owner, value));
        return value;
    }

    /** The value, registered with the transaction it belongs to. */
    private record Holder(Object owner, Object value) implements TransactionSynchronization {}
}
