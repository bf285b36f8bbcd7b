package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The supervision work pages render the demo records, name people and meetings, and show field errors. */
class SupervisionWorkPageTests extends SupervisionWorkTestSupport {

    @Test
    void everySupervisionWorkPageRendersTheDemoRecordsWithoutRawCodes() {
        var staff = login("staff");
        assertThat(staff.page("/supervision").body())
                .contains("年度监督工作计划")
                .contains("执法检查")
                .contains("调研专报");
        long plan = ok(get("staff", "/api/v1/supervision/plans/year/2023"), 200)
                .path("id")
                .asLong();
        var planPage = staff.page("/supervision/plans/" + plan);
        assertThat(planPage.statusCode()).isEqualTo(200);
        assertThat(planPage.body())
                .contains("已公布")
                .contains("/meetings/")
                .contains("跟踪监督")
                .doesNotContain(">SPECIAL_WORK_REPORT<")
                .doesNotContain(">FOLLOW_UP<");

        JsonNode joint = ok(
                        get(
                                "staff",
                                "/api/v1/supervision/law-enforcement-inspections?year=2023&mode=CITY_JOINT&sort=law"),
                        200)
                .path("items");
        long wetland = -1;
        for (JsonNode e : joint) {
            if ("湿地保护法".equals(e.path("law").asText())) {
                wetland = e.path("id").asLong();
            }
        }
        var enforcement = staff.page("/supervision/law-enforcement-inspections/" + wetland);
        assertThat(enforcement.statusCode()).isEqualTo(200);
        assertThat(enforcement.body())
                .contains("《湿地保护法》执法检查")
                .contains("市区联动")
                .contains("武人常办〔2023〕5号")
                .contains("结果已公开")
                .contains("发放 300 份,回收 268 份")
                .contains("整改〔")
                .doesNotContain(">CITY_JOINT<");
        assertThat(anonymous()
                        .page("/public/law-enforcement-inspections/" + wetland)
                        .statusCode())
                .isEqualTo(200);

        assertThat(staff.page("/supervision/law-enforcement-inspections?year=2023")
                        .body())
                .contains("武汉市物业管理条例")
                .contains("自主开展");
        assertThat(staff.page("/supervision/inspections?year=2023&kind=DIRECTORS_RESEARCH")
                        .body())
                .contains("主任会议调研")
                .doesNotContain(">DIRECTORS_RESEARCH<");
        assertThat(staff.page("/supervision/surveys?year=2023").body())
                .contains("优化营商环境社情民意调查")
                .contains("受访 520 人");
        assertThat(staff.page("/supervision/research-reports?year=2023").body()).contains("本年度制发调研专报 5 期,3 期获领导批示");
        assertThat(login("member").page("/supervision/inspections").statusCode())
                .isEqualTo(200);
        assertThat(login("unit").page("/supervision/inspections").statusCode()).isEqualTo(403);
    }

    @Test
    void peopleUnitsAndOpinionsArePickedByNameAsYouTypeNotFromSelects() {
        var staff = login("staff");
        JsonNode attendance = ok(
                        get(
                                "staff",
                                "/api/v1/meetings/"
                                        + meetings2023("SC_MEETING")
                                                .get(0)
                                                .path("id")
                                                .asLong()),
                        200)
                .path("attendance");
        String name = attendance.get(0).path("name").asText();
        long personId = attendance.get(0).path("personId").asLong();

        String newInspection = staff.page("/supervision/inspections/new").body();
        assertThat(newInspection)
                .contains("data-picker")
                .contains("/supervision/inspections/new?pick=leaderPersonId")
                .contains("/supervision/inspections/new?pick=teamIds")
                .doesNotContain("name=\"leaderPersonId\" class=\"form-select\"")
                .doesNotContain("work-checklist");
        String options = staff.page("/supervision/inspections/new?pick=teamIds&q=" + enc(name))
                .body();
        assertThat(options).contains(name).contains("type=\"checkbox\"").contains("value=\"" + personId + "\"");
        assertThat(staff.page("/supervision/inspections/new?pick=leaderPersonId&q=" + enc(name))
                        .body())
                .contains("type=\"radio\"");
        assertThat(staff.page("/supervision/inspections/new?pick=password&q=a").statusCode())
                .isEqualTo(404);
        assertThat(login("member")
                        .page("/supervision/inspections/new?pick=teamIds&q=" + enc(name))
                        .statusCode())
                .isEqualTo(403);

        String unitOptions = staff.page("/supervision/law-enforcement-inspections/new?pick=leadUnitId&q=" + enc("住房"))
                .body();
        assertThat(unitOptions).contains("区住房和城市更新局");
        long plan = ok(get("staff", "/api/v1/supervision/plans/year/2023"), 200)
                .path("id")
                .asLong();
        assertThat(staff.page("/supervision/plans/" + plan).body())
                .contains("/supervision/plans/" + plan + "?pick=participantIds");
        assertThat(staff.page("/supervision/evaluations").body()).contains("/supervision/evaluations?pick=caseId");
    }

