package cn.renda.core;

import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs work in a new transaction bound to a given congress. Jobs and asynchronous event listeners
 * use it: the binding happens when a transaction begins, so the congress must be set before that
 * (which {@code @ApplicationModuleListener}'s own transaction would not allow).
 */
@Component
public class TenantTransactions {

    private final TransactionTemplate requiresNew;
    private final TransactionTemplate readOnly;

    TenantTransactions(PlatformTransactionManager transactions) {
        this.requiresNew = new TransactionTemplate(transactions);
        this.requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.readOnly.setReadOnly(true);
    }

    /** Runs the action in a new transaction of the congress. */
    public void run(long congressId, Runnable action) {
        TenantContext.runAs(congressId, () -> requiresNew.executeWithoutResult(status -> action.run()));
    }

    /** Runs a read in a new read-only transaction of the congress and returns its result. */
    public <T> T read(long congressId, Supplier<T> action) {
        return TenantContext.callAs(congressId, () -> readOnly.execute(status -> action.get()));
    }

    /** Runs the action in a new transaction of the congress and returns its result. */
    public <T> T call(long congressId, Supplier<T> action) {
        return TenantContext.callAs(congressId, () -> requiresNew.execute(status -> action.get()));
    }
}
