package cn.renda.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The month view for every user and the ADMIN override form, through real HTTP sessions. */
class CalendarPageTests extends FullStackTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void monthViewShowsHolidaysAndMakeUpDaysWithNavigation() {
        HttpResponse<String> r = login("deputy").page("/calendar?month=2023-01");
        assertThat(r.statusCode()).isEqualTo(200);
        String html = r.body();
        assertThat(html).contains("2023年1月");
        assertThat(html).containsPattern("data-date=\"2023-01-23\"[^>]*>[\\s\\S]*?春节");
        assertThat(html).containsPattern("class=\"cal-holiday[^\"]*\"[^>]*data-date=\"2023-01-23\"");
        assertThat(html).containsPattern("class=\"cal-makeup[^\"]*\"[^>]*data-date=\"2023-01-28\"");
        assertThat(html).containsPattern("class=\"cal-weekend[^\"]*\"[^>]*data-date=\"2023-01-08\"");
        assertThat(html).contains("href=\"/calendar?month=2022-12\"", "href=\"/calendar?month=2023-02\"");
        assertThat(html).contains("本月工作日 18 天");
        // not an ADMIN: no link to the override form
        assertThat(html).doesNotContain("/calendar/overrides");
        assertThat(html).doesNotContain("id=\"no-national-data\"");
        assertThat(html).contains("id=\"notable-days\"").doesNotContain("本月没有节假日或调休。");
    }

    @Test
    void monthWithoutHolidaysShowsTheEmptyState() {
        String html = login("member").page("/calendar?month=2023-03").body();
        assertThat(html).contains("本月没有节假日或调休。", "本月工作日 23 天").doesNotContain("id=\"notable-days\"");
    }

    @Test
    void monthWithoutNationalDataSaysSo() {
        HttpResponse<String> r = login("staff").page("/calendar?month=2027-01&lang=en");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("January 2027", "id=\"no-national-data\"", "schedule for 2027 is not included");
    }

    @Test
    void navigationOffersTheCalendarToEveryone() {
        assertThat(login("unit").page("/").body()).contains("href=\"/calendar\"", "工作日、法定节假日与调休安排");
    }

    @Test
    void onlyAdminsSeeTheOverrideForm() {
        assertThat(login("staff").page("/calendar/overrides").statusCode()).isEqualTo(403);
        HttpResponse<String> r = login("admin").page("/calendar/overrides?date=2027-02-05");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("value=\"2027-02-05\"", "2019–2026");
    }

    @Test
    void adminAddsAndRemovesAnOverrideWithFlashMessages() {
        var admin = login("admin");
        HttpResponse<String> added = admin.formPost(
                "/calendar/overrides", "date=2027-02-05&workday=false&name=" + enc("春节"), "/calendar/overrides");
        try {
            assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
            assertThat(added.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/calendar/overrides"));
            String list = admin.page("/calendar/overrides").body();
            assertThat(list).contains("已添加 2027-02-05 的调整。", "data-date=\"2027-02-05\"", "data-confirm=");
            assertThat(list).doesNotContain("还没有本地调整");

            String month = admin.page("/calendar?month=2027-02").body();
            assertThat(month).containsPattern("class=\"cal-holiday[^\"]*\"[^>]*data-date=\"2027-02-05\"");
            assertThat(month).contains("本地调整");
            // another congress's month is untouched
            assertThat(login("hs-staff").page("/calendar?month=2027-02").body())
                    .containsPattern("class=\"cal-work[^\"]*\"[^>]*data-date=\"2027-02-05\"");
        } finally {
            HttpResponse<String> removed =
                    admin.formPost("/calendar/overrides/2027-02-05/delete", "x=1", "/calendar/overrides");
            assertThat(removed.statusCode()).isEqualTo(302);
        }
        assertThat(admin.page("/calendar/overrides").body()).contains("已删除 2027-02-05 的调整。", "还没有本地调整");
        HttpResponse<String> again =
                admin.formPost("/calendar/overrides/2027-02-05/delete", "x=1", "/calendar/overrides");
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(admin.page("/calendar/overrides").body()).contains("该调整已不存在。");
    }

    @Test
    void invalidOverrideFormShowsFieldErrors() {
        var admin = login("admin");
        HttpResponse<String> r = admin.formPost("/calendar/overrides", "date=&workday=&name=", "/calendar/overrides");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"date-error\"", "id=\"name-error\"", "is-invalid");

        // Saturday 2023-02-04 already is a day off
        r = admin.formPost(
                "/calendar/overrides", "date=2023-02-04&workday=false&name=" + enc("休息"), "/calendar/overrides");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("该日按现行安排已是休息日,无需调整");
    }

    @Test
    void nonAdminCannotPostOverrides() {
        var staff = login("staff");
        HttpResponse<String> r =
                staff.formPost("/calendar/overrides", "date=2027-03-01&workday=false&name=x", "/calendar");
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
