package cn.renda.supervision.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The special inquiry pages: the demo inquiry's closure rate, field errors on the forms, the htmx problem list. */
class SpecialInquiryPageTests extends FullStackTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void theDemoInquiryShowsItsClosureRateAboveTheThresholdAndItsCategories() {
        var staff = login("staff");
        String list =
                staff.page("/supervision/inquiries?sort=inquiryDate&dir=asc").body();
        assertThat(list).contains(InquiryDemoData.TITLE).contains("已销号 56/89");
        // the link whose card carries the demo title (other tests add inquiries to the shared database)
        Matcher m = Pattern.compile("href=\"/supervision/inquiries/(\\d+)\">\\s*<div[^>]*>\\s*<strong>"
                        + Pattern.quote(InquiryDemoData.TITLE))
                .matcher(list);
        assertThat(m.find()).as("a link to the demo inquiry").isTrue();
        String id = m.group(1);
        String overview = staff.page("/supervision/inquiries/" + id).body();
        assertThat(overview)
                .contains("id=\"closure-rate\">62%")
                .contains("已达到门槛")
                .contains("审批服务")
                .contains("7 个调研组")
                .doesNotContain("closure-warning");
        HttpResponse<String> partial = staff.page("/supervision/inquiries/" + id + "/problems?state=CLOSED_OUT");
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.body()).contains("已销号");
        assertThat(login("unit").page("/supervision/inquiries").statusCode()).isEqualTo(403);
    }

    @Test
    void badInputOnTheFormsIsAFieldErrorAndWritesNothing() {
        var staff = login("staff");
        var empty = staff.formPost(
                "/supervision/inquiries/new",
                "title=&inquiryDate=&thresholdPercent=160&warningDays=14",
                "/supervision/inquiries/new");
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("is-invalid").contains("不能为空");
        var created = staff.formPost(
                "/supervision/inquiries/new",
                "title=" + enc("关于园区配套的专题询问") + "&inquiryDate=2027-10-10&thresholdPercent=60&warningDays=14",
                "/supervision/inquiries/new");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        String path = location.substring(location.indexOf("/supervision/"));
        var badUnit = staff.formPost(
                path + "/problems",
                "category=" + enc("配套") + "&sourceKind=STREET&sourceObject=" + enc("纸坊街") + "&description="
                        + enc("排水不畅") + "&unitIds=999999999",
                path + "/problems");
        assertThat(badUnit.statusCode()).isEqualTo(200);
        assertThat(badUnit.body()).contains("的承办单位").contains("unitIds-field");
        var noUnit = staff.formPost(
                path + "/problems",
                "category=" + enc("配套") + "&sourceKind=STREET&sourceObject=" + enc("纸坊街") + "&description="
                        + enc("排水不畅"),
                path + "/problems");
        assertThat(noUnit.statusCode()).isEqualTo(200);
        assertThat(noUnit.body()).contains("invalid-feedback d-block").contains("不能为空");
        assertThat(staff.page(path + "/problems?pick=unitIds&q=" + enc("住房")).body())
                .contains("区住房和城市更新局")
                .contains("name=\"unitIds\"");
        assertThat(staff.page(path + "/problems").body()).contains("问题清单是空的");
        var htmx = staff.htmxPost(path + "/teams", "name=", path + "/research");
        assertThat(htmx.body()).contains("is-invalid");
        // a team's leader and members are SC members picked by name
        assertThat(staff.page(path + "/research").body())
                .contains("/research?pick=leaderPersonId")
                .contains("/research?pick=teamIds");
    }

    /** The inquiry's id from an API answer ({"id":…}). */
    private static long idOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Long.parseLong(created.body().replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    @Test
    void eachQuestionPicksItsAnsweringUnitByNameAndARefusedRecordMarksOnlyThatPicker() {
        String base = "/api/v1/supervision/inquiries";
        long id = idOf(api(
                "staff",
                "POST",
                base,
                "{\"title\":\"关于应询部门选择的专题询问\",\"inquiryDate\":\"2027-09-30\",\"thresholdPercent\":60,"
                        + "\"warningDays\":14}"));
        idOf(api(
                "staff",
                "POST",
                base + "/" + id + "/problems",
                "{\"category\":\"配套\",\"sourceKind\":\"STREET\",\"sourceObject\":\"纸坊街\",\"description\":\"排水不畅\","
                        + "\"unitNames\":[\"区住房和城市更新局\"]}"));
        assertThat(api("staff", "POST", base + "/" + id + "/handover", null).statusCode())
                .isEqualTo(200);
        long q1 = idOf(api("staff", "POST", base + "/" + id + "/questions", "{\"question\":\"排水何时改造?\"}"));
        long q2 = idOf(api("staff", "POST", base + "/" + id + "/questions", "{\"question\":\"资金从哪里来?\"}"));
        String path = "/supervision/inquiries/" + id;

        var staff = login("staff");
        String page = staff.page(path).body();
        // one picker per question, asking this page for units; no list of unit names to type from
        assertThat(page)
                .contains("id=\"answerUnitId-" + q1 + "-search\"")
                .contains("id=\"answerUnitId-" + q2 + "-search\"")
                .contains("?pick=answerUnitId&amp;key=answerUnitId-" + q2)
                .doesNotContain("<datalist")
                .doesNotContain("name=\"answerUnitName\"");
        String options = staff.page(path + "?pick=answerUnitId&key=answerUnitId-" + q2 + "&q=" + enc("交通"))
                .body();
        assertThat(options)
                .contains("区交通运输局")
                .contains("name=\"answerUnitId\"")
                .contains("type=\"radio\"")
                .containsPattern("id=\"answerUnitId-" + q2 + "-\\d+-o\"");
        assertThat(staff.page(path + "?pick=answerUnitId&key=other-" + q2 + "&q=x")
                        .statusCode())
                .as("a key that is not the field's")
                .isEqualTo(404);
        Matcher unit = Pattern.compile("value=\"(\\d+)\"(?:(?!value=).)*?区交通运输局", Pattern.DOTALL)
                .matcher(options);
        assertThat(unit.find()).isTrue();

        // an unknown unit: a field error on the second question's picker only, and nothing recorded
        var refused = staff.formPost(
                path + "/questions/" + q2,
                "askerKind=DEPUTY&askerName=" + enc("刘春燕") + "&answerUnitId=999999999&evaluation=SATISFIED",
                path);
        assertThat(refused.statusCode()).isEqualTo(200);
        String body = refused.body();
        assertThat(body)
                .contains("id=\"answerUnitId-" + q2 + "-error\"")
                .containsPattern("id=\"answerUnitId-" + q2 + "-search\"[^>]*aria-invalid=\"true\"")
                .doesNotContain("id=\"answerUnitId-" + q1 + "-error\"")
                .contains("所选单位已不在本届单位名录中")
                .contains("value=\"刘春燕\"");
        assertThat(get("staff", base + "/" + id + "/questions").body()).doesNotContain("刘春燕");

        // the picked unit is recorded, evaluated, and shown chosen when the page opens again
        var recorded = staff.formPost(
                path + "/questions/" + q2,
                "askerKind=DEPUTY&askerName=" + enc("刘春燕") + "&answerUnitId=" + unit.group(1) + "&evaluation=SATISFIED",
                path);
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(get("staff", base + "/" + id + "/questions").body()).contains("\"answerUnitName\":\"区交通运输局\"");
        assertThat(staff.page(path).body()).contains("id=\"answerUnitId-" + q2 + "-" + unit.group(1) + "-c\"");
    }
}
