package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.portal.internal.SubmitLimiter;
import cn.renda.support.BrowserTest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Voter opinions in a real browser at phone width (375 px): a citizen submits on the portal and gets a code,
 * street staff triage and answer, the citizen sees and evaluates the answer; a deputy records an activity with an
 * opinion on a phone and the street escalates it into a case. Pages are axe-clean and never scroll sideways.
 */
class VoterOpinionBrowserTests extends BrowserTest {

    @Autowired
    SubmitLimiter limiter;

    @BeforeEach
    void freshWindow() {
        limiter.forget("127.0.0.1");
    }

    private void noSidewaysScroll() {
        Object wider = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
        assertThat(wider)
                .as("page scrolls sideways at " + driver.getCurrentUrl())
                .isEqualTo(Boolean.FALSE);
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private void openOpinion(String searchText) {
        open("/outreach/opinions?q=" + URLEncoder.encode(searchText, StandardCharsets.UTF_8));
        click(By.cssSelector("#results [data-opinion] a"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("opinion-state")));
    }

    @Test
    void citizenSubmitsOnAPhoneStreetAnswersAndTheCitizenEvaluates() {
        phone();
        open("/public");
        assertAccessible();
        noSidewaysScroll();
        click(By.id("portal-submit"));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("streetId"))))
                .selectByVisibleText("法泗街");
        driver.findElement(By.id("title")).sendKeys("健身广场照明不足");
        driver.findElement(By.id("content")).sendKeys("小区健身广场晚上灯光太暗，老人跳广场舞容易摔倒。");
        driver.findElement(By.id("citizenPhone")).sendKeys("13712340000");
        assertAccessible();
        noSidewaysScroll();
        click(By.id("submit-opinion"));
        String code = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracking-code")))
                .getText()
                .strip();
        assertThat(code).matches("\\d{4}-\\d{4}-\\d{4}");
        assertThat(driver.findElement(By.id("tracked-state")).getText()).isEqualTo("待分办");
        assertAccessible();
        noSidewaysScroll();

        signIn("street");
        openOpinion(code);
        assertThat(driver.getPageSource()).contains("137****0000").doesNotContain("13712340000");
        WebElement category = driver.findElement(By.id("category"));
        category.clear();
        category.sendKeys("城市建设");
        click(By.id("do-street"));
        wait.until(ExpectedConditions.textToBe(By.id("opinion-state"), "街道办理中"));
        driver.findElement(By.id("reply")).sendKeys("已在健身广场加装4盏路灯，本周启用。");
        click(By.id("do-answer"));
        wait.until(ExpectedConditions.textToBe(By.id("opinion-state"), "已答复"));
        assertAccessible();
        noSidewaysScroll();

        signOut();
        open("/public/track");
        driver.findElement(By.id("code")).sendKeys(code);
        click(By.id("track-go"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracked-reply")))
                        .getText())
                .contains("加装4盏路灯");
        click(By.id("evaluation-SATISFIED"));
        click(By.id("evaluate-send"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("tracked-evaluation")))
                        .getText())
                .contains("满意");
        assertThat(driver.findElement(By.id("tracked-state")).getText()).isEqualTo("已办结");
        assertThat(driver.findElements(By.id("evaluate-form"))).isEmpty();
        assertAccessible();
        noSidewaysScroll();
    }

    @Test
    void deputyRecordsAnActivityWithAVoterOpinionOnAPhoneAndItBecomesACase() {
        phone();
        signIn("deputy");
        open("/outreach/activities/new");
        driver.findElement(By.id("title")).sendKeys("湖泗村入户走访");
        WebElement voters = driver.findElement(By.id("votersMet"));
        voters.clear();
        voters.sendKeys("18");
        driver.findElement(By.id("opinion")).sendKeys("村口桥梁护栏锈蚀断裂，村民过桥不安全，希望尽快维修。");
        // a photo from the phone's camera (here a file; the input asks for the camera on a phone)
        WebElement photos = driver.findElement(By.id("photos"));
        assertThat(photos.getAttribute("accept")).isEqualTo("image/*");
        assertThat(photos.getAttribute("capture")).isNotNull();
        photos.sendKeys(photoFile().toString());
        assertAccessible();
        noSidewaysScroll();
        click(By.id("activity-save"));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("activity-opinions")))
                        .getText())
                .isEqualTo("1");
        WebElement thumbnail =
                wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photo-list img")));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", thumbnail));
        assertAccessible();
        noSidewaysScroll();

        // the deputy's own record counts the activity
        open("/outreach/deputies/me");
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("record-activities")))
                        .getText())
                .contains("湖泗村入户走访");
        assertAccessible();
        noSidewaysScroll();

        signOut();
        signIn("street");
        openOpinion("村口桥梁护栏锈蚀断裂");
        assertThat(driver.findElement(By.id("opinion-state")).getText()).isEqualTo("待分办");
        driver.findElement(By.id("escalate-category")).sendKeys("交通出行");
        pick("unitId", "住房", "区住房和城市更新局");
        click(By.id("do-escalate"));
        wait.until(ExpectedConditions.textToBe(By.id("opinion-state"), "区级办理中"));
        assertAccessible();
        noSidewaysScroll();
        click(By.id("opinion-case"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        assertThat(driver.getPageSource()).contains("村口桥梁护栏锈蚀断裂");
    }

    /** A small photo on disk for the file input. */
    private static Path photoFile() {
        try {
            BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
            image.setRGB(10, 10, 0xcc3333);
            Path file = Files.createTempFile("bridge", ".png");
            ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
