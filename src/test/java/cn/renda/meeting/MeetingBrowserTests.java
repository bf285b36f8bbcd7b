package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** Staff hold an SC meeting in the browser: agenda → attendance → vote → resolution → generated opinion. */
class MeetingBrowserTests extends BrowserTest {

    @Test
    void staffHoldAScMeetingFromAgendaToResolutionAndOpinion() {
        signIn("staff");
        open("/meetings/new");
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("document.getElementById('startsAt').value = '2027-09-09T09:00';");
        driver.findElement(By.id("place")).sendKeys("机关第一会议室");
        click(By.id("meeting-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("meeting-status")));
        String meetingUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("江夏区第七届人大常委会第");

        addItem("SPECIAL_WORK_REPORT", "区政府关于优化营商环境工作情况的报告", "区人民政府");
        driver.get(meetingUrl);
        addItem("RESOLUTION", "关于加强湿地保护工作的决议", null);
        driver.get(meetingUrl);
        click(By.id("to-NOTIFIED"));
        wait.until(ExpectedConditions.textToBe(By.id("meeting-status"), "已通知"));

        List<WebElement> selects = driver.findElements(By.cssSelector("select[name^='a_']"));
        assertThat(selects).hasSize(29);
        for (int i = 0; i < selects.size(); i++) {
            new Select(selects.get(i)).selectByValue(i < 20 ? "PRESENT" : "ON_LEAVE");
        }
        click(By.id("attendance-save"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quorum"), "出席 20 人"));
        click(By.id("to-HELD"));
        wait.until(ExpectedConditions.textToBe(By.id("meeting-status"), "已召开"));
        assertAccessible();

        WebElement voteButton = driver.findElement(By.cssSelector("button[id^='vote-']"));
        String itemId = voteButton.getAttribute("id").substring("vote-".length());
        driver.findElement(By.id("for-" + itemId)).sendKeys("19");
        driver.findElement(By.id("against-" + itemId)).sendKeys("1");
        click(By.id("vote-" + itemId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-" + itemId)));
        assertThat(driver.findElement(By.id("result-" + itemId)).getText())
                .contains("通过")
                .contains("赞成 19");

        click(By.cssSelector("#item-" + itemId + " a"));
        click(By.id("resolution-save"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resolution")));
        assertThat(driver.findElement(By.id("resolution")).getText()).contains("关于加强湿地保护工作的决议");

        driver.get(meetingUrl);
        click(By.partialLinkText("优化营商环境"));
        driver.findElement(By.id("opinion-issues")).sendKeys("审批流程仍然偏长\n涉企检查过多");
        click(By.id("opinion-generate"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opinions")));
        assertThat(driver.findElement(By.id("opinions")).getText()).isNotBlank();
        assertAccessible();

        phone();
        driver.get(meetingUrl);
        Long overflow = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(0L);
    }

    /** Scrolls instantly (Bootstrap's smooth scrolling would move the target under the click). */
    @Override
    protected void click(By by) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(by));
        ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void addItem(String type, String title, String unit) {
        click(By.id("add-item"));
        new Select(driver.findElement(By.id("type"))).selectByValue(type);
        driver.findElement(By.id("title")).sendKeys(title);
        if (unit != null) {
            pick("reportingUnitId", unit, unit);
        }
        click(By.id("item-save"));
        wait.until(ExpectedConditions.titleIs(title));
    }
}
