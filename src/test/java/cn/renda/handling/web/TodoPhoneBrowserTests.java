package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * 我的待办 on a phone (375 px): every worklist tab of each role with worklists fits the screen (nothing scrolls
 * sideways), its cases are cards whose first line is the deadline colour and due date, other modules' waiting
 * work is listed below, and axe finds no serious or critical problem; at 1366 px the same lists are tables.
 */
class TodoPhoneBrowserTests extends BrowserTest {

    private long scrollWidth() {
        return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
    }

    private void everyTabFits(String user) {
        signIn(user);
        driver.manage().window().setSize(new Dimension(375, 812));
        open("/todo");
        List<String> tabs = new ArrayList<>();
        for (WebElement tab : driver.findElements(By.cssSelector("a[id^=tab-]"))) {
            tabs.add(tab.getAttribute("id").substring(4));
        }
        assertThat(tabs).as(user + " has worklists").isNotEmpty();
        for (String tab : tabs) {
            open("/todo?list=" + tab);
            String where = user + " /todo?list=" + tab;
            assertThat(scrollWidth()).as(where + ": no sideways scrolling").isLessThanOrEqualTo(375L);
            List<WebElement> rows = driver.findElements(By.cssSelector("tr[data-case-row]"));
            for (WebElement row : rows.subList(0, Math.min(rows.size(), 5))) {
                assertThat(row.getCssValue("display")).as(where + ": a card").isEqualTo("block");
                assertThat(row.getRect().getWidth())
                        .as(where + ": card inside the screen")
                        .isLessThanOrEqualTo(375);
                WebElement first = row.findElements(By.tagName("td")).get(0);
                assertThat(first.getAttribute("class")).contains("card-lead");
                assertThat(first.findElements(By.cssSelector(".badge[class*=clock-]")))
                        .as(where + ": the deadline colour first")
                        .isNotEmpty();
                assertThat(first.getLocation().getY())
                        .as(where + ": colour above the title")
                        .isLessThan(row.findElement(By.cssSelector("td.card-title-cell"))
                                .getLocation()
                                .getY());
            }
            assertAccessible();
        }
        driver.manage().window().setSize(new Dimension(1366, 900));
        open("/todo?list=" + tabs.get(0));
        for (WebElement row : driver.findElements(By.cssSelector("tr[data-case-row]"))) {
            assertThat(row.getCssValue("display")).as("a table row at 1366 px").isEqualTo("table-row");
            break;
        }
        driver.manage().deleteAllCookies();
    }

    @Test
    void staffAndLeaderWorklistsFitAPhoneAsColourFirstCards() {
        everyTabFits("staff");
        everyTabFits("leader");
    }

    @Test
    void unitWorklistsFitAPhoneAsColourFirstCards() {
        everyTabFits("unit");
    }

    @Test
    void memberAndDeputyWorklistsFitAPhoneAndListTheOtherWaitingWork() {
        everyTabFits("member");
        everyTabFits("deputy");
    }
}
