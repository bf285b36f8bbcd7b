package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** 督有效 over the demo year: tracking, year-end evaluation, handling report page and Excel. */
class SuggestionReportsTests extends FullStackTest {

    int year() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
    }

    @Test
    void handlingReportIsGeneratedFromTheDataAsPageAndExcel() {
        Session staff = login("staff");
        String page = staff.page("/suggestions/reports/handling?year=" + year()).body();
        assertThat(page).contains("代表建议办理情况报告", "代表共提出议案建议", "A类", "满意率", "data-unit-row");
        HttpResponse<byte[]> xlsx;
        try {
            xlsx = java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri("/suggestions/reports/handling.xlsx?year=" + year()))
                                    .header("Authorization", basic("staff", DEMO_PASSWORD))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(new String(xlsx.body(), 0, 2)).isEqualTo("PK");
    }

    @Test
    void unitsAreScoredAndRankedAtYearEnd() {
        String page = login("staff")
                .page("/suggestions/reports/evaluation?year=" + year())
                .body();
        assertThat(page).contains("承办单位办理工作考评", "区住房和城市更新局", "data-unit-row");
    }

    @Test
    void keySuggestionsAreTrackedEveryTwoMonths() {
        String page = login("leader").page("/suggestions/reports/tracking").body();
        assertThat(page).contains("重点建议双月跟踪", "data-tracking", "重点建议");
    }

    @Test
    void deputiesDoNotSeeTheReports() {
        assertThat(login("deputy").page("/suggestions/reports/handling").statusCode())
                .isEqualTo(403);
    }
}
