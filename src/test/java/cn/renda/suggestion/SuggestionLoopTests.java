package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.organization.CongressFacade;
import cn.renda.organization.UnitDirectory;
import cn.renda.support.FullStackTest;
import cn.renda.support.SuggestionApi;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The 提-办-督 loop of a suggestion through the API: deputy, office, unit. */
public class SuggestionLoopTests extends FullStackTest {

    @Autowired
    CongressFacade congresses;

    @Autowired
    UnitDirectory units;

    private final SuggestionApi suggestions = new SuggestionApi(this);

    long unitOfUnitAccount() {
        return suggestions.unitOfUnitAccount();
    }

    /** The body of a response that must have the given status. */
    public static JsonNode json(HttpResponse<String> r, int status) {
        return SuggestionApi.json(r, status);
    }

    long draft(String title) {
        return suggestions.draft(title);
    }

    JsonNode act(String user, long id, String action, String body, int status) {
        return suggestions.act(user, id, action, body, status);
    }

    long registered(String title) {
        return suggestions.registered(title);
    }

    @Test
    void suggestionTravelsFromDraftToSatisfiedThroughAnUnsatisfiedLoop() {
        long unit = unitOfUnitAccount();
        long id = draft("关于纸坊街道老旧小区雨污管网改造的建议");
        // Submitted, returned for improvement with the checklist, improved and submitted again.
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        JsonNode back = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/return",
                        "{\"failed\":[\"FACTUAL\",\"PRECISE\"],\"comment\":\"请补充破损点位清单\"}"),
                200);
        assertThat(back.path("status").asString()).isEqualTo("IMPROVING");
        assertThat(back.path("checklistFailed").toString()).contains("FACTUAL", "PRECISE");
        json(
                api(
                        "deputy",
                        "PUT",
                        "/api/v1/suggestions/" + id,
                        "{\"title\":\"关于纸坊街道老旧小区雨污管网改造的建议\",\"content\":\"破损点位清单见附件，共12处。\",\"publishConsent\":true}"),
                200);
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        JsonNode reg = json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"), 200);
        assertThat(reg.path("handling").path("number").asString()).contains("建议");
        assertThat(reg.path("handling").path("clocks").toString()).contains("ISSUE");
        // Assigned; the unit accepts; replying without contact is refused.
        JsonNode assigned = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/assign",
                        "{\"assignments\":[{\"unitId\":" + unit + ",\"role\":\"LEAD\"}],\"complex\":false}"),
                200);
        assertThat(assigned.path("handling").path("state").asString()).isEqualTo("ASSIGNED");
        act("unit", id, "accept", "", 200);
        HttpResponse<String> refused = api(
                "unit",
                "POST",
                "/api/v1/suggestions/" + id + "/actions/reply",
                "{\"version\":"
                        + json(get("unit", "/api/v1/suggestions/" + id), 200)
                                .path("handling")
                                .path("version")
                                .asLong() + ",\"text\":\"已纳入计划\",\"resultClass\":\"B\"}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("答复前须先登记与代表的联系沟通情况");
        json(
                api(
                        "unit",
                        "POST",
                        "/api/v1/suggestions/" + id + "/contacts",
                        "{\"date\":\"2026-01-05\",\"way\":\"VISIT\",\"agreed\":\"现场查看，商定先修复6处\"}"),
                200);
        act("unit", id, "reply", "\"text\":\"已修复6处，其余纳入年度计划\",\"resultClass\":\"B\"", 200);
        // Not satisfied: the case goes back to the unit; the second reply satisfies.
        JsonNode unsatisfied = act("deputy", id, "evaluate", "\"evaluation\":\"UNSATISFIED\",\"text\":\"进度太慢\"", 200);
        assertThat(unsatisfied.path("handling").path("state").asString()).isEqualTo("REHANDLING");
        act("unit", id, "reply", "\"text\":\"12处已全部修复\",\"resultClass\":\"A\"", 200);
        JsonNode satisfied = act("deputy", id, "evaluate", "\"evaluation\":\"SATISFIED\"", 200);
        assertThat(satisfied.path("handling").path("state").asString()).isEqualTo("EVALUATED");
        act("staff", id, "publish", "", 200);
        JsonNode closed = act("staff", id, "close", "", 200);
        assertThat(closed.path("handling").path("state").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("suggestion").path("caseState").asString()).isEqualTo("CLOSED");
        assertThat(json(get("deputy", "/api/v1/suggestions/mine?size=100"), 200).toString())
                .contains("\"id\":" + id);
    }

    @Test
    void mergedSuggestionsAreHandledAsOneAndEveryDeputyGetsAReply() {
        long unit = unitOfUnitAccount();
        List<Long> ids = new ArrayList<>();
        for (String t : List.of("关于纸坊大街交通拥堵治理的建议（一）", "关于纸坊大街交通拥堵治理的建议（二）", "关于纸坊大街交通拥堵治理的建议（三）")) {
            ids.add(registered(t));
        }
        json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + ids.get(0) + "/merge",
                        "{\"others\":[" + ids.get(1) + "," + ids.get(2) + "]}"),
                200);
        json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + ids.get(0) + "/assign",
                        "{\"assignments\":[{\"unitId\":" + unit + ",\"role\":\"LEAD\"}],\"complex\":true}"),
                200);
        act("unit", ids.get(0), "accept", "", 200);
        json(
                api(
                        "unit",
                        "POST",
                        "/api/v1/suggestions/" + ids.get(0) + "/contacts",
                        "{\"date\":\"2026-01-06\",\"way\":\"MEETING\",\"agreed\":\"召开座谈会，共同商定错峰方案\"}"),
                200);
        act("unit", ids.get(0), "reply", "\"text\":\"已实施错峰通行方案\",\"resultClass\":\"A\"", 200);
        for (long id : ids) {
            JsonNode d = json(get("deputy", "/api/v1/suggestions/" + id), 200);
            assertThat(d.path("handling").path("state").asString()).isEqualTo("REPLIED");
            assertThat(d.path("handling").path("replies").size()).isEqualTo(1);
            assertThat(d.path("handling").path("replies").get(0).path("text").asString())
                    .contains("已实施错峰通行方案");
            assertThat(d.path("suggestion").path("complex").asBoolean()).isTrue();
        }
        // A merged case follows its master: unit actions on it directly are refused.
        assertThat(api("unit", "POST", "/api/v1/suggestions/" + ids.get(1) + "/actions/accept", "{\"version\":0}")
                        .statusCode())
                .isEqualTo(422);
    }

    @Test
    void motionNeedsTenDeputiesAndCanBeConvertedIntoASuggestion() {
        long id = json(
                        api(
                                "deputy",
                                "POST",
                                "/api/v1/suggestions",
                                "{\"type\":\"MOTION\",\"title\":\"关于制定汤逊湖保护条例的议案\",\"content\":\"汤逊湖保护需要立法保障。\"}"),
                        201)
                .path("id")
                .asLong();
        HttpResponse<String> tooFew = api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null);
        assertThat(tooFew.statusCode()).isEqualTo(400);
        assertThat(tooFew.body()).contains("coSigners");
        JsonNode list = json(get("staff", "/api/v1/deputies?size=12"), 200);
        StringBuilder co = new StringBuilder();
        for (JsonNode d : list.path("items")) {
            co.append(co.isEmpty() ? "" : ",").append(d.path("id").asLong());
        }
        json(
                api(
                        "deputy",
                        "PUT",
                        "/api/v1/suggestions/" + id,
                        "{\"type\":\"MOTION\",\"title\":\"关于制定汤逊湖保护条例的议案\","
                                + "\"content\":\"汤逊湖保护需要立法保障。\",\"coSigners\":[" + co + "]}"),
                200);
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        JsonNode reg =
                json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{\"type\":\"SUGGESTION\"}"), 200);
        assertThat(reg.path("handling").path("kind").asString()).isEqualTo("SUGGESTION");
        assertThat(reg.path("suggestion").path("signers").size()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void draftsArePrivateToTheirDeputy() {
        long id = draft("关于增设社区养老服务站的建议");
        assertThat(get("staff", "/api/v1/suggestions/" + id).statusCode()).isEqualTo(404);
        assertThat(get("unit", "/api/v1/suggestions/" + id).statusCode()).isEqualTo(404);
        assertThat(api("unit", "POST", "/api/v1/suggestions", "{\"title\":\"x\"}")
                        .statusCode())
                .isEqualTo(403);
    }
}
