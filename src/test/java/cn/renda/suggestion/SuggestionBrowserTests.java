package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import cn.renda.support.PageText;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A suggestion from draft to 满意 in a real browser: the deputy and the unit officer on a 375 px phone, the office
 * at a desk. On every page of the deputy's and the unit's walk: no engine code, internal number or placeholder in
 * the text, nothing scrolling sideways, and no serious or critical axe finding.
 */
class SuggestionBrowserTests extends BrowserTest {

    private void as(String user) {
        driver.manage().deleteAllCookies();
        signIn(user);
    }

    /** Clicks through JavaScript: htmx may still be swapping the similar cases in above the button. */
    private void press(By by) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    /** The checks every page of the phone walk passes. */
    private void check() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertThat(PageText.findings(driver.getPageSource()))
                .as("engine codes on " + driver.getCurrentUrl())
                .isEmpty();
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("sideways scroll on " + driver.getCurrentUrl())
                .isLessThanOrEqualTo(0);
        assertAccessible();
    }

    private String state() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-state], [data-status]")))
                .getText();
    }

    @Test
    void suggestionTravelsFromDraftToSatisfied() {
        // 提: the deputy writes on a phone and sees similar cases while typing.
        phone();
        as("deputy");
        check();
        open("/suggestions/new");
        check();
        driver.findElement(By.id("title")).sendKeys("关于浏览器测试汤逊湖沿岸截污的建议");
        driver.findElement(By.id("content")).sendKeys("汤逊湖沿岸仍有排污口，夏季蓝藻，建议截污清淤。");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-similar]")));
        assertAccessible();
        press(By.cssSelector("button[value=submit]"));
        wait.until(ExpectedConditions.urlMatches(".*/suggestions/\\d+$"));
        String path = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "");
        assertThat(state()).isEqualTo("已提交待审查");
        check();

        // 办: the office registers and assigns with the suggested units in view.
        as("staff");
        open(path);
        press(By.cssSelector("form[action$='/register'] button"));
        assertThat(state()).isEqualTo("待交办");
        assertThat(driver.findElement(By.cssSelector("[data-routing]")).getText())
                .isNotBlank();
        // the lead unit is chosen by typing part of its name, not its number
        pick("lead", "住房", "区住房和城市更新局");
        press(By.cssSelector("form[action$='/assign'] button[type=submit]"));
        assertThat(state()).isEqualTo("已交办");
        assertAccessible();

        // The unit accepts, records its contact with the deputy and replies.
        as("unit");
        open("/");
        check();
        open("/todo");
        check();
        open(path);
        check();
        press(By.cssSelector("button[value=ACCEPT]"));
        assertThat(state()).isEqualTo("办理中");
        check();
        driver.findElement(By.id("agreed")).sendKeys("现场察看排口，商定汛前完成截污");
        press(By.cssSelector("form[action$='/contact'] button"));
        driver.findElement(By.id("replyText")).sendKeys("已完成截污管网建设，排口已封堵。");
        new Select(driver.findElement(By.id("resultClass"))).selectByValue("A");
        press(By.cssSelector("button[value=REPLY]"));
        assertThat(state()).isEqualTo("已答复");
        check();

        // The deputy evaluates: satisfied.
        as("deputy");
        open("/");
        check();
        open("/inbox");
        check();
        assertThat(driver.getPageSource()).contains("请测评");
        open(path);
        check();
        press(By.id("ev-SATISFIED"));
        press(By.cssSelector("button[value=EVALUATE]"));
        assertThat(state()).isEqualTo("已测评");
        assertThat(driver.findElement(By.cssSelector("[data-steps]")).getText()).contains("满意", "联系沟通");
        check();
    }
}
