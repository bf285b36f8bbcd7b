package cn.renda.suggestion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import cn.renda.support.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A suggestion case's units in the search index follow its assignment, whether the office assigns it (the units
 * written in the step's own round trip) or the generic case API does (written by the listener after the step).
 */
class SuggestionSearchUnitsTests extends FullStackTest {

    @Autowired
    CongressFacade congresses;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final SuggestionApi suggestions = new SuggestionApi(this);

    @Test
    void theOfficesAssignmentRecordsTheUnitsInTheSearchIndex() {
        long id = suggestions.registered("关于郑店街道增设公共停车场的建议");
        long caseId = caseOf(id);
        assertThat(indexedUnits(caseId)).isEqualTo("{}|{}");
        suggestions.assign(id);
        assertThat(indexedUnits(caseId)).isEqualTo("{" + suggestions.unitOfUnitAccount() + "}|{LEAD}");
    }

    @Test
    void anAssignmentThroughTheCaseApiRecordsTheUnitsToo() {
        long id = suggestions.registered("关于舒安街道改造农村公路的建议");
        long caseId = caseOf(id);
        long version = SuggestionApi.json(get("staff", "/api/v1/cases/" + caseId), 200)
                .path("version")
                .asLong();
        long unit = suggestions.unitOfUnitAccount();
        SuggestionApi.json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/cases/" + caseId + "/actions/assign",
                        "{\"version\":" + version + ",\"assignments\":[{\"unitId\":" + unit + ",\"role\":\"LEAD\"}]}"),
                200);
        assertThat(indexedUnits(caseId)).isEqualTo("{" + unit + "}|{LEAD}");
    }

    private long caseOf(long id) {
        JsonNode d = SuggestionApi.json(get("staff", "/api/v1/suggestions/" + id), 200);
        return d.path("handling").path("id").asLong();
    }

    /** The case's units and roles as the search index holds them. */
    private String indexedUnits(long caseId) {
        long congress = congresses.idByCode("jiangxia").orElseThrow();
        return TenantContext.callAs(congress, () -> new TransactionTemplate(transactions).execute(status -> jdbc.sql(
                        """
                                select coalesce(unit_ids::text, '{}') || '|' || coalesce(unit_roles::text, '{}')
                                  from search.document where congress_id = ? and case_id = ?""")
                .params(congress, caseId)
                .query(String.class)
                .single()));
    }
}
