package cn.renda.suggestion;

import cn.renda.core.CongressCache;
import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import cn.renda.handling.CaseEvent;
import cn.renda.handling.ClocksRecoloured;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The year's handling report per congress, computed once for everyone asking within a few seconds
 * (bench/README.md, work_report) and forgotten as soon as an engine event of that congress, or a contact
 * recorded here, commits.
 */
@Component
class ReportCache {

    private final CongressCache<Integer, HandlingReport> reports;
    private final TenantTransactions tenant;

    ReportCache(TenantTransactions tenant, @Value("${renda.suggestion.report-cache-ttl:5s}") Duration ttl) {
        this.tenant = tenant;
        this.reports = new CongressCache<>(ttl, 1_000);
    }

    /**
     * The bound congress's report of the year. A hit needs no database connection; a miss is computed in a
     * read-only transaction of that congress (row-level security as for any read).
     */
    HandlingReport handlingReport(int year, Supplier<HandlingReport> compute) {
        long congress = TenantContext.require();
        return reports.get(year, () -> tenant.read(congress, compute));
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
