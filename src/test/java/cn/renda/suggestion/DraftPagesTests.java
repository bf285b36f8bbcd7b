package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A deputy's drafts on the pages: a refused submission saves nothing (and a second try adds nothing), a draft
 * never submitted can be deleted, co-signers are found by name or pinyin initials and shown by name.
 */
class DraftPagesTests extends FullStackTest {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static int count(String page, String text) {
        return page.split(Pattern.quote(text), -1).length - 1;
    }

    @Test
    void aRefusedSubmissionSavesNothingAndASecondTryDoesNotDuplicate() {
        Session deputy = login("deputy");
        String title = "关于试行无人机巡河的议案" + System.nanoTime();
        // a motion without co-signers is refused (it needs ten deputies)
        String body = "type=MOTION&title=" + enc(title) + "&content=" + enc("巡河需要新手段。") + "&intent=submit";
        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> refused = deputy.formPost("/suggestions/new", body, "/suggestions/new");
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("id=\"not-saved\"").contains(title);
        }
        assertThat(count(deputy.page("/suggestions").body(), title)).isZero();
    }

    @Test
    void aDraftNeverSubmittedCanBeDeletedButASubmittedOneCannot() {
        Session deputy = login("deputy");
        String title = "关于增设社区食堂的建议" + System.nanoTime();
        HttpResponse<String> saved = deputy.formPost(
                "/suggestions/new",
                "type=SUGGESTION&title=" + enc(title) + "&content=" + enc("老人吃饭难。") + "&intent=save",
                "/suggestions/new");
        assertThat(saved.statusCode()).isEqualTo(302);
        Matcher m = Pattern.compile("/suggestions/(\\d+)")
                .matcher(saved.headers().firstValue("Location").orElseThrow());
        assertThat(m.find()).isTrue();
        String path = "/suggestions/" + m.group(1);
        assertThat(deputy.page(path).body()).contains("data-delete-draft");
        HttpResponse<String> deleted = deputy.formPost(path + "/delete", "", path);
        assertThat(deleted.statusCode()).isEqualTo(302);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/suggestions");
        assertThat(deputy.page(path).statusCode()).isEqualTo(404);
        assertThat(deputy.page("/suggestions").body()).doesNotContain(title);

        // another deputy's or a submitted draft stays
        HttpResponse<String> second = deputy.formPost(
                "/suggestions/new",
                "type=SUGGESTION&title=" + enc(title + "二") + "&content=" + enc("老人吃饭难。") + "&intent=submit",
                "/suggestions/new");
        assertThat(second.statusCode()).isEqualTo(302);
        String submitted =
                second.headers().firstValue("Location").orElseThrow().replaceAll(".*(/suggestions/\\d+).*", "$1");
        assertThat(deputy.page(submitted).body()).doesNotContain("data-delete-draft");
        assertThat(deputy.formPost(submitted + "/delete", "", submitted).statusCode())
                .isEqualTo(302);
        assertThat(deputy.page(submitted).statusCode()).isEqualTo(200);
    }

    @Test
    void coSignersArePickedByNameOrPinyinInitialsAndShownByName() {
        Session deputy = login("deputy");
        String registry = login("staff").page("/registry/deputies").body();
        Matcher name = Pattern.compile("href=\"/registry/deputies/(\\d+)\"[^>]*>([^<]+)<")
                .matcher(registry);
        assertThat(name.find()).isTrue();
        String id = name.group(1);
        String deputyName = name.group(2).trim();
        String byName = deputy.page("/suggestions/new?pick=deputies&q=" + enc(deputyName))
                .body();
        assertThat(byName).contains("value=\"" + id + "\"").contains(deputyName);
        String initials = com.ibm.icu.text.Transliterator.getInstance("Han-Latin; Latin-ASCII; Lower")
                .transliterate(deputyName)
                .replaceAll("(\\w)\\w*\\s*", "$1");
        String byPinyin =
                deputy.page("/suggestions/new?pick=deputies&q=" + initials).body();
        assertThat(byPinyin).contains("value=\"" + id + "\"");

        HttpResponse<String> saved = deputy.formPost(
                "/suggestions/new",
                "type=SUGGESTION&title=" + enc("附议测试" + System.nanoTime()) + "&content=x&coSigners=" + id
                        + "&intent=save",
                "/suggestions/new");
        String location =
                saved.headers().firstValue("Location").orElseThrow().replaceAll(".*(/suggestions/\\d+).*", "$1");
        String edit = deputy.page(location + "/edit").body();
        assertThat(edit)
                .contains("id=\"coSigners-chosen\"")
                .contains(deputyName)
                .doesNotContain("代表编号");
    }
}
