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

    private static final java.util.concurrent.atomic.AtomicInteger DAY =
            new java.util.concurrent.atomic.AtomicInteger(1);

    /** A new SC meeting in 2030, to which the handling report comes back. */
    long scMeeting() {
        String day = String.format("2030-05-%02d", DAY.getAndIncrement());
        return ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/meetings",
                                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + day + "T09:00:00\",\"endsAt\":\"" + day
                                        + "T11:30:00\",\"place\":\"第一会议室\"}"),
                        201)
                .path("id")
                .asLong();
    }

    @Test
    void theEvaluationPutsTheReportBackOnTheChosenMeetingsAgendaAndShowsTheResultThere() {
        long caseId = reportedOpinion("城市更新回头看");
        long meeting = scMeeting();
        int itemsBefore = ok(get("staff", "/api/v1/meetings/" + meeting), 200)
                .path("items")
                .size();
        JsonNode result = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/collective-evaluations",
                        "{\"caseId\":" + caseId + ",\"meetingId\":" + meeting
                                + ",\"satisfied\":10,\"basicallySatisfied\":2,\"unsatisfied\":1,\"evaluatedOn\":\"2030-05-20\"}"),
                201);
        JsonNode item = result.path("agendaItem");
        assertThat(item.path("meetingId").asLong()).isEqualTo(meeting);
        assertThat(item.path("type").asText()).isEqualTo("OPINION_HANDLING_REPORT");
        assertThat(item.path("title").asText()).contains("城市更新回头看").endsWith("研究处理情况的报告");
        assertThat(item.path("reportingUnitName").asText()).isEqualTo("区住房和城市更新局");
        JsonNode items = ok(get("staff", "/api/v1/meetings/" + meeting), 200).path("items");
        assertThat(items).hasSize(itemsBefore + 1);
        // the result is visible from the meeting's item page, and published from there on the public page
        var itemPage = login("staff")
                .page("/meetings/" + meeting + "/items/" + item.path("id").asLong());
        assertThat(itemPage.statusCode()).isEqualTo(200);
        assertThat(itemPage.body())
                .contains("审议意见研究处理情况的报告")
                .contains("组成人员集体测评")
                .contains(result.path("caseNumber").asText())
                .doesNotContain(">OPINION_HANDLING_REPORT<");
        ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/collective-evaluations/"
                                + result.path("id").asLong() + "/publication",
                        null),
                200);
        assertThat(login("staff")
                        .page("/meetings/" + meeting + "/items/"
                                + item.path("id").asLong())
                        .body())
                .contains("已公开");
        // a meeting that is not an SC meeting is refused and nothing is put on any agenda
        long other = reportedOpinion("城市更新回头看二");
        var refused = api(
                "staff",
                "POST",
                "/api/v1/supervision/collective-evaluations",
                "{\"caseId\":" + other + ",\"meetingId\":999999999,\"satisfied\":10,\"evaluatedOn\":\"2030-05-20\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("meetingId");
        assertThat(ok(get("staff", "/api/v1/meetings/" + meeting), 200).path("items"))
                .hasSize(itemsBefore + 1);
    }

    @Test
    void moreThanHalfOfAllMembersUnsatisfiedSendsTheOpinionBackWithTheRehandlingClock() {
        long caseId = reportedOpinion("法治政府建设");
        long item = scMeeting();
        int members = members().size();
        var tooMany = api(
                "staff",
                "POST",
                "/api/v1/supervision/collective-evaluations",
                "{\"caseId\":" + caseId + ",\"meetingId\":" + item + ",\"satisfied\":" + members
                        + ",\"basicallySatisfied\":1,\"unsatisfied\":0,\"evaluatedOn\":\"2030-06-01\"}");
        assertThat(tooMany.statusCode()).isEqualTo(400);
        int unsatisfied = members / 2 + 1;
        JsonNode result = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/collective-evaluations",
                        "{\"caseId\":" + caseId + ",\"meetingId\":" + item
                                + ",\"satisfied\":2,\"basicallySatisfied\":3," + "\"unsatisfied\":" + unsatisfied
                                + ",\"evaluatedOn\":\"2030-06-01\"}"),
                201);
        assertThat(result.path("result").asText()).isEqualTo("UNSATISFIED");
        assertThat(result.path("sentBack").asBoolean()).isTrue();
        JsonNode opinion = ok(get("staff", "/api/v1/cases/" + caseId), 200);
        assertThat(opinion.path("state").asText()).isEqualTo("FOLLOW_UP");
        assertThat(clock(opinion, "REHANDLE").path("state").asText()).isEqualTo("RUNNING");
        // Evaluated once per meeting; a case not reported is not evaluated.
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/collective-evaluations",
                                "{\"caseId\":" + caseId + ",\"meetingId\":" + item
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
        long item = scMeeting();
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
                "{\"caseId\":" + caseId + ",\"meetingId\":" + item
                        + ",\"ballots\":{\"999999999\":\"SATISFIED\"},\"evaluatedOn\":\"2030-06-02\"}");
        assertThat(outsider.statusCode()).isEqualTo(400);
        JsonNode result = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/collective-evaluations",
                        "{\"caseId\":" + caseId + ",\"meetingId\":" + item + ",\"ballots\":{" + ballots
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
