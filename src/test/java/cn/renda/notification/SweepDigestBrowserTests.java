package cn.renda.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.TenantContext;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.organization.CongressFacade;
import cn.renda.support.BrowserTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The deadline sweep's digest reads well in the inbox on a phone and leads to the recipient's overdue list. */
class SweepDigestBrowserTests extends BrowserTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    CongressFacade congresses;

    @Test
    void aDigestInTheInboxNamesTheCasesFitsAPhoneAndOpensTheOverdueList() {
        long jiangxia = congresses.idByCode("jiangxia").orElseThrow();
        long run = System.currentTimeMillis();
        List<ClocksRecoloured.ClockChange> changes = new ArrayList<>();
        for (int n = 1; n <= 4; n++) {
            // the office's own clocks (no unit): red ones reach staff and leaders
            changes.add(new ClocksRecoloured.ClockChange(
                    980_000 + n,
                    "江夏人大〔2026〕审议意见第" + (90 + n) + "号",
                    "关于全面推进城区老旧小区改造和背街小巷环境综合整治工作情况的报告的审议意见",
                    "SUPERVISION_OPINION",
                    run * 10 + n,
                    ClockName.RESULT,
                    null,
                    LocalDate.of(2026, 11, 30),
                    Colour.RED));
        }
        TenantContext.runAs(jiangxia, () -> new TransactionTemplate(transactions)
                .executeWithoutResult(s ->
                        events.publishEvent(new ClocksRecoloured(jiangxia, LocalDate.of(2026, 12, 7), run, changes))));

        phone();
        signIn("staff");
        open("/inbox?unread=true");
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page)
                .contains("超期督办:4 件已超期")
                .contains("江夏人大〔2026〕审议意见第94号《关于全面推进城区老旧小区改造和背街小巷环境综合整…》")
                .contains("等 4 件")
                .doesNotContain("980001")
                .doesNotContain("#{");
        Long sideways = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(sideways).as("nothing scrolls sideways at 375 px").isLessThanOrEqualTo(0L);
        assertAccessible();

        click(By.xpath("//li[contains(., '审议意见第94号')]//button[@type='submit']"));
        wait.until(d -> d.getCurrentUrl().contains("/todo"));
        assertThat(driver.getCurrentUrl()).endsWith("/todo?list=OVERDUE");
    }
}
