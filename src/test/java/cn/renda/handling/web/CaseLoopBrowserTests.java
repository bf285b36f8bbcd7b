package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.NewAccount;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.support.BrowserTest;
import cn.renda.support.MutableClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The supervision-opinion loop in a real browser: STAFF create and issue an opinion, a UNIT officer
 * accepts it, submits a plan and a result, STAFF close it; the clock badges turn yellow and red as the
 * (test) clock moves, and the pages pass axe-core without serious or critical violations.
 */
class CaseLoopBrowserTests extends BrowserTest {

    /** A unit of the demo registry, picked by name on the page. */
    private static final String UNIT_NAME = "区发展和改革局";

    private static final String OFFICER = "pages-unit";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MutableClock clock;

    @Autowired
    AccountFacade accounts;

    @Autowired
    CongressFacade congresses;

    @Autowired
    cn.renda.organization.UnitDirectory units;

    private long unit;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void unitOfficer() {
        long congress = congresses.idByCode("jiangxia").orElseThrow();
        unit = TenantContext.callAs(
                congress, () -> units.findByName(UNIT_NAME).orElseThrow().id());
        TenantContext.runAs(congress, () -> {
            boolean exists = accounts.list(OFFICER, PageRequest.first()).items().stream()
                    .anyMatch(a -> a.username().equals(OFFICER));
            if (!exists) {
                accounts.create(new NewAccount(
                        OFFICER, DEMO_PASSWORD, "赵磊(区发改局联络员)", Set.of(Role.UNIT), null, unit, null, null));
            }
        });
    }

    private JsonNode caseJson(long id) {
        return JSON.readTree(get("staff", "/api/v1/cases/" + id).body());
    }

    private static LocalDate due(JsonNode c, String clockName) {
        LocalDate due = null;
        for (JsonNode k : c.get("clocks")) {
            if (clockName.equals(k.get("name").asString())) {
                due = LocalDate.parse(k.get("dueDate").asString());
            }
        }
        return due;
    }

    private void signOut() {
        driver.manage().deleteAllCookies();
    }

    private void assertBadge(String clockName, String colour) {
        By badge = By.cssSelector("tr[data-clock=" + clockName + "] .badge.clock-" + colour);
        // On failure say what the page showed and what day the test clock said, so a rare failure can be traced.
        List<String> rows = driver.findElements(By.cssSelector("tr[data-clock=" + clockName + "]")).stream()
                .map(e -> e.getText().replace('\n', ' '))
                .toList();
        // and which page it was (an error or sign-in page has no clock rows at all)
        String main = driver.findElements(By.tagName("main")).stream()
                .map(e -> e.getText().replace('\n', ' '))
                .map(t -> t.substring(0, Math.min(300, t.length())))
                .findFirst()
                .orElse("(no main)");
        assertThat(driver.findElements(badge))
                .as(clockName + " clock shows " + colour + " (test clock " + clock.instant() + ", rows " + rows
                        + ", page " + driver.getCurrentUrl() + " \"" + driver.getTitle() + "\": " + main + ")")
                .isNotEmpty();
    }

    /** Scrolls without animation (Bootstrap turns on smooth scrolling) and clicks. */
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

