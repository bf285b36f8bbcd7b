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
 * Folds, in the background, new documents' pending terms into the postings and every document-frequency change
 * (those terms, and the insert-only {@code search.term_df_delta}) into {@code search.term_stats}, so that indexing a
 * case writes one row and never updates a row that every case of its congress shares. Reads add what is not yet
 * folded, so a fold changes no figure, only where a read finds it; a congress whose changes this instance has not
 * seen committed (e.g. after a restart) is folded when it indexes again.
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

    /** Folds every congress with committed changes; returns the documents expanded plus the df rows changed. */
    int foldPending() {
        int terms = 0;
        for (Long congress : List.copyOf(pending)) {
            pending.remove(congress); // a change committed from here on adds it again
            terms += tenant.call(congress, this::fold);
        }
        return terms;
    }

    /** Pending documents expanded per fold transaction (the rest wait for the next fold). */
    static final int DOCUMENTS_PER_FOLD = 2_000;

    /**
     * One transaction of the bound congress: deletes the pending documents' rows it can lock and writes their postings,
     * deletes the df change rows it can see, and adds both to
     * term_stats in term order (a change committed meanwhile is not seen, so neither deleted nor counted: it waits
     * for the next fold). A pending row locked by a re-index or removal is skipped; two folds of one congress at once
     * block on the change rows, never count one twice. It never locks search.document: a step updating a document
     * (its number, its units) never waits for a fold.
     */
    int fold() {
        Map<String, Integer> sums = new TreeMap<>();
        List<Object[]> postings = new java.util.ArrayList<>();
        List<Long> folded = new java.util.ArrayList<>();
        // deleting the rows locks them until the fold commits: a re-index or removal of one waits, then sees its
        // postings
        jdbc.sql(
                        """
                        delete from search.pending_document where congress_id = ? and case_id in (
                          select case_id from search.pending_document where congress_id = ?
                           order by case_id limit ? for update skip locked)
                        returning case_id, terms, tfs""")
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .param(DOCUMENTS_PER_FOLD)
                .query((ResultSet rs) -> {
                    long caseId = rs.getLong(1);
                    String[] terms = (String[]) rs.getArray(2).getArray();
                    Integer[] tfs = (Integer[]) rs.getArray(3).getArray();
                    for (int i = 0; i < terms.length; i++) {
                        postings.add(new Object[] {caseId, terms[i], tfs[i]});
                        sums.merge(terms[i], 1, Integer::sum);
                    }
                    folded.add(caseId);
                });
        if (!postings.isEmpty()) {
            InsertValues.insert(jdbc, "insert into search.term (case_id, term, tf)", "", postings, p -> p);
        }
        jdbc.sql(
                        """
                        with d as (delete from search.term_df_delta where congress_id = ? returning term, delta)
                        select term, sum(delta)::int from d group by term""")
                .param(TenantContext.orNone())
                .query((ResultSet rs) -> {
                    sums.merge(rs.getString(1), rs.getInt(2), Integer::sum);
                });
        sums.values().removeIf(d -> d == 0);
        if (folded.size() == DOCUMENTS_PER_FOLD) {
            changed(TenantContext.require()); // more are pending: the next fold goes on
        }
        if (sums.isEmpty()) {
            return folded.size();
        }
        InsertValues.insert(
                jdbc,
                "insert into search.term_stats (term, df)",
                "on conflict (congress_id, term) do update set df = search.term_stats.df + excluded.df",
                List.copyOf(sums.entrySet()),
                t -> new Object[] {t.getKey(), t.getValue()});
        return folded.size() + sums.size();
    }
}
