package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import cn.renda.support.PageText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The platform as a new user meets it: each role signs in once through the real login form and, on a phone (375 px),
 * sees on the home page what waits for them and opens every entry of the navigation: no page scrolls sideways, none
 * shows an engine code, raw field or unfilled placeholder, and axe finds no serious or critical problem. Then, on a
 * laptop (1366 px) in English, the navigation, headings, table headers, buttons and breadcrumbs of the same pages carry
 * no Chinese leftovers: those shown at that width, and (as text) those only a phone shows.
 *
 * <p>Cheap on purpose (it walks about a hundred pages): one sign-in per role, each page loaded once per language, and
 * what the checks need read in one script call per page, not element by element over WebDriver. It reads and never
 * writes, so it may run beside other tests.
 */
class EveryRoleWalkBrowserTests extends BrowserTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    /** The interface's words on a page: what the English check reads. */
    private static final String INTERFACE =
            "#mainNav .navbar-nav.me-auto .nav-link, h1, thead th, button, .breadcrumb-item";

    /**
     * The navigation entries of the signed-in user (paths) and the user's name as the menu shows it (textContent: on a
     * phone the menu is collapsed and rendered text is empty).
     */
    private static final String NAVIGATION =
            """
            var paths = [];
            document.querySelectorAll('#mainNav .navbar-nav.me-auto a.nav-link').forEach(function (a) {
              var href = a.getAttribute('href');
              if (href && href.charAt(0) === '/' && paths.indexOf(href) < 0) { paths.push(href); }
            });
            var menu = document.getElementById('userMenu');
            return [menu ? menu.textContent.trim() : '', paths];
            """;

    /**
     * The text of each interface element but the user menu, as "tag text": innerText, which is the rendered text of a
     * shown element and the whole text of one this width does not render (a phone-only card's buttons, say).
     */
    private static final String TEXTS =
            """
            var out = [];
            document.querySelectorAll(arguments[0]).forEach(function (e) {
              if (e.id !== 'userMenu') { out.push(e.tagName.toLowerCase() + ' "' + e.innerText.trim() + '"'); }
            });
            return out;
            """;

    private Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    @SuppressWarnings("unchecked")
    private List<String> walk(String user) {
        List<String> problems = new ArrayList<>();
        phone();
        signIn(user);
        open("/");
        assertThat(driver.findElements(By.id("waiting")))
                .as(user + ": the home page says what waits (at " + driver.getCurrentUrl() + ": " + driver.getTitle()
                        + ")")
                .isNotEmpty();
        List<Object> nav = (List<Object>) script(NAVIGATION);
        String name = (String) nav.get(0);
        List<String> pages = new ArrayList<>(List.of("/"));
        pages.addAll((List<String>) nav.get(1));
        assertThat(pages).as(user + ": navigation").hasSizeGreaterThan(1);

        // Chinese, on a phone: width, codes and raw fields, dead ends, axe.
        for (String path : pages) {
            if (!"/".equals(path)) {
                open(path);
            }
            String where = user + " 375px " + path;
            long width = (Long) script("return document.documentElement.scrollWidth");
            if (width > 375) {
                problems.add(where + ": page is " + width + " px wide");
            }
            String html = driver.getPageSource();
            for (String f : PageText.findings(html)) {
                problems.add(where + ": " + f);
            }
            if (html.contains("您的角色没有待办清单")) {
                problems.add(where + ": dead end");
            }
            assertAccessible();
        }

        // English, on a laptop: the words of the interface, not the data, must all be English.
        driver.manage().window().setSize(new Dimension(1366, 900));
        for (String path : pages) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=en");
            for (String text : (List<String>) script(TEXTS, INTERFACE)) {
                // the user's own (Chinese) name in the greeting is data, not interface
                String shown = name.isEmpty() ? text : text.replace(name, "");
                if (CJK.matcher(shown).find()) {
                    problems.add(user + " en " + path + ": " + shown);
                }
            }
        }
        open("/?lang=zh_CN");
        driver.manage().deleteAllCookies();
        return problems;
    }

    private void walkEach(String... users) {
        List<String> problems = new ArrayList<>();
        for (String user : users) {
            problems.addAll(walk(user));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void deputyAndUnitWalkEveryPageOfTheirNavigation() {
        walkEach("deputy", "unit");
    }

    @Test
    void staffAndLeaderWalkEveryPageOfTheirNavigation() {
        walkEach("staff", "leader");
    }

    @Test
    void streetAndAdminWalkEveryPageOfTheirNavigation() {
        walkEach("street", "admin");
    }
}
