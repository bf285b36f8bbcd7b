package cn.renda.handling;

import cn.renda.core.CongressCache;
import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The three-colour board of the bound congress, computed once for all the leaders asking within a few
 * seconds (bench/README.md, dashboard) and forgotten as soon as an engine event of that congress commits.
 */
@Component
class BoardCache {

    private record Key(String kind, LocalDate today) {}

    private final CongressCache<Key, List<OverdueBoardRow>> cache;
    private final CaseQueries queries;
    private final TenantTransactions tenant;

    BoardCache(
            CaseQueries queries,
            TenantTransactions tenant,
            @Value("${renda.handling.board-cache-ttl:5s}") Duration ttl) {
        this.queries = queries;
        this.tenant = tenant;
        this.cache = new CongressCache<>(ttl, 1_000);
    }

    /**
     * The board of the bound congress as of {@code today}. A hit needs no database connection; a miss is
     * computed in a transaction of that congress (row-level security as for any read).
     */
    List<OverdueBoardRow> board(String kind, LocalDate today) {
        long congress = TenantContext.require();
        return cache.get(
                new Key(kind, today), () -> tenant.read(congress, () -> List.copyOf(queries.board(kind, today))));
    }

    // AFTER_COMPLETION rather than AFTER_COMMIT: Spring Modulith records a publication for every
    // after-commit listener; dropping a cache entry needs no redelivery (a rollback only costs a recompute).

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(CaseEvent e) {
        cache.invalidate(e.congressId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ClocksRecoloured e) {
        cache.invalidate(e.congressId());
    }
}
