package cn.renda.search;

import cn.renda.core.InsertValues;
import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Folds the insert-only document-frequency changes ({@code search.term_df_delta}) into {@code search.term_stats}
 * in the background, so that indexing a case never updates a row that every case of its congress shares. Reads
 * add the rows not yet folded, so a fold changes no figure, only how many rows a read sums; a congress whose
 * changes this instance has not seen committed (e.g. after a restart) is folded when it indexes again.
 */
@Component
class TermStatsFolder {

    private final JdbcClient jdbc;
    private final TenantTransactions tenant;
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();

    TermStatsFolder(JdbcClient jdbc, TenantTransactions tenant) {
        this.jdbc = jdbc;
        this.tenant = tenant;
    }

    /** Notes that the bound congress has df changes; counted once the caller's transaction commits. */
    void changed(long congressId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    pending.add(congressId);
                }
            });
        } else {
            pending.add(congressId);
        }
    }

    @Scheduled(
            fixedDelayString = "${renda.search.fold-delay:PT5S}",
            initialDelayString = "${renda.search.fold-delay:PT5S}")
    @SchedulerLock(name = "search.term-stats-fold", lockAtMostFor = "PT5M")
    void scheduled() {
        foldPending();
    }

    /** Folds every congress with committed changes; returns the number of terms changed. */
    int foldPending() {
        int terms = 0;
        for (Long congress : List.copyOf(pending)) {
            pending.remove(congress); // a change committed from here on adds it again
            terms += tenant.call(congress, this::fold);
        }
        return terms;
    }

    /**
     * One transaction of the bound congress: deletes the change rows it can see and adds their sums to
     * term_stats, in term order (a change committed meanwhile is not seen, so neither deleted nor counted: it
     * waits for the next fold). Two folds of one congress at once block on the rows, never count one twice.
     */
    int fold() {
        Map<String, Integer> sums = new TreeMap<>();
        jdbc.sql(
                        """
                        with d as (delete from search.term_df_delta where congress_id = ? returning term, delta)
                        select term, sum(delta)::int from d group by term""")
                .param(TenantContext.orNone())
                .query((ResultSet rs) -> {
                    sums.put(rs.getString(1), rs.getInt(2));
                });
        sums.values().removeIf(d -> d == 0);
        if (sums.isEmpty()) {
            return 0;
        }
        InsertValues.insert(
                jdbc,
                "insert into search.term_stats (term, df)",
                "on conflict (congress_id, term) do update set df = search.term_stats.df + excluded.df",
                List.copyOf(sums.entrySet()),
                t -> new Object[] {t.getKey(), t.getValue()});
        return sums.size();
    }
}
