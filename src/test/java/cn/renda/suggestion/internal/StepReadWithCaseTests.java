package cn.renda.suggestion.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.support.FullStackTest;
import cn.renda.support.SuggestionApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A step on a registered suggestion reads the submission in the engine's round trip for the case, keyed by the case
 * it remembers the submission became; a wrong remembered case is caught by that read and the step takes the
 * two-read way on the right case.
 */
class StepReadWithCaseTests extends FullStackTest {

    @Autowired
    SubmissionCases caseIds;

    @Autowired
    CongressFacade congresses;

    private final SuggestionApi suggestions = new SuggestionApi(this);

    @Test
    void registeringRemembersTheCaseAndTheNextStepActsOnItReturningTheSuggestionsView() {
        long id = registered("关于金口街道增设公交站点的建议");
        long caseId = caseOf(id);
        assertThat(inJiangxia(() -> caseIds.caseOf(id))).isEqualTo(caseId);
        assign(id);
        JsonNode accepted = act("unit", id, "accept");
        assertThat(accepted.path("handling").path("id").asLong()).isEqualTo(caseId);
        assertThat(accepted.path("handling").path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("suggestion").path("caseState").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.path("suggestion").path("id").asLong()).isEqualTo(id);
    }

    @Test
    void aWrongRememberedCaseIsCaughtByTheReadAndTheStepActsOnTheSuggestionsOwnCase() {
        long id = registered("关于乌龙泉街道修缮村级道路的建议");
        long other = registered("关于安山街道增设路灯的建议");
        assign(id);
        assign(other);
        long own = caseOf(id);
        long wrong = caseOf(other);
        TenantContext.runAs(jiangxia(), () -> caseIds.remember(id, wrong));
        JsonNode accepted = act("unit", id, "accept");
        assertThat(accepted.path("handling").path("id").asLong()).isEqualTo(own);
        assertThat(accepted.path("handling").path("state").asString()).isEqualTo("ACCEPTED");
        JsonNode untouched = SuggestionApi.json(get("unit", "/api/v1/suggestions/" + other), 200);
        assertThat(untouched.path("handling").path("state").asString()).isEqualTo("ASSIGNED");
        assertThat(inJiangxia(() -> caseIds.caseOf(id))).isEqualTo(own);
    }

    @Test
    void aContactWithAWrongRememberedCaseIsRecordedOnTheSuggestionsOwnCase() {
        long id = registered("关于山坡街道改造农贸市场的建议");
        long other = registered("关于湖泗街道增设便民服务点的建议");
        assign(id);
        assign(other);
        TenantContext.runAs(jiangxia(), () -> caseIds.remember(id, caseOf(other)));
        JsonNode recorded = SuggestionApi.json(
                api(
                        "unit",
                        "POST",
                        "/api/v1/suggestions/" + id + "/contacts",
                        "{\"date\":\"2026-01-05\",\"way\":\"VISIT\",\"agreed\":\"现场查看\"}"),
                200);
        assertThat(recorded.path("handling").path("id").asLong()).isEqualTo(caseOf(id));
        assertThat(recorded.path("suggestion").path("contacts").size()).isEqualTo(1);
        JsonNode untouched = SuggestionApi.json(get("unit", "/api/v1/suggestions/" + other), 200);
        assertThat(untouched.path("suggestion").path("contacts").size()).isZero();
        assertThat(inJiangxia(() -> caseIds.caseOf(id))).isEqualTo(caseOf(id));
    }

    private long registered(String title) {
        return suggestions.registered(title);
    }

    private void assign(long id) {
        suggestions.assign(id);
    }

    private JsonNode act(String user, long id, String action) {
        return suggestions.act(user, id, action, "", 200);
    }

    private long caseOf(long id) {
        return SuggestionApi.json(get("staff", "/api/v1/suggestions/" + id), 200)
                .path("handling")
                .path("id")
                .asLong();
    }

    private <T> T inJiangxia(java.util.concurrent.Callable<T> action) {
        return TenantContext.callAs(jiangxia(), action);
    }

    private long jiangxia() {
        return congresses.idByCode("jiangxia").orElseThrow();
    }
}
