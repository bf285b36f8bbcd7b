package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The case page's blank action forms are kept as HTML per case version and language (BlankActionForms), yet every
 * page carries its own CSRF token in them, and a refused form comes back with the user's input beside blank ones.
 */
class BlankActionFormsTests extends HandlingTestSupport {

    private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String form(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as("form " + id).isGreaterThanOrEqualTo(0);
        int start = page.lastIndexOf("<form", at);
        return page.substring(start, page.indexOf("</form>", start) + "</form>".length());
    }

    private static String token(String form) {
        Matcher m = TOKEN.matcher(form);
        assertThat(m.find()).as("a CSRF field in " + form).isTrue();
        return m.group(1);
    }

    @Test
    void aKeptBlankFormCarriesEachPagesOwnTokenAndThatTokenIsAccepted() throws Exception {
        long id = createOpinion(today(), true, false).get("id").asLong();
        var unit = login("h-unit1");
        String first = form(unit.page("/cases/" + id).body(), "action-accept");
        String second = form(unit.page("/cases/" + id).body(), "action-accept");
        String t1 = token(first);
        String t2 = token(second);
        assertThat(t1).as("a fresh mask per page").isNotEqualTo(t2);
        assertThat(first.replace(t1, "T"))
                .as("the rest of the form is the same HTML")
                .isEqualTo(second.replace(t2, "T"));
        long version = caseJson(id).get("version").asLong();
        assertThat(first).contains("name=\"version\" value=\"" + version + "\"").contains("/actions/accept");

        var posted = unit.send(HttpRequest.newBuilder(uri("/cases/" + id + "/actions/accept"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("version=" + version + "&_csrf=" + t2))
                .build());
        assertThat(posted.statusCode()).as("the form's own token is accepted").isEqualTo(302);
        assertThat(caseJson(id).get("version").asLong()).isGreaterThan(version);
        assertThat(unit.page("/cases/" + id).body())
                .as("the kept form of the old version is not shown for the new one")
                .doesNotContain("id=\"action-accept\"");
    }

    @Test
    void aRefusedFormKeepsTheUsersEscapedInputWhileTheOthersStayBlankInEitherLanguage() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        var staff = login("staff");
        long version = caseJson(id).get("version").asLong();
        var refused = staff.formPost(
                "/cases/" + id + "/actions/extend",
                "version=" + version + "&extensionAmount=999&reason="
                        + URLEncoder.encode("<i>多部门</i>", StandardCharsets.UTF_8),
                "/cases/" + id);
        assertThat(refused.statusCode()).isEqualTo(200);
        String extend = form(refused.body(), "action-extend");
        assertThat(extend)
                .contains("value=\"999\"")
                .contains("is-invalid")
                .contains("id=\"extend-extensionAmount-error\"")
                .contains("&lt;i&gt;多部门&lt;/i&gt;</textarea>")
                .doesNotContain("<i>");
        String pause = form(refused.body(), "action-pause");
        assertThat(pause).contains("name=\"reason\"></textarea>").doesNotContain("is-invalid");
        assertThat(token(pause)).isEqualTo(token(extend));
        assertThat(caseJson(id).get("version").asLong()).as("nothing written").isEqualTo(version);

        staff.page("/?lang=en");
        String english = staff.page("/cases/" + id).body();
        assertThat(form(english, "action-extend")).contains(">Extend</button>").doesNotContain("延期");
        staff.page("/?lang=zh-CN");
        assertThat(form(staff.page("/cases/" + id).body(), "action-extend")).contains(">延期</button>");
    }
}
