package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * 逐人表决 on a phone (375 px): staff record each present member's ballot on each nominee; a nominee with too few
 * votes for fails among passed ones, and the appointed one's oath is recorded.
 */
class NomineeBallotBrowserTests extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    @Test
    void staffRecordMemberBallotsOnAPhoneAndOneNomineeFailsAmongPassedOnes() {
        long meeting = ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/meetings",
                                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"2026-10-20T09:00:00\",\"endsAt\":\"2026-10-20T11:30:00\","
                                        + "\"place\":\"第三会议室\"}"),
                        201)
                .path("id")
                .asLong();
        long item = ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/meetings/" + meeting + "/items",
                                "{\"type\":\"APPOINTMENT\",\"title\":\"人事任免事项（逐人表决）\"}"),
                        201)
                .path("id")
                .asLong();
        List<Long> members = new ArrayList<>();
        ok(get("staff", "/api/v1/meetings/" + meeting), 200)
                .path("attendance")
                .forEach(a -> members.add(a.path("personId").asLong()));
        StringJoiner attendance = new StringJoiner(",", "{\"attendance\":{", "}}");
        for (int i = 0; i < members.size(); i++) {
            attendance.add("\"" + members.get(i) + "\":\"" + (i < 24 ? "PRESENT" : "ON_LEAVE") + "\"");
        }
        ok(api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"NOTIFIED\"}"), 200);
        ok(api("staff", "PUT", "/api/v1/meetings/" + meeting + "/attendance", attendance.toString()), 200);
        for (String[] n : new String[][] {{"杜明远", "区教育局"}, {"林晓燕", "区民政局"}}) {
            ok(
                    api(
                            "staff",
                            "POST",
                            "/api/v1/meetings/items/" + item + "/nominees",
                            "{\"personName\":\"" + n[0] + "\",\"office\":\"局长\",\"unitName\":\"" + n[1]
                                    + "\",\"action\":\"APPOINT\"}"),
                    201);
        }
        ok(api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"HELD\"}"), 200);

        signIn("staff");
        phone();
        String page = "/meetings/" + meeting + "/items/" + item + "/nominees";
        open(page);
        // the first nominee: everyone present for (the default) — passes
        click(By.id("vote-members-1"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nominee-1"), "通过"));
        // the second: ten of the present members against — 14 for of all 29 members is not enough
        List<org.openqa.selenium.WebElement> selects =
                driver.findElements(By.cssSelector("#nominee-2 .nominee-ballots select"));
        assertThat(selects).hasSize(24);
        for (int i = 0; i < 10; i++) {
            new Select(selects.get(i)).selectByValue("AGAINST");
        }
        click(By.id("vote-members-2"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nominee-2"), "未通过"));
        assertThat(driver.findElement(By.id("nominee-2")).getText()).contains("按组成人员逐一表决");
        assertThat(driver.findElement(By.id("nominee-1")).getText()).doesNotContain("未通过");

        JsonNode nominees = ok(get("staff", "/api/v1/meetings/items/" + item + "/nominees"), 200);
        assertThat(nominees.get(0).path("votesFor").asInt()).isEqualTo(24);
        assertThat(nominees.get(1).path("votesFor").asInt()).isEqualTo(14);
        assertThat(nominees.get(1).path("votesAgainst").asInt()).isEqualTo(10);
        assertThat(ok(
                                get(
                                        "staff",
                                        "/api/v1/meetings/items/" + item + "/nominees/"
                                                + nominees.get(1).path("id").asLong() + "/ballots"),
                                200)
                        .size())
                .isEqualTo(24);

        // the appointed nominee takes the oath; the failed one is offered none
        click(By.id("oath-1"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nominee-1"), "宪法宣誓"));
        assertThat(driver.findElements(By.id("oath-2"))).isEmpty();
        Long scrollWidth =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(375L);
        assertAccessible();
    }
}
