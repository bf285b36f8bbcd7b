package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The suggestion pages as deputy, office and unit, over the demo data. */
class SuggestionPagesTests extends FullStackTest {

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void deputySavesADraftAndSubmitsItFromThePhoneForm() {
        Session deputy = login("deputy");
        HttpResponse<String> form = deputy.page("/suggestions/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("保存草稿", "提出依据", "hx-get");
        HttpResponse<String> saved = deputy.formPost(
                "/suggestions/new",
                "type=SUGGESTION&title=" + enc("关于法泗街道增设公交站点的建议") + "&content=" + enc("法泗街道村民到公交站要走两公里。")
                        + "&intent=save",
                "/suggestions/new");
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("/suggestions/(\\d+)").matcher(location);
        assertThat(m.find()).isTrue();
        String page = deputy.page("/suggestions/" + m.group(1)).body();
        assertThat(page).contains("关于法泗街道增设公交站点的建议", "草稿");
        HttpResponse<String> submitted =
                deputy.formPost("/suggestions/" + m.group(1) + "/submit", "", "/suggestions/" + m.group(1));
        assertThat(submitted.statusCode()).isEqualTo(302);
        assertThat(deputy.page("/suggestions/" + m.group(1)).body()).contains("已提交待审查");
        assertThat(deputy.page("/suggestions").body()).contains("我的议案建议", "关于法泗街道增设公交站点的建议");
    }

    @Test
    void similarCasesAppearWhileTyping() {
        String fragment = login("deputy")
                .page("/suggestions/similar?text=" + enc("汤逊湖 排污口 蓝藻 水质"))
                .body();
        assertThat(fragment).contains("相似的议案建议", "汤逊湖", "data-similar");
    }

    @Test
    void officeSeesSimilarCasesAndLikelyUnitsWhenAssigning() {
        Session staff = login("staff");
        String list = staff.page("/suggestions?state=REGISTERED").body();
        assertThat(list).contains("议案建议办理", "待交办");
        Matcher m = Pattern.compile("href=\"/suggestions/(\\d+)\"").matcher(list);
        assertThat(m.find()).isTrue();
        String page = staff.page("/suggestions/" + m.group(1)).body();
        assertThat(page).contains("相似的议案建议", "推荐主办单位", "data-routing", "交办");
    }

    @Test
    void searchPageFindsDemoSuggestionsAndLinksToThem() {
        Session staff = login("staff");
        String page = staff.page("/search?q=" + enc("汤逊湖 蓝藻")).body();
        assertThat(page).contains("data-hit", "/suggestions/case/", "<mark>");
        Matcher m = Pattern.compile("href=\"(/suggestions/case/\\d+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        HttpResponse<String> redirect = staff.page(m.group(1));
        assertThat(redirect.statusCode()).isEqualTo(302);
        assertThat(redirect.headers().firstValue("Location").orElseThrow()).matches(".*/suggestions/\\d+$");
    }

    @Test
    void unitOfficerSeesTheUnitsCasesAndTheContactFormOnAnAcceptedOne() {
        Session unit = login("unit");
        String list = unit.page("/suggestions").body();
        assertThat(list).contains("本单位承办的建议", "data-unit-case");
        String accepted = get("unit", "/api/v1/cases?kind=SUGGESTION&state=ACCEPTED&size=1")
                .body();
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(accepted);
        assertThat(m.find()).as("an accepted case of the unit: " + accepted).isTrue();
        String location = unit.page("/suggestions/case/" + m.group(1))
                .headers()
                .firstValue("Location")
                .orElseThrow();
        String page = unit.page(location.replaceAll("^https?://[^/]+", "")).body();
        assertThat(page).contains("与代表联系沟通", "登记联系情况", "报送进展");
    }
}
