package cn.renda.handling.internal;

import cn.renda.core.CongressCache;
import cn.renda.core.TenantTransactions;
import cn.renda.handling.CaseEvent;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.OverdueBoardRow;
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

    BoardCache(
            CaseQueries queries,
            TenantTransactions tenant,
            @Value("${renda.handling.board-cache-ttl:5s}") Duration ttl) {
        // A miss (or a refresh in the background) reads in a read-only transaction of the key's congress.
        this.cache = new CongressCache<>(
                ttl,
                ttl.multipliedBy(2),
                1_000,
                (congress, key) -> tenant.read(congress, () -> List.copyOf(queries.board(key.kind(), key.today()))));
    }

    /** The board of the bound congress as of {@code today}; a hit needs no database connection. */
    List<OverdueBoardRow> board(String kind, LocalDate today) {
        return cache.get(new Key(kind, today));
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
