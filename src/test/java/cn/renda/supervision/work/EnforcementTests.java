package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Law-enforcement inspections: per law, joint or self-initiated, findings per article, report, hearing, follow-up, publication. */
class EnforcementTests extends SupervisionWorkTestSupport {

    private static final String BASE = "/api/v1/supervision/law-enforcement-inspections";

    @Test
    void aJointInspectionRunsFromVisitsToAHeardReportAndPublishedResultsThenAFollowUp() {
        assertThat(api(
                                "staff",
                                "POST",
                                BASE,
                                "{\"law\":\"武汉市养犬管理条例\",\"mode\":\"CITY_JOINT\",\"startsOn\":\"2030-03-01\"}")
                        .statusCode())
                .isEqualTo(400);
        JsonNode created = ok(
                api(
                        "staff",
                        "POST",
                        BASE,
                        "{\"law\":\"武汉市养犬管理条例\",\"mode\":\"CITY_JOINT\",\"cityReference\":\"武人常办〔2030〕3号\","
                                + "\"scope\":\"养犬登记和执法\",\"startsOn\":\"2030-03-01\"}"),
                201);
        long id = created.path("id").asLong();
        ok(
                api(
                        "staff",
                        "POST",
                        BASE + "/" + id + "/visits",
                        "{\"place\":\"纸坊街\",\"visitedOn\":\"2030-03-05\",\"peopleMet\":\"城管执法人员\"}"),
                201);
        assertThat(api(
                                "staff",
                                "POST",
                                BASE + "/" + id + "/questionnaires",
                                "{\"title\":\"问卷\",\"distributed\":100,\"returned\":120}")
                        .statusCode())
                .isEqualTo(400);
        ok(
                api(
                        "staff",
                        "POST",
                        BASE + "/" + id + "/questionnaires",
                        "{\"title\":\"文明养犬问卷\",\"distributed\":200,\"returned\":180}"),
                201);
        long unit = unitId("区住房和城市更新局");
        JsonNode finding = ok(
                api(
                        "staff",
                        "POST",
                        BASE + "/" + id + "/findings",
                        "{\"text\":\"犬只登记率低\",\"article\":\"第十二条\",\"outcome\":\"OPINION\",\"units\":[{\"unitId\":"
                                + unit + ",\"role\":\"LEAD\"}],\"foundOn\":\"2030-03-06\"}"),
                201);
        assertThat(finding.path("article").asText()).isEqualTo("第十二条");
        JsonNode opinion =
                ok(get("staff", "/api/v1/cases/" + finding.path("caseId").asLong()), 200);
        assertThat(opinion.path("number").asText()).contains("监督意见");
        assertThat(opinion.path("source").path("type").asText()).isEqualTo("LAW_ENFORCEMENT_INSPECTION");

        // The report needs the parts the Supervision Law names.
        var incomplete = api(
                "staff",
                "POST",
                BASE + "/" + id + "/report",
                "{\"assessment\":\"总体较好\",\"problems\":\"\",\"suggestions\":\"加强执法\",\"reportedOn\":\"2030-04-01\"}");
        assertThat(incomplete.statusCode()).isEqualTo(400);
        assertThat(incomplete.body()).contains("problems");
        // Not heard before it is reported; a special work report item is not where it is heard.
        long lawItem = scItem("LAW_ENFORCEMENT_INSPECTION_REPORT");
        assertThat(api("staff", "POST", BASE + "/" + id + "/hearing", "{\"agendaItemId\":" + lawItem + "}")
                        .statusCode())
                .isEqualTo(409);
        ok(
                api(
                        "staff",
                        "POST",
                        BASE + "/" + id + "/report",
                        "{\"assessment\":\"总体较好\",\"problems\":\"登记率低\",\"suggestions\":\"加强执法\","
                                + "\"lawAmendments\":\"建议细化处罚条款\",\"reportedOn\":\"2030-04-01\"}"),
                200);
        assertThat(api(
                                "staff",
                                "POST",
                                BASE + "/" + id + "/hearing",
                                "{\"agendaItemId\":" + scItem("SPECIAL_WORK_REPORT") + "}")
                        .statusCode())
                .isEqualTo(400);
        JsonNode heard =
                ok(api("staff", "POST", BASE + "/" + id + "/hearing", "{\"agendaItemId\":" + lawItem + "}"), 200);
        assertThat(heard.path("status").asText()).isEqualTo("HEARD");
        assertThat(heard.path("heardAt").path("meetingTitle").asText()).contains("常委会");
        assertThat(anonymous().page("/public/law-enforcement-inspections/" + id).statusCode())
                .isEqualTo(404);
        ok(api("staff", "POST", BASE + "/" + id + "/publication", null), 200);
        var published = anonymous().page("/public/law-enforcement-inspections/" + id);
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("武汉市养犬管理条例").contains("第十二条").contains("犬只登记率低");

        JsonNode followUp = ok(
                api(
                        "staff",
                        "POST",
                        BASE,
                        "{\"law\":\"武汉市养犬管理条例\",\"mode\":\"CITY_JOINT\",\"cityReference\":\"武人常办〔2030〕3号\","
                                + "\"startsOn\":\"2030-09-01\",\"followUpOf\":" + id + "}"),
                201);
        assertThat(followUp.path("followUpOf").asLong()).isEqualTo(id);
        assertThat(ok(get("staff", BASE + "/" + id), 200)
                        .path("followUps")
                        .get(0)
                        .asLong())
                .isEqualTo(followUp.path("id").asLong());
    }

    @Test
    void theListFiltersByModeAndYearAndSortsOnlyByWhitelistedKeys() {
        ok(
                api("staff", "POST", BASE, "{\"law\":\"公证法\",\"mode\":\"SELF_INITIATED\",\"startsOn\":\"2029-05-01\"}"),
                201);
        JsonNode self = ok(get("staff", BASE + "?mode=SELF_INITIATED&year=2029&sort=law"), 200);
        assertThat(self.path("total").asLong()).isEqualTo(1);
        assertThat(self.path("items").get(0).path("law").asText()).isEqualTo("公证法");
        assertThat(get("staff", BASE + "?sort=1;drop").statusCode()).isEqualTo(200);
        var page = login("staff").page("/supervision/law-enforcement-inspections?year=2029&sort=status&dir=desc");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("公证法").contains("自主开展");
    }
}
