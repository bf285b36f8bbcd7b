package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 监督法 第十七条: the handling report back at an SC meeting, evaluated collectively by tallies or ballots. */
class CollectiveEvaluationTests extends SupervisionWorkTestSupport {

    /** An opinion letter from a new inspection, handled by the demo unit up to its handling report. */
    long reportedOpinion(String topic) {
        long inspection = inspection(topic);
        long caseId = finding(inspection, topic + "存在的问题", "OPINION", null)
                .path("caseId")
                .asLong();
        act("unit", caseId, "ACCEPT", "");
        act("unit", caseId, "SUBMIT_PLAN", "\"text\":\"成立专班逐项整改\"");
        JsonNode reported = act("unit", caseId, "REPLY", "\"text\":\"已完成整改\",\"resultClass\":\"A\"");
        assertThat(reported.path("state").asText()).isEqualTo("REPORTED");
        return caseId;
    }

    @Test
    void moreThanHalfOfAllMembersUnsatisfiedSendsTheOpinionBackWithTheRehandlingClock() {
        long caseId = reportedOpinion("法治政府建设");
        long item = scItem("RESOLUTION");
        int members = members().size();
        var tooMany = api(
                "staff",
                "POST",
                "/api/v1/supervision/collective-evaluations",
                "{\"caseId\":" + caseId + ",\"agendaItemId\":" + item + ",\"satisfied\":" + members
                        + ",\"basicallySatisfied\":1,\"unsatisfied\":0,\"evaluatedOn\":\"2030-06-01\"}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        int unsatisfied = members / 2 + 1;
        JsonNode result = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/collective-evaluations",
                        "{\"caseId\":" + caseId + ",\"agendaItemId\":" + item
                                + ",\"satisfied\":2,\"basicallySatisfied\":3," + "\"unsatisfied\":" + unsatisfied
                                + ",\"evaluatedOn\":\"2030-06-01\"}"),
                201);
        assertThat(result.path("result").asText()).isEqualTo("UNSATISFIED");
        assertThat(result.path("sentBack").asBoolean()).isTrue();
        JsonNode opinion = ok(get("staff", "/api/v1/cases/" + caseId), 200);
        assertThat(opinion.path("state").asText()).isEqualTo("FOLLOW_UP");
        assertThat(clock(opinion, "REHANDLE").path("state").asText()).isEqualTo("RUNNING");
        // Evaluated once per item; a case not reported is not evaluated.
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/collective-evaluations",
                                "{\"caseId\":" + caseId + ",\"agendaItemId\":" + item
                                        + ",\"satisfied\":20,\"evaluatedOn\":\"2030-06-01\"}")
                        .statusCode())
                .isEqualTo(409);

        long id = result.path("id").asLong();
        assertThat(anonymous().page("/public/collective-evaluations").body())
                .doesNotContain(result.path("caseNumber").asText());
        ok(api("staff", "POST", "/api/v1/supervision/collective-evaluations/" + id + "/publication", null), 200);
        assertThat(anonymous().page("/public/collective-evaluations").body())
                .contains(result.path("caseNumber").asText())
                .contains("不满意");
    }

    @Test
    void exactlyHalfUnsatisfiedByBallotKeepsTheOpinionAndBallotsOnlyCountMembers() {
        long caseId = reportedOpinion("国土空间规划编制");
        long item = scItem("SPECIAL_WORK_REPORT");
        List<Long> members = members();
        StringBuilder ballots = new StringBuilder();
        for (int i = 0; i < members.size(); i++) {
            String choice = i < members.size() / 2 ? "UNSATISFIED" : i % 2 == 0 ? "SATISFIED" : "BASICALLY_SATISFIED";
            ballots.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(members.get(i))
                    .append("\":\"")
                    .append(choice)
                    .append('"');
        }
        var outsider = api(
                "staff",
                "POST",
                "/api/v1/supervision/collective-evaluations",
                "{\"caseId\":" + caseId + ",\"agendaItemId\":" + item
                        + ",\"ballots\":{\"999999999\":\"SATISFIED\"},\"evaluatedOn\":\"2030-06-02\"}");
        assertThat(outsider.statusCode()).isEqualTo(400);
        JsonNode result = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/collective-evaluations",
                        "{\"caseId\":" + caseId + ",\"agendaItemId\":" + item + ",\"ballots\":{" + ballots
                                + "},\"evaluatedOn\":\"2030-06-02\"}"),
                201);
        assertThat(result.path("byBallot").asBoolean()).isTrue();
        assertThat(result.path("unsatisfied").asInt()).isEqualTo(members.size() / 2);
        assertThat(result.path("result").asText()).isNotEqualTo("UNSATISFIED");
        assertThat(ok(get("staff", "/api/v1/cases/" + caseId), 200)
                        .path("state")
                        .asText())
                .isEqualTo("REPORTED");
        var page = login("staff").page("/supervision/evaluations");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(result.path("caseNumber").asText()).contains("登记集体测评");
    }
}
