package cn.renda.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Document frequencies: kept insert-only while indexing, folded in the background without changing a figure. */
class TermStatsTests extends FullStackTest {

    private static final long FIRST = 990_101, SECOND = 990_102;
    private static final String TITLE = "关于加强汤逊湖水环境治理的建议";
    private static final String TEXT = "汤逊湖周边雨污混流，入湖排口水质较差，建议加快截污管网建设，开展湖泊清淤。";

    @Autowired
    SearchFacade search;

    @Autowired
    SearchRepository repo;

    @Autowired
    TermStatsFolder folder;

    @Autowired
    CongressFacade congresses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager tm;

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }

    private <T> T inJiangxia(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(jiangxia(), () -> new TransactionTemplate(tm).execute(s -> work.get()));
    }

    private static IndexEntry entry(long caseId) {
        return new IndexEntry(caseId, "TEST", 2023, "T" + caseId, TITLE, TEXT, List.of());
    }

    @AfterEach
    void removeBoth() {
        inJiangxia(() -> {
            List.of(FIRST, SECOND).forEach(search::remove);
            return null;
        });
    }

    @Test
    void twoCasesWithTheSameTermsAreIndexedAtOnceWithoutWaitingForEachOther() throws Exception {
        CountDownLatch firstIndexed = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        // the first indexer keeps its transaction open, holding whatever it locked
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> inJiangxia(() -> {
            search.index(entry(FIRST));
            firstIndexed.countDown();
            try {
                secondDone.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
        assertThat(firstIndexed.await(30, TimeUnit.SECONDS)).isTrue();
        try {
            // every term is shared with the open transaction: a shared df row would make this time out
            inJiangxia(() -> {
                jdbc.sql("set local lock_timeout = '2s'").update();
                search.index(entry(SECOND));
                return null;
            });
        } finally {
            secondDone.countDown();
        }
        first.get(30, TimeUnit.SECONDS);
        Map<String, Integer> terms = inJiangxia(() -> repo.termsOf(SECOND));
        assertThat(inJiangxia(() -> repo.stats(terms.keySet())).df())
                .allSatisfy((t, df) -> assertThat(df).isGreaterThanOrEqualTo(2));
    }

    @Test
    void foldingMovesThePendingChangesIntoTheStatisticsAndChangesNoFigure() {
        inJiangxia(() -> {
            search.index(entry(FIRST));
            search.index(entry(SECOND));
            return null;
        });
        Map<String, Integer> terms = inJiangxia(() -> repo.termsOf(FIRST));
        Map<String, Integer> before =
                inJiangxia(() -> repo.stats(terms.keySet())).df();
        assertThat(pendingRows()).isPositive();

        assertThat(folder.foldPending()).isPositive();

        assertThat(pendingRows()).isZero();
        assertThat(inJiangxia(() -> repo.stats(terms.keySet())).df()).isEqualTo(before);
        // a removal is a change like any other: the figures drop by one per removed document, folded or not
        inJiangxia(() -> {
            search.remove(SECOND);
            return null;
        });
        Map<String, Integer> afterRemoval =
                inJiangxia(() -> repo.stats(terms.keySet())).df();
        before.forEach((t, df) -> assertThat(afterRemoval.get(t)).isEqualTo(df - 1));
        folder.foldPending();
        assertThat(inJiangxia(() -> repo.stats(terms.keySet())).df()).isEqualTo(afterRemoval);
    }

    @Test
    void aNewCaseIsIndexedAsOneRowAndRanksTheSameBeforeAndAfterItsTermsAreFolded() {
        inJiangxia(() -> {
            search.index(entry(FIRST));
            search.index(entry(SECOND));
            return null;
        });
        assertThat(postingsOf(FIRST)).isZero();
        assertThat(pendingDocuments(FIRST, SECOND)).isEqualTo(2);
        var query = new cn.renda.core.PageRequest(0, 20, null, false);
        var found = inJiangxia(() -> search.search("汤逊湖 截污管网", SearchFilter.none(), query));
        var similar = inJiangxia(() -> search.similar(FIRST, SearchFilter.none(), 5));
        Map<String, Integer> terms = inJiangxia(() -> repo.termsOf(FIRST));
        assertThat(found.items()).extracting(SearchHit::caseId).contains(FIRST, SECOND);
        assertThat(similar).extracting(SearchHit::caseId).contains(SECOND);

        folder.foldPending();

        assertThat(pendingDocuments(FIRST, SECOND)).isZero();
        assertThat(postingsOf(FIRST)).isEqualTo(terms.size());
        assertThat(inJiangxia(() -> repo.termsOf(FIRST))).isEqualTo(terms);
        assertThat(inJiangxia(() -> search.search("汤逊湖 截污管网", SearchFilter.none(), query)))
                .usingRecursiveComparison()
                .isEqualTo(found);
        assertThat(inJiangxia(() -> search.similar(FIRST, SearchFilter.none(), 5)))
                .usingRecursiveComparison()
                .isEqualTo(similar);
    }

    private long postingsOf(long caseId) {
        return inJiangxia(() -> jdbc.sql("select count(*) from search.term where congress_id = ? and case_id = ?")
                .params(jiangxia(), caseId)
                .query(Long.class)
                .single());
    }

    private long pendingDocuments(Long... caseIds) {
        return inJiangxia(() -> jdbc.sql(
                        "select count(*) from search.pending_document where congress_id = ? and case_id = any(?)")
                .params(jiangxia(), caseIds)
                .query(Long.class)
                .single());
    }

    /** Changes not yet folded: df change rows and documents whose terms are still on their row. */
    private long pendingRows() {
        return inJiangxia(() -> jdbc.sql(
                        """
                        select (select count(*) from search.term_df_delta where congress_id = ?)
                             + (select count(*) from search.pending_document where congress_id = ?)""")
                .params(jiangxia(), jiangxia())
                .query(Long.class)
                .single());
    }
}
