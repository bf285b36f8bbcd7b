package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import cn.renda.support.PageText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * The platform as a new user meets it: each role signs in through the real login form, on a phone (375 px) and on a
 * laptop (1366 px), sees on the home page what waits for them, and opens every entry of the navigation. No page
 * scrolls sideways on the phone, none shows an engine code, raw field or unfilled placeholder, axe finds no serious
 * or critical problem, and in English the navigation, headings, table headers and buttons carry no Chinese leftovers.
 */
class EveryRoleWalkBrowserTests extends BrowserTest {

    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    private List<String> problems;

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
    }

    /** The navigation entries the signed-in user sees (paths). */
    private List<String> navigation() {
        Set<String> paths = new LinkedHashSet<>();
        for (WebElement a : driver.findElements(By.cssSelector("#mainNav .navbar-nav.me-auto a.nav-link"))) {
            String href = a.getDomAttribute("href");
            if (href != null && href.startsWith("/")) {
                paths.add(href);
            }
        }
        return new ArrayList<>(paths);
    }

    private void walk(String user, int width, boolean axe) {
        signIn(user);
        driver.manage().window().setSize(new Dimension(width, width < 500 ? 812 : 900));
        open("/");
        assertThat(driver.findElements(By.id("waiting")))
                .as(user + ": the home page says what waits (at " + driver.getCurrentUrl() + ": " + driver.getTitle()
                        + ")")
                .isNotEmpty();
        String name = driver.findElement(By.id("userMenu")).getText().strip();
        List<String> entries = navigation();
        assertThat(entries).as(user + ": navigation").isNotEmpty();
        List<String> pages = new ArrayList<>(List.of("/"));
        pages.addAll(entries);
        for (String path : pages) {
            open(path);
            String where = user + " " + width + "px " + path;
            if (width < 500 && scrollWidth() > width) {
                problems.add(where + ": page is " + scrollWidth() + " px wide");
            }
            for (String f : PageText.findings(driver.getPageSource())) {
                problems.add(where + ": " + f);
            }
            if (driver.getPageSource().contains("您的角色没有待办清单")) {
                problems.add(where + ": dead end");
            }
            if (axe) {
                assertAccessible();
            }
        }
        // English: the words of the interface, not the data, must all be English.
        for (String path : pages) {
            open(path + (path.contains("?") ? "&" : "?") + "lang=en");
            for (WebElement e : driver.findElements(
                    By.cssSelector("#mainNav .navbar-nav.me-auto .nav-link, h1, thead th, button, .breadcrumb-item"))) {
                // the user's own (Chinese) name in the menu and the greeting is data, not interface
                String text = name.isEmpty() ? e.getText() : e.getText().replace(name, "");
                if (CJK.matcher(text).find() && !"userMenu".equals(e.getDomAttribute("id"))) {
                    problems.add(user + " en " + path + ": " + e.getTagName() + " \"" + text + "\"");
                }
            }
        }
        open("/?lang=zh_CN");
        driver.manage().deleteAllCookies();
    }

    private void walkBoth(String... users) {
        problems = new ArrayList<>();
        for (String user : users) {
            walk(user, 375, true);
            walk(user, 1366, false);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void deputyAndUnitWalkEveryPageOfTheirNavigation() {
        walkBoth("deputy", "unit");
    }

    @Test
    void staffAndLeaderWalkEveryPageOfTheirNavigation() {
        walkBoth("staff", "leader");
    }

    @Test
    void streetAndAdminWalkEveryPageOfTheirNavigation() {
        walkBoth("street", "admin");
    }
}
