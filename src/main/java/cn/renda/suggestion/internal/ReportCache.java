package cn.renda.suggestion.internal;

import cn.renda.handling.CaseEvent;
import cn.renda.handling.ClocksRecoloured;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops the cached handling reports of a congress (kept by {@link ReportService}) as soon as an engine
 * event of that congress, or a contact recorded here, has committed: the next request counts afresh.
 */
@Component
class ReportCache {

    private final ReportService reports;

    ReportCache(ReportService reports) {
        this.reports = reports;
    }

    /** Forgets the congress's reports once the current transaction has ended (at once outside one). */
    void invalidateAfterTransaction(long congressId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    reports.invalidate(congressId);
                }
            });
        } else {
            reports.invalidate(congressId);
        }
    }

    // AFTER_COMPLETION rather than AFTER_COMMIT: Spring Modulith records a publication for every
    // after-commit listener; dropping a cache entry needs no redelivery (a rollback only costs a recompute).

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(CaseEvent e) {
        reports.invalidate(e.congressId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ClocksRecoloured e) {
        reports.invalidate(e.congressId());
    }
}
