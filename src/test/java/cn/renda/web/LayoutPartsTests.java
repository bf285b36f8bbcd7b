package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layout's fixed parts and the menu are rendered once and reused (LayoutParts, ShellModelAdvice.menuHtml): each
 * language still gets its own texts, the current section is still the one marked, and the parts that differ per
 * request (the CSRF token, the user's name) are still the request's own.
 */
class LayoutPartsTests extends FullStackTest {

    private static final Pattern ACTIVE = Pattern.compile("<a class=\"nav-link active\" href=\"([^\"]+)\"");

    private static String active(String html) {
        Matcher m = ACTIVE.matcher(html);
        assertThat(m.find()).as("an active menu entry").isTrue();
        return m.group(1);
    }

    @Test
    void eachLanguageGetsItsOwnFixedPartsAndTheCurrentSectionIsMarked() {
        Session staff = login("staff");
        String zh = staff.page("/cases").body();
        assertThat(zh)
                .contains("跳到正文", "href=\"/css/renda.css\"", "href=\"/account/password\"", "人大履职与监督平台 · Renda")
                .containsPattern("src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\"");
        assertThat(active(zh)).isEqualTo("/cases");

        String en = staff.page("/todo?lang=en").body();
        assertThat(en).contains("Skip to content").doesNotContain("跳到正文");
        assertThat(active(en)).isEqualTo("/todo");
        // the same menu again in the first language: the cached Chinese menu, with /cases active once more
        String zhAgain = staff.page("/cases?lang=zh_CN").body();
        assertThat(active(zhAgain)).isEqualTo("/cases");
        assertThat(zhAgain).contains("跳到正文");
    }

    @Test
    void theTokenAndTheUserAreEachRequestsOwnAndTheLogoutFormStillWorks() {
        Session staff = login("staff");
        String first = staff.page("/cases").body();
        String second = staff.page("/cases").body();
        // a fresh random mask on every page (BREACH), from the per-thread generators
        assertThat(csrf(first)).isNotEqualTo(csrf(second));
        assertThat(first).contains("id=\"userMenu\"");
        // the masked token is accepted (a refused one answers 403) and the session ends (a client that does not ask
        // for HTML gets 204 instead of the redirect to the login page)
        var out = staff.formPost("/logout", "x=1", "/cases");
        assertThat(out.statusCode()).isIn(204, 302);
        var after = staff.page("/cases");
        assertThat(after.statusCode()).isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }
}
