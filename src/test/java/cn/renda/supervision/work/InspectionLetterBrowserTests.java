package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An inspection's finding becomes a research opinion letter that runs its 123 clocks to the end in a real
 * browser: STAFF record the inspection and issue the letter, the unit officer accepts it, submits the
 * plan and reports the result, STAFF close it; every clock is met and the pages pass axe-core.
 */
class InspectionLetterBrowserTests extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private void press(By by) {
        var element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void setValue(By by, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("arguments[0].value = arguments[1];", driver.findElement(by), value);
    }

    private JsonNode caseJson(long id) throws Exception {
        return JSON.readTree(get("staff", "/api/v1/cases/" + id).body());
    }

    @Test
    void anInspectionsOpinionLetterRunsItsOneTwoThreeClocksToTheEnd() throws Exception {
        String topic = "城区停车设施专题视察 " + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        signIn("staff");
        open("/supervision/inspections/new");
        assertAccessible();
        new Select(driver.findElement(By.id("kind"))).selectByValue("SPECIAL_INSPECTION");
        driver.findElement(By.id("topic")).sendKeys(topic);
        setValue(By.id("startsOn"), today.toString());
        press(By.id("create-inspection"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inspection-status")));
        assertThat(driver.findElement(By.id("inspection-status")).getText()).isEqualTo("正在开展");
        assertAccessible();

        // The finding is issued as a research opinion letter to the housing bureau.
        driver.findElement(By.id("text")).sendKeys("停车位缺口大,收费标准不统一");
        pick("leadUnitId", "住房", "区住房和城市更新局");
        press(By.id("add-finding"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".finding-case")));
        String number = driver.findElement(By.cssSelector(".finding-case")).getText();
        assertThat(number).contains("调研意见书");
        press(By.cssSelector(".finding-case"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已交办"));
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(driver.findElements(By.cssSelector("tr[data-clock=PLAN] .badge.clock-GREEN")))
                .isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("tr[data-clock=RESULT] .badge.clock-GREEN")))
                .isNotEmpty();

        // The unit officer accepts (签收), submits the plan (2 weeks) and reports the result (3 months).
        driver.manage().deleteAllCookies();
        signIn("unit");
        open("/cases/" + id);
        press(By.id("do-accept"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已签收"));
        driver.findElement(By.id("submit-plan-text")).sendKeys("新建公共停车场两处,统一收费标准。");
        press(By.id("do-submit-plan"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已报办理方案"));
        new Select(driver.findElement(By.id("reply-resultClass"))).selectByValue("A");
        driver.findElement(By.id("reply-text")).sendKeys("停车场已建成,收费标准已统一。");
        press(By.id("do-reply"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已报办理情况"));

        // STAFF close the letter; every clock of the 123 mechanism was met.
        driver.manage().deleteAllCookies();
        signIn("staff");
        open("/cases/" + id);
        press(By.id("do-close"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已办结"));
        JsonNode closed = caseJson(id);
        assertThat(closed.path("state").asText()).isEqualTo("CLOSED");
        for (String clock : new String[] {"ISSUE", "PLAN", "RESULT"}) {
            boolean met = false;
            for (JsonNode k : closed.path("clocks")) {
                met |= clock.equals(k.path("name").asText())
                        && "MET".equals(k.path("state").asText());
            }
            assertThat(met).as(clock + " met").isTrue();
        }

        // The inspection page links the letter; on a phone nothing scrolls sideways.
        phone();
        open("/supervision/inspections");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(topic);
        Long scrollWidth =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(375L);
        assertAccessible();
    }
}
