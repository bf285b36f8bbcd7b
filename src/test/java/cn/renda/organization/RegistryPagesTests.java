package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The registry pages render for signed-in users, filter on the server and show field errors. */
class RegistryPagesTests extends FullStackTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void registryIndexLinksEveryList() {
        HttpResponse<String> page = login("deputy").page("/registry");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("组织名册", "/registry/deputies", "/registry/linkages", "/registry/responsibilities");
    }

    @Test
    void unitListFiltersByTypeAndText() {
        var staff = login("staff");
        HttpResponse<String> courts = staff.page("/registry/units?type=COURT");
        assertThat(courts.statusCode()).isEqualTo(200);
        assertThat(courts.body()).contains("区人民法院").doesNotContain("区教育局");
        HttpResponse<String> search = staff.page("/registry/units?q=" + enc("水务"));
        assertThat(search.body()).contains("区水务和湖泊局").doesNotContain("区人民法院");
        HttpResponse<String> none = staff.page("/registry/units?q=" + enc("不存在的单位"));
        assertThat(none.body()).contains("没有符合条件的记录");
    }

    @Test
    void unitFormShowsFieldErrorOnBlankName() {
        var staff = login("staff");
        assertThat(staff.page("/registry/units/new").statusCode()).isEqualTo(200);
        HttpResponse<String> post =
                staff.formPost("/registry/units/new", "name=&type=DEPARTMENT", "/registry/units/new");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("is-invalid", "不能为空");
    }

    @Test
    void unitCreatedThroughTheFormRedirectsToItsPage() {
        var staff = login("staff");
        HttpResponse<String> post = staff.formPost(
                "/registry/units/new",
                "name=" + enc("页面测试单位") + "&type=OTHER&phone=13812345678",
                "/registry/units/new");
        assertThat(post.statusCode()).isEqualTo(302);
        String location = post.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> view = staff.page(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(view.body()).contains("页面测试单位", "138****5678").doesNotContain("13812345678");
    }

    @Test
    void unitWritesAreForbiddenToDeputies() {
        assertThat(login("deputy").page("/registry/units/new").statusCode()).isEqualTo(403);
    }

    @Test
    void everyListAndIndexPageRendersForStaff() {
        var staff = login("staff");
        var expectations = java.util.Map.of(
                "/registry/deputies", "人大代表",
                "/registry/stations", "代表阵地",
                "/registry/groups", "代表小组",
                "/registry/linkages", "双进双联",
                "/registry/responsibilities", "梁子湖流域",
                "/registry/people", "人员",
                "/registry/streets", "法泗街",
                "/registry/bodies", "主任会议");
        expectations.forEach((path, text) -> {
            HttpResponse<String> page = staff.page(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains(text);
        });
    }

    @Test
    void deputyListFiltersByLevelAndShowsMaskedPhones() {
        var staff = login("staff");
        HttpResponse<String> province = staff.page("/registry/deputies?level=PROVINCE");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.body()).contains("省人大代表").doesNotContain("<td>区人大代表</td>");
        assertThat(province.body()).containsPattern("1\\d{2}\\*{4}\\d{4}");
        HttpResponse<String> page2 = staff.page("/registry/deputies?page=1");
        assertThat(page2.body()).contains("第 2 / ");
    }

    @Test
    void stationListFiltersByTypeAndKind() {
        var staff = login("staff");
        HttpResponse<String> hubs = staff.page("/registry/stations?type=DEPUTY_STUDIO&kind=HUB");
        assertThat(hubs.body()).contains("枢纽型代表工作室").doesNotContain("功能型代表工作室</a>");
        HttpResponse<String> points = staff.page("/registry/stations?type=CONTACT_POINT");
        assertThat(points.body()).contains("民情民意联系点").doesNotContain("人大代表联络站</a>");
    }

    @Test
    void deputyViewsAndFormsRenderAndTheFormReportsFieldErrors() {
        var staff = login("staff");
        HttpResponse<String> list = staff.page("/registry/deputies?q=" + enc("刘春燕"));
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/registry/deputies/(\\d+)\"").matcher(list.body());
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        assertThat(staff.page("/registry/deputies/" + id).body()).contains("刘春燕", "法泗街");
        assertThat(staff.page("/registry/deputies/" + id + "/edit").body()).contains("name=\"name\"", "刘春燕");
        HttpResponse<String> post =
                staff.formPost("/registry/deputies/new", "name=&level=DISTRICT&term=-1", "/registry/deputies/new");
        assertThat(post.statusCode()).isEqualTo(200);
        assertThat(post.body()).contains("is-invalid", "不能为空", "须为正数");
        assertThat(staff.page("/registry/deputies/import").body()).contains("template.xlsx");
    }

    @Test
    void streetStaffSeeTheNewButtonForStationsAndOnlyTheirStreetInTheForm() {
        var street = login("street");
        assertThat(street.page("/registry/stations").body()).contains("/registry/stations/new");
        HttpResponse<String> form = street.page("/registry/stations/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(">法泗街<").doesNotContain(">纸坊街<");
        assertThat(street.page("/registry/units/new").statusCode()).isEqualTo(403);
    }

    @Test
    void staffLogAContactOnALinkageAndAVisitOnAResponsibility() {
        var staff = login("staff");
        HttpResponse<String> linkages = staff.page("/registry/linkages");
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("/registry/linkages/(\\d+)\"").matcher(linkages.body());
        assertThat(m.find()).isTrue();
        String linkage = "/registry/linkages/" + m.group(1);
        HttpResponse<String> blank =
                staff.formPost(linkage + "/contacts", "date=2023-05-01&channel=PHONE&summary=", linkage);
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("is-invalid");
        HttpResponse<String> logged = staff.formPost(
                linkage + "/contacts",
                "date=2023-05-02&channel=PHONE&voters=" + enc("选民 5 人") + "&summary=" + enc("页面测试联系记录"),
                linkage);
        assertThat(logged.statusCode()).isEqualTo(302);
        assertThat(staff.page(linkage).body()).contains("页面测试联系记录");

        HttpResponse<String> list = staff.page("/registry/responsibilities?type=RIVER_BASIN");
        m = java.util.regex.Pattern.compile("/registry/responsibilities/(\\d+)\"")
                .matcher(list.body());
        assertThat(m.find()).isTrue();
        String target = "/registry/responsibilities/" + m.group(1);
        HttpResponse<String> visit = staff.formPost(
                target + "/visits", "date=2023-06-01&summary=" + enc("页面测试走访") + "&problems=" + enc("岸线垃圾"), target);
        assertThat(visit.statusCode()).isEqualTo(302);
        assertThat(staff.page(target).body()).contains("页面测试走访", "岸线垃圾");
    }

    @Test
    void personPageShowsRoleHistoryAndAcceptsANewRole() {
        var staff = login("staff");
        HttpResponse<String> created = staff.formPost(
                "/registry/people/new", "name=" + enc("页面测试人员") + "&gender=MALE", "/registry/people/new");
        assertThat(created.statusCode()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        HttpResponse<String> missingBody = staff.formPost(path + "/roles", "kind=STAFF&validFrom=2023-01-01", path);
        assertThat(missingBody.statusCode()).isEqualTo(200);
        assertThat(missingBody.body()).contains("请选择一个机构");
        HttpResponse<String> bodies = staff.page("/registry/bodies?kind=COMMITTEE");
        assertThat(bodies.body()).contains("法制委员会");
    }
}