    @Test
    void staffIssuesUnitAcceptsPlansRepliesStaffClosesWithColouredClocks() throws Exception {
        unitOfficer();
        String title = "关于城区停车难问题的审议意见 " + System.nanoTime();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        // STAFF create and issue (交办) the opinion to the unit.
        signIn("staff");
        open("/supervision/opinions/new");
        assertAccessible();
        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("content")).sendKeys("常委会组成人员审议认为,停车设施供给不足。");
        driver.findElement(By.id("issues")).sendKeys("停车位缺口大\n收费标准不统一");
        setValue(By.id("sourceDate"), today.toString());
        // Issued without a unit: the error shows under the picker, whose search box is marked invalid and described
        // by it (a screen reader reads the error with the box), and axe finds nothing serious.
        press(By.id("create-opinion"));
        var error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("leadUnit-error")));
        assertThat(error.getText()).isNotBlank();
        var search = driver.findElement(By.id("leadUnit-search"));
        assertThat(search.getDomAttribute("class")).contains("is-invalid");
        assertThat(search.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(search.getDomAttribute("aria-describedby")).contains("leadUnit-error");
        assertThat(driver.findElement(By.id("title")).getDomProperty("value")).isEqualTo(title);
        assertAccessible();
        // The lead unit is picked by name: type, wait for the htmx choices, tick the unit.
        driver.findElement(By.id("leadUnit-search")).sendKeys("发展和改革");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("leadUnit-" + unit + "-o")));
        driver.findElement(By.id("leadUnit-" + unit + "-o")).click();
        press(By.id("create-opinion"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("case-state")));
        assertThat(driver.findElement(By.id("case-state")).getText()).isEqualTo("已交办");
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .contains("已交办");
        String url = driver.getCurrentUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertBadge("PLAN", "GREEN");
        assertBadge("RESULT", "GREEN");
        assertThat(driver.findElement(By.id("audit")).getText()).contains("✓");
        assertAccessible();
        open("/cases");
        assertAccessible();
        open("/cases/board");
        assertThat(driver.findElement(By.id("board")).getText()).contains(UNIT_NAME);
        assertAccessible();
        open("/todo");
        assertAccessible();

        JsonNode issued = caseJson(id);
        LocalDate planDue = due(issued, "PLAN");
        LocalDate resultDue = due(issued, "RESULT");

        // Near the plan's due date the unit officer sees a yellow clock and accepts on a phone.
        clock.setDate(planDue.minusDays(1));
        signOut();
        phone();
        signIn(OFFICER);
        open("/todo");
        assertThat(driver.findElement(By.tagName("main")).getText()).contains(title);
        assertAccessible();
        open("/cases/" + id);
        assertBadge("PLAN", "YELLOW");
        assertBadge("ACCEPT", "RED");
        assertThat(driver.findElement(By.cssSelector("main header .badge.clock-RED"))
                        .getText())
                .as("accepting 13 days after issue is late: the case is red")
                .isEqualTo("超期");
        Long scrollWidth =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(375L);
        assertAccessible();
        press(By.id("do-accept"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已签收"));
        assertThat(driver.findElement(By.cssSelector("main header .badge.clock-YELLOW"))
                        .getText())
                .as("only the plan clock, near due, is still running late-ish")
                .isEqualTo("临期");

        // An attachment, then an empty plan is refused with a field error, then the plan goes in.
        Path file = Files.createTempFile("plan", ".txt");
        Files.writeString(file, "办理方案附件");
        driver.findElement(By.id("file")).sendKeys(file.toString());
        press(By.cssSelector("#upload button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attachments")));
        assertThat(driver.findElement(By.id("attachments")).getText()).contains(".txt");
        press(By.id("do-submit-plan"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("submit-plan-text-error")));
        assertThat(driver.findElement(By.id("submit-plan-text-error")).getText())
                .contains("请填写内容");
        driver.findElement(By.id("submit-plan-text")).sendKeys("增建公共停车场三处,统一收费标准。");
        press(By.id("do-submit-plan"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已报办理方案"));
        assertBadge("PLAN", "GREEN");

        // After the result deadline the result clock is red; the unit reports the result late.
        clock.setDate(resultDue.plusDays(1));
        open("/cases/" + id);
        assertBadge("RESULT", "RED");
        assertThat(driver.findElement(By.cssSelector("main header .badge.clock-RED"))
                        .getText())
                .isEqualTo("超期");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("reply-resultClass"))).selectByValue("A");
        driver.findElement(By.id("reply-text")).sendKeys("已建成停车场两处,第三处年内完工。");
        press(By.id("do-reply"));
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已报办理情况"));
        assertBadge("RESULT", "RED");

        // STAFF close the case (办结) after confirming.
        signOut();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        signIn("staff");
        open("/cases/" + id);
        press(By.id("do-close"));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBe(By.id("case-state"), "已办结"));
        assertThat(driver.findElement(By.id("timeline")).getText())
                .contains("交办")
                .contains("签收")
                .contains("提交办理方案")
                .contains("答复")
                .contains("办结");
        assertThat(driver.findElement(By.id("audit")).getText()).contains("✓");
        assertThat(caseJson(id).get("state").asString()).isEqualTo("CLOSED");
        assertAccessible();
    }
}
