package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The web shell in a real browser: login, language switch, phone layout, accessibility. */
class ShellBrowserTests extends BrowserTest {

    @Test
    void loginPageIsAccessibleAndWrongPasswordShowsAnError() {
        open("/login");
        assertAccessible();
        driver.findElement(By.id("username")).sendKeys("staff");
        driver.findElement(By.id("password")).sendKeys("wrong-password");
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(driver.findElement(By.cssSelector(".alert-danger")).getText())
                .contains("用户名或密码不正确");
    }

    @Test
    void staffSignsInSwitchesToEnglishAndSignsOut() {
        signIn("staff");
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains("您好");
        assertAccessible();
        driver.findElement(By.linkText("English")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Hello"));
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        driver.findElement(By.linkText("中文")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "您好"));
        driver.findElement(By.id("userMenu")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-info")));
        assertThat(driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void onAPhoneTheNavigationCollapsesBehindAToggle() {
        phone();
        signIn("admin");
        var toggler = driver.findElement(By.cssSelector(".navbar-toggler"));
        assertThat(toggler.isDisplayed()).isTrue();
        toggler.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("账户管理")));
        Long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(375L);
        assertAccessible();
    }

    @Test
    void adminCreatesAnAccountWithFieldErrorsFirst() {
        signIn("admin");
        open("/admin/accounts/new");
        assertAccessible();
        driver.findElement(By.id("username")).sendKeys("browser-user");
        click(By.cssSelector("button[type=submit].btn-primary"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback")));
        assertThat(driver.getPageSource()).contains("不能为空");
        driver.findElement(By.id("displayName")).sendKeys("浏览器测试");
        driver.findElement(By.id("password")).sendKeys("browser-pass-1");
        click(By.cssSelector("input[value=STAFF]"));
        click(By.cssSelector("button[type=submit].btn-primary"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(driver.getPageSource()).contains("browser-user");
    }
}
