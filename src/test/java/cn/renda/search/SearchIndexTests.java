package cn.renda.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class SearchIndexTests extends FullStackTest {

    private static final long LAKE = 990_001, SCHOOL = 990_002, PARKING = 990_003;

    @Autowired
    SearchFacade search;

    @Autowired
    CongressFacade congresses;

    @Autowired
    PlatformTransactionManager tm;

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }

    private <T> T inJiangxia(java.util.function.Supplier<T> work) {
        return TenantContext.callAs(jiangxia(), () -> new TransactionTemplate(tm).execute(s -> work.get()));
    }

    @BeforeEach
    void indexThree() {
        inJiangxia(() -> {
            search.index(new IndexEntry(
                    LAKE,
                    "TEST",
                    2023,
                    "T1",
                    "关于加强汤逊湖水环境治理的建议",
                    "汤逊湖周边雨污混流，入湖排口水质较差，建议加快截污管网建设，开展湖泊清淤。",
                    List.of(new IndexedUnit(15, "LEAD"))));
            search.index(new IndexEntry(
                    SCHOOL,
                    "TEST",
                    2023,
                    "T2",
                    "关于缓解城区学校大班额的建议",
                    "纸坊街道小学学位紧张，班额超过五十五人，建议新建学校、扩充学位。",
                    List.of(new IndexedUnit(2, "LEAD"))));
            search.index(new IndexEntry(
                    PARKING,
                    "TEST",
                    2022,
                    "T3",
                    "关于解决老旧小区停车难的建议",
                    "老旧小区停车位不足，车辆乱停乱放，建议利用闲置地块建设停车场。",
                    List.of(new IndexedUnit(13, "LEAD"), new IndexedUnit(12, "CO"))));
            return null;
        });
    }

    @AfterEach
    void removeThree() {
        inJiangxia(() -> {
            List.of(LAKE, SCHOOL, PARKING).forEach(search::remove);
            return null;
        });
    }

    @Test
    void segmentsChineseIntoWords() {
        assertThat(search.segment("关于加强汤逊湖水环境治理的建议")).contains("治理", "环境").doesNotContain("的", "建议");
    }

    @Test
    void searchRanksTheMatchingCaseFirstWithHighlights() {
        var page =
                inJiangxia(() -> search.search("湖泊水质 截污", new SearchFilter("TEST", null, null), PageRequest.first()));
        assertThat(page.items()).isNotEmpty();
        assertThat(page.items().get(0).caseId()).isEqualTo(LAKE);
        assertThat(page.items().get(0).highlights()).anyMatch(h -> h.contains("<mark>水质</mark>"));
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void filtersByYearAndUnit() {
        var byYear = inJiangxia(
                () -> search.search("建议 小区 学校 湖", new SearchFilter("TEST", 2022, null), PageRequest.first()));
        assertThat(byYear.items()).extracting(SearchHit::caseId).containsExactly(PARKING);
        var byUnit = inJiangxia(() -> search.search("停车 学校", new SearchFilter("TEST", null, 12L), PageRequest.first()));
        assertThat(byUnit.items()).extracting(SearchHit::caseId).containsExactly(PARKING);
    }

    @Test
    void similarTextFindsTheCaseWithAScoreBetweenZeroAndOne() {
        var hits =
                inJiangxia(() -> search.similar("小区里没有地方停车，汽车到处乱停，能不能建个停车场", new SearchFilter("TEST", null, null), 3));
        assertThat(hits.get(0).caseId()).isEqualTo(PARKING);
        assertThat(hits.get(0).score()).isBetween(0.05, 1.0);
        assertThat(hits.get(0).units()).extracting(IndexedUnit::unitId).containsExactly(13L, 12L);
        var ofCase = inJiangxia(() -> search.similar(LAKE, new SearchFilter("TEST", null, null), 5));
        assertThat(ofCase).extracting(SearchHit::caseId).doesNotContain(LAKE);
    }

    @Test
    void equallySimilarCasesAreRankedByCaseIdOnEveryCall() {
        // the same words in different orders: equal scores, summed in whatever order the plan reads the terms
        List<Long> ids = List.of(990_011L, 990_012L, 990_013L, 990_014L, 990_015L, 990_016L);
        List<String> words = List.of("湖泗", "渔港", "码头", "堤岸", "芦苇", "候鸟");
        inJiangxia(() -> {
            for (int i = 0; i < ids.size(); i++) {
                List<String> rotated = new java.util.ArrayList<>(words);
                java.util.Collections.rotate(rotated, i);
                search.index(new IndexEntry(
                        ids.get(i), "TEST", 2023, "R" + i, "关于湖泗渔港的建议", String.join("，", rotated), List.of()));
            }
            return null;
        });
        try {
            // more calls than the plan cache's five custom plans, so a generic plan is used too
            for (int call = 0; call < 8; call++) {
                var hits =
                        inJiangxia(() -> search.similar("湖泗 渔港 码头 堤岸 芦苇 候鸟", new SearchFilter("TEST", null, null), 6));
                assertThat(hits)
                        .extracting(SearchHit::caseId)
                        .containsExactly(990_016L, 990_015L, 990_014L, 990_013L, 990_012L, 990_011L);
            }
        } finally {
            inJiangxia(() -> {
                ids.forEach(search::remove);
                return null;
            });
        }
    }

    @Test
    void anotherCongressSeesNothing() {
        long hongshan = congresses.idByCode("hongshan").orElseThrow();
        var page = TenantContext.callAs(hongshan, () -> new TransactionTemplate(tm)
                .execute(s -> search.search("汤逊湖", new SearchFilter("TEST", null, null), PageRequest.first())));
        assertThat(page.items()).isEmpty();
    }

    @Test
    void searchApiAnswersStaffAndRefusesDeputies() {
        var ok = get("staff", "/api/v1/search?q=%E6%B1%A4%E9%80%8A%E6%B9%96&kind=TEST");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"caseId\":" + LAKE);
        assertThat(get("deputy", "/api/v1/search?q=x").statusCode()).isEqualTo(403);
    }
}
