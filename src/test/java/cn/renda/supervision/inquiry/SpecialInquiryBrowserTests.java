package cn.renda.supervision.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Staff run a special inquiry in the browser from research to the inquiry meeting: team and visit,
 * problem list, handover, close-out after the units' reports with the closure rate crossing the
 * threshold, the inquiry on an SC meeting's agenda, the open problem as a question, the meeting held.
 */
class SpecialInquiryBrowserTests extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    private void js(String script) {
        ((JavascriptExecutor) driver).executeScript(script);
    }

    private void type(String id, String text) {
        WebElement e = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        e.clear();
        e.sendKeys(text);
    }

    /** The unit officer of 区住房和城市更新局 accepts the case and reports the rectification (over the API). */
    private void unitReports(long caseId) {
        JsonNode c = json(get("unit", "/api/v1/cases/" + caseId));
        c = json(api(
                "unit",
                "POST",
                "/api/v1/cases/" + caseId + "/actions/ACCEPT",
                "{\"version\":" + c.path("version").asLong() + "}"));
        HttpResponse<String> r = api(
                "unit",
                "POST",
                "/api/v1/cases/" + caseId + "/actions/REPLY",
                "{\"version\":" + c.path("version").asLong() + ",\"text\":\"已整改到位\",\"resultClass\":\"A\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private void addProblem(String category, String description) {
        type("category", category);
        type("sourceObject", "江夏区智能制造产业园");
        type("description", description);
        pick("unitIds", "住房", "区住房和城市更新局");
        click(By.id("add-problem"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem-list"), description));
    }

    @Test
    void staffRunASpecialInquiryFromResearchToTheInquiryMeeting() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate meetingDay = today.plusDays(7);
        HttpResponse<String> m = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + meetingDay + "T09:00:00\",\"endsAt\":\"" + meetingDay
                        + "T11:30:00\",\"place\":\"第一会议室\"}");
        assertThat(m.statusCode()).as(m.body()).isEqualTo(201);
        long meetingId = json(m).path("id").asLong();

        signIn("staff");
        open("/supervision/inquiries/new");
        type("title", "关于工程建设项目审批的专题询问");
        js("document.getElementById('inquiryDate').value = '" + meetingDay + "';");
        click(By.id("create-inquiry"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inquiry-state")));
        String overview = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("inquiry-state")).getText()).isEqualTo("调研梳理");

        // 查
        click(By.linkText("查：调研走访"));
        type("name", "第一调研组");
        click(By.id("add-team"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("visit-form")));
        type("objectName", "江夏区智能制造产业园");
        click(By.id("add-visit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("objects-visited"), "重点企业项目 1 个"));

        // 研: no unit is a field error, then three problems with their units picked by name
        click(By.linkText("研·究·督：问题清单"));
        type("category", "审批服务");
        type("sourceObject", "江夏区智能制造产业园");
        type("description", "施工许可办理超时");
        click(By.id("add-problem"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#unitIds-field .invalid-feedback")));
        pick("unitIds", "住房", "区住房和城市更新局");
        click(By.id("add-problem"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("problem-list"), "施工许可办理超时"));
        addProblem("审批服务", "联合验收多头跑");
        addProblem("基础设施配套", "园区道路断头");
        assertAccessible();

        // 究: the handover meeting assigns all three
        driver.get(overview);
        js("window.confirm = function () { return true; };");
        click(By.id("handover"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "3 个问题已逐一交办"));
        JsonNode problems = json(get(
                        "staff",
                        "/api/v1/supervision/inquiries/" + overview.substring(overview.lastIndexOf('/') + 1)
                                + "/problems"))
                .path("items");
        assertThat(problems).hasSize(3);

        // 督: the units report; each verified close-out moves the rate
        unitReports(problems.get(0).path("caseId").asLong());
        unitReports(problems.get(1).path("caseId").asLong());
        driver.navigate().refresh();
        click(By.id("close-out-1"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "问题已核实销号"));
        driver.get(overview);
        assertThat(driver.findElement(By.id("closure-rate")).getText()).isEqualTo("33%");
        assertThat(driver.findElement(By.id("closure-warning")).getText()).contains("还需销号 1 个问题");
        assertThat(driver.findElements(By.id("closure-met"))).isEmpty();

        driver.get(overview + "/problems");
        click(By.id("close-out-2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "问题已核实销号"));
        driver.get(overview);
        assertThat(driver.findElement(By.id("closure-rate")).getText()).isEqualTo("66%");
        assertThat(driver.findElements(By.id("closure-met"))).hasSize(1);
        assertThat(driver.findElements(By.id("closure-warning"))).isEmpty();

        // 问: on the SC meeting's agenda, the open problem as the question, answered and evaluated
        new Select(driver.findElement(By.id("meetingId"))).selectByValue(String.valueOf(meetingId));
        click(By.id("schedule"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("inquiry-meeting")));
        click(By.id("draft-questions"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("questions"), "询问题目"));
        List<WebElement> questions = driver.findElements(By.cssSelector("[id^='q'] summary"));
        assertThat(questions).hasSize(1);
        assertThat(driver.findElement(By.cssSelector("[id^='q'].list-group-item"))
                        .getText())
                .contains("园区道路断头");
        questions.get(0).click();
        WebElement form = driver.findElement(By.cssSelector("[id^='q'].list-group-item form"));
        new Select(form.findElement(By.name("askerKind"))).selectByValue("DEPUTY");
        form.findElement(By.name("askerName")).sendKeys("刘春燕");
        // the answering department is picked by name; each question's picker has its own ids
        String question = driver.findElement(By.cssSelector("[id^='q'].list-group-item"))
                .getDomAttribute("id")
                .substring(1);
        pick("answerUnitId-" + question, "住房", "区住房和城市更新局");
        form.findElement(By.name("answer")).sendKeys("年内打通断头路");
        new Select(form.findElement(By.name("evaluation"))).selectByValue("SATISFIED");
        click(By.cssSelector("[id^='record-q']"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evaluations")));
        assertThat(driver.findElement(By.id("evaluations")).getText())
                .contains("区住房和城市更新局")
                .contains("满意 1");

        js("window.confirm = function () { return true; };");
        click(By.id("record-held"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("follow-up")));
        assertThat(driver.findElement(By.id("inquiry-state")).getText()).isEqualTo("询问会议已召开");
        assertAccessible();

        phone();
        driver.get(overview + "/problems");
        Long overflow = (Long) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
        assertThat(overflow).as("no horizontal scrolling at 375 px").isLessThanOrEqualTo(0L);
    }
}
