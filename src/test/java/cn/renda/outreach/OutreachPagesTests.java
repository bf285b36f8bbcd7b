package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The outreach pages over the demo data: overview with coverage, themes and orders, activities, duty, training. */
class OutreachPagesTests extends OutreachSupport {

    @Test
    void overviewShowsTheYearsThemesAndEveryStreetsFigures() {
        String page = login("staff").page("/outreach").body();
        assertThat(page).contains("汤逊湖组团规划").contains("赏荷采莲节").contains("id=\"coverage\"");
        assertThat(page.split("/outreach/activities\\?street=").length - 1).isEqualTo(13);
        assertThat(login("deputy").page("/outreach").body()).contains("id=\"my-qr\"");
    }

    @Test
    void streetPublishesItsOwnThemeAndAGroupOrdersIt() {
        Session street = login("street");
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        HttpResponse<String> published = street.formPost(
                "/outreach/themes/new",
                "title=" + enc("稻虾共作推广") + "&guidance=" + enc("走访种养大户") + "&year=" + year + "&quarter=4",
                "/outreach/themes/new");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(302);
        String location = published.headers().firstValue("Location").orElseThrow();
        long theme = Long.parseLong(find(location, "/outreach/themes/(\\d+)"));
        String page = street.page("/outreach/themes/" + theme).body();
        assertThat(page).contains("稻虾共作推广").contains("法泗街");
        long group = Long.parseLong(find(page, "<option value=\"(\\d+)\">法泗街"));
        HttpResponse<String> ordered = street.formPost(
                "/outreach/themes/" + theme + "/orders",
                "groupId=" + group + "&plannedActivities=2&plan=" + enc("两次入户走访"),
                "/outreach/themes/" + theme);
        assertThat(ordered.statusCode()).isEqualTo(302);
        assertThat(street.page("/outreach/themes/" + theme).body())
                .contains("两次入户走访")
                .contains("已开展0次，计划2次");
        // a second order of the same group is refused with a message, not a duplicate
        street.formPost(
                "/outreach/themes/" + theme + "/orders",
                "groupId=" + group + "&plannedActivities=1",
                "/outreach/themes/" + theme);
        assertThat(street.page("/outreach/themes/" + theme).body().split("两次入户走访").length - 1)
                .isEqualTo(1);
    }

    @Test
    void activitiesDutyAndTrainingPagesShowTheDemoRecords() {
        Session staff = login("staff");
        String activities = staff.page("/outreach/activities").body();
        assertThat(activities).contains("主题活动").contains("接触选民");
        String duty = staff.page("/outreach/duty").body();
        assertThat(duty).contains("代表工作室").contains("接待选民");
        String training = staff.page("/outreach/training").body();
        assertThat(training).contains("人大知识专题讲座").contains("考察学习");
        assertThat(login("unit").page("/outreach").statusCode()).isEqualTo(403);
    }
}
