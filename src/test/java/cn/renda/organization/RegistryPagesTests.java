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
}