    @Test
    void planReportAndSurveyListsArePagedSortableAndSearchable() {
        var staff = login("staff");
        assertThat(staff.page("/supervision/plans?q=2023").body())
                .contains("江夏区人大常委会2023年度监督工作计划")
                .contains("sort=title");
        assertThat(staff.page("/supervision/plans?q=没有这样的计划").body()).contains("没有符合条件的记录");
        assertThat(staff.page("/supervision/plans?sort=title&dir=desc").statusCode())
                .isEqualTo(200);
        JsonNode plans = ok(get("staff", "/api/v1/supervision/plans?q=2023"), 200);
        assertThat(plans.path("total").asLong()).isEqualTo(1);
        assertThat(plans.path("items").get(0).path("year").asInt()).isEqualTo(2023);

        JsonNode reports =
                ok(get("staff", "/api/v1/supervision/research-reports?year=2023&size=2&sort=issueNo&dir=desc"), 200);
        assertThat(reports.path("total").asLong()).isEqualTo(5);
        assertThat(reports.path("items")).hasSize(2);
        assertThat(reports.path("items").get(0).path("issueNo").asInt())
                .isGreaterThan(reports.path("items").get(1).path("issueNo").asInt());
        String first = reports.path("items").get(0).path("title").asText();
        JsonNode found = ok(
                get(
                        "staff",
                        "/api/v1/supervision/research-reports?year=2023&q="
                                + java.net.URLEncoder.encode(first, java.nio.charset.StandardCharsets.UTF_8)),
                200);
        assertThat(found.path("items").get(0).path("title").asText()).isEqualTo(first);
        // a sort key outside the whitelist falls back to the default order, never reaching SQL
        assertThat(get("staff", "/api/v1/supervision/research-reports?year=2023&sort=title;drop")
                        .statusCode())
                .isEqualTo(200);
        assertThat(staff.page("/supervision/research-reports?year=2023&q=没有这样的专报")
                        .body())
                .contains("没有符合条件的记录")
                .contains("本年度制发调研专报 5 期,3 期获领导批示");
        assertThat(staff.page("/supervision/surveys?year=2023&q=营商").body()).contains("优化营商环境社情民意调查");
        assertThat(staff.page("/supervision/surveys?year=2023&q=没有这样的调查").body())
                .doesNotContain("优化营商环境社情民意调查")
                .contains("没有符合条件的记录");
    }

    @Test
    void aJointInspectionWithoutTheCitysReferenceIsRefusedOnThePageAndNothingIsWritten() {
        var staff = login("staff");
        String form = "/supervision/law-enforcement-inspections/new";
        assertThat(staff.page(form).body()).contains("市人大常委会文号").contains("组成人员");
        long before = ok(get("staff", "/api/v1/supervision/law-enforcement-inspections?year=2028"), 200)
                .path("total")
                .asLong();
        var refused = staff.formPost(
                form, "law=" + enc("武汉市养犬管理条例") + "&mode=CITY_JOINT&cityReference=&startsOn=2028-03-01", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("is-invalid").contains("市区联动请填写市人大常委会文号");
        assertThat(ok(get("staff", "/api/v1/supervision/law-enforcement-inspections?year=2028"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(before);
        var created = staff.formPost(
                form,
                "law=" + enc("武汉市养犬管理条例") + "&mode=CITY_JOINT&cityReference=" + enc("武人常办〔2028〕1号")
                        + "&startsOn=2028-03-01",
                form);
        assertThat(created.statusCode()).isEqualTo(302);
    }
}
