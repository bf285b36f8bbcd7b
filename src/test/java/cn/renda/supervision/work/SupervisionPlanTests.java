package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The annual supervision plan: items with people and a heard meeting item, adoption, publication, phases. */
class SupervisionPlanTests extends SupervisionWorkTestSupport {

    @Test
    void aPlanIsBuiltAdoptedByADirectorsMeetingPublishedAndItsItemsMoveThroughTheirPhases() {
        List<Long> members = members();
        long directors = meetings2023("DIRECTORS_MEETING").get(0).path("id").asLong();
        long report = scItem("SPECIAL_WORK_REPORT");

        JsonNode plan = ok(
                api("staff", "POST", "/api/v1/supervision/plans", "{\"year\":2031,\"title\":\"2031年度监督工作计划\"}"), 201);
        long planId = plan.path("id").asLong();
        assertThat(api("staff", "POST", "/api/v1/supervision/plans", "{\"year\":2031,\"title\":\"又一个\"}")
                        .statusCode())
                .isEqualTo(400);

        JsonNode withItem = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/plans/" + planId + "/items",
                        "{\"form\":\"SPECIAL_WORK_REPORT\",\"title\":\"听取审议区政府优化营商环境工作情况的报告\",\"leaderPersonId\":"
                                + members.get(0) + ",\"participantIds\":[" + members.get(1) + "," + members.get(2)
                                + "],\"startsOn\":\"2031-03-01\",\"endsOn\":\"2031-06-30\",\"heardItemId\":" + report
                                + "}"),
                201);
        JsonNode item = withItem.path("items").get(0);
        assertThat(item.path("leaderName").asText()).isNotBlank();
        assertThat(item.path("participantNames")).hasSize(2);
        assertThat(item.path("heardAt").path("id").asLong()).isEqualTo(report);
        assertThat(item.path("phase").asText()).isEqualTo("PLANNED");

        // Publication needs the directors' meeting first; a SC meeting does not adopt a plan.
        assertThat(api("staff", "POST", "/api/v1/supervision/plans/" + planId + "/publication", null)
                        .statusCode())
                .isEqualTo(409);
        long scMeeting = meetings2023("SC_MEETING").get(0).path("id").asLong();
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/plans/" + planId + "/adoption",
                                "{\"meetingId\":" + scMeeting + "}")
                        .statusCode())
                .isEqualTo(400);
        JsonNode adopted = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/plans/" + planId + "/adoption",
                        "{\"meetingId\":" + directors + "}"),
                200);
        assertThat(adopted.path("adoptedBy").path("id").asLong()).isEqualTo(directors);
        ok(api("staff", "POST", "/api/v1/supervision/plans/" + planId + "/publication", null), 200);

        long itemId = item.path("id").asLong();
        assertThat(api("staff", "POST", "/api/v1/supervision/plans/items/" + itemId + "/phase", "{\"phase\":\"DONE\"}")
                        .statusCode())
                .isEqualTo(409);
        assertThat(ok(
                                api(
                                        "staff",
                                        "POST",
                                        "/api/v1/supervision/plans/items/" + itemId + "/phase",
                                        "{\"phase\":\"UNDER_WAY\"}"),
                                200)
                        .path("phase")
                        .asText())
                .isEqualTo("UNDER_WAY");

        var page = anonymous().page("/public/supervision-plan/2031");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("2031年度监督工作计划")
                .contains("听取审议区政府优化营商环境工作情况的报告")
                .contains("正在开展")
                .contains("主任会议");
    }

    @Test
    void anItemWithBadInputIsRefusedFieldByFieldAndNothingIsWritten() {
        long planId = ok(
                        api("staff", "POST", "/api/v1/supervision/plans", "{\"year\":2032,\"title\":\"2032年度监督工作计划\"}"),
                        201)
                .path("id")
                .asLong();
        var bad = api(
                "staff",
                "POST",
                "/api/v1/supervision/plans/" + planId + "/items",
                "{\"form\":\"INSPECTION\",\"title\":\"视察\",\"participantIds\":[999999999],\"startsOn\":\"2032-05-01\","
                        + "\"endsOn\":\"2032-04-01\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(bad.body()).contains("endsOn");
        var unknownPerson = api(
                "staff",
                "POST",
                "/api/v1/supervision/plans/" + planId + "/items",
                "{\"form\":\"INSPECTION\",\"title\":\"视察\",\"participantIds\":[999999999],\"startsOn\":\"2032-05-01\","
                        + "\"endsOn\":\"2032-06-01\"}");
        assertThat(unknownPerson.statusCode()).isEqualTo(400);
        assertThat(unknownPerson.body()).contains("participantIds");
        assertThat(ok(get("staff", "/api/v1/supervision/plans/" + planId), 200).path("items"))
                .isEmpty();
        assertThat(get("unit", "/api/v1/supervision/plans/" + planId).statusCode())
                .isEqualTo(403);
        assertThat(anonymous().page("/public/supervision-plan/2032").statusCode())
                .isEqualTo(404);
    }

    @Test
    void staffAddAPlanItemOnThePagePickingPeopleByName() {
        var staff = login("staff");
        var created =
                staff.formPost("/supervision/plans", "year=2033&title=" + enc("2033年度监督工作计划"), "/supervision/plans");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/supervision/plans/"));
        var page = staff.page(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("新增计划项目").contains("参加人员").doesNotContain("participantIds\" type=\"text");

        var invalid =
                staff.formPost(path + "/items", "form=INSPECTION&title=&startsOn=2033-01-01&endsOn=2033-02-01", path);
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("is-invalid");

        long member = members().get(3);
        var ok = staff.formPost(
                path + "/items",
                "form=INSPECTION&title=" + enc("乡村振兴专题视察") + "&participantIds=" + member
                        + "&startsOn=2033-04-01&endsOn=2033-04-30",
                path);
        assertThat(ok.statusCode()).isEqualTo(302);
        var after = staff.page(path);
        assertThat(after.body()).contains("乡村振兴专题视察").contains("视察调研").contains("计划中");
    }
}
