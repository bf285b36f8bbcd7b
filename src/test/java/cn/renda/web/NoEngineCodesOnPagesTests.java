package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What a user reads is words, not the engine's codes: for each role, the test signs in through the login
 * form, walks the pages reachable from home (links followed breadth-first, a bounded number per user), and
 * fails on any visible upper-case code (ASSIGNED, START_ACCEPT), raw field (unitId=19), internal number
 * (#134, submission:87), unfilled placeholder ({0}) or missing message (??key??).
 */
class NoEngineCodesOnPagesTests extends FullStackTest {

    /** Upper-case words a page may show: file types, units, product names. */
    private static final Set<String> ALLOWED = Set.of(
            "PDF", "API", "HTTP", "HTTPS", "SMS", "URL", "XLSX", "CSV", "DOCX", "JSON", "ICS", "PNG", "JPG", "JPEG",
            "WORD", "EXCEL", "OK", "KB", "MB", "GB", "SHA", "UTC", "ID", "SC", "CN", "EN", "II", "III", "IV", "VI",
            "VII", "VIII", "IX", "XI", "XII", "A", "B", "C", "D", "RSS", "TXT", "DOC", "XLS", "OTP", "CSRF");

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern RAW = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*=|\\{\\d[^}]*}|\\?\\?[^?]+\\?\\?|#\\d{2,}\\b|\\b[a-z]+:\\d+\\b|\\b\\w+\\[\\w+=");
    private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

    @Test
    void staffPagesShowNoEngineCodes() {
        assertNoCodes("staff", 70);
    }

    @Test
    void unitPagesShowNoEngineCodes() {
        assertNoCodes("unit", 50);
    }

    @Test
    void deputyPagesShowNoEngineCodes() {
        assertNoCodes("deputy", 50);
    }

    @Test
    void leaderAndStreetAndAdminPagesShowNoEngineCodes() {
        assertNoCodes("leader", 30);
        assertNoCodes("street", 20);
        assertNoCodes("admin", 20);
    }

    @Test
    void theScannerSeesACodeWhenThereIsOne() {
        assertThat(findings("<p>创建 → REGISTERED</p>")).containsExactly("REGISTERED");
        assertThat(findings("<p>承办单位: [{role=LEAD, unitId=19}]</p>")).isNotEmpty();
        assertThat(findings("<p>附件不超过 {0} MB</p>")).isNotEmpty();
        assertThat(findings("<p>办件 #134 的期限</p>")).isNotEmpty();
        assertThat(findings("<p title=\"ASSIGNED\">已交办,<b>PDF</b> 10 MB</p><script>var X_Y=1</script>"))
                .isEmpty();
    }

    private void assertNoCodes(String user, int maxPages) {
        var session = login(user);
        Deque<String> queue = new ArrayDeque<>(List.of("/", "/todo", "/inbox", "/cases", "/suggestions"));
        Set<String> seen = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        while (!queue.isEmpty() && seen.size() < maxPages) {
            String path = queue.poll();
            if (!seen.add(path)) {
                continue;
            }
            var page = session.page(path);
            if (page.statusCode() != 200
                    || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (String f : findings(page.body())) {
                problems.add(path + " → " + f);
            }
            Matcher m = LINK.matcher(page.body());
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (followable(link) && !seen.contains(link)) {
                    queue.add(link);
                }
            }
        }
        assertThat(seen.size()).as("pages visited by " + user).isGreaterThan(5);
        assertThat(problems).as(user + " sees engine codes").isEmpty();
    }

    /** Pages only: no downloads, API, sign-out, language switch, sort or page variants of lists already seen. */
    private static boolean followable(String link) {
        return !(link.startsWith("/logout")
                || link.startsWith("/api")
                || link.startsWith("/webjars")
                || link.startsWith("/css")
                || link.startsWith("/js")
                || link.startsWith("/swagger")
                || link.startsWith("/v3")
                || link.startsWith("/actuator")
                || link.contains(".xlsx")
                || link.contains(".ics")
                || link.contains(".csv")
                || link.contains("/attachments/")
                || link.contains("/documents/")
                || link.contains("lang=")
                || link.contains("sort=")
                || link.contains("page="));
    }

    /** Codes and raw fields in the visible text of a page (tags, attributes, scripts and styles removed). */
    static List<String> findings(String html) {
        String text = html.replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?is)<title.*?</title>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&gt;", ">")
                .replace("&lt;", "<")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 2 && !ALLOWED.contains(w) && !w.matches("[A-Z]\\d*")) {
                out.add(w);
            }
        }
        Matcher r = RAW.matcher(text);
        while (r.find()) {
            out.add(r.group());
        }
        return out;
    }
}
