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
    }
}
