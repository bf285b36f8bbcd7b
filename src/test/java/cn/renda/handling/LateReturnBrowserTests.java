package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import cn.renda.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 退办 on a phone (375 px): the unit's case page offers the return on the window's last day and no longer the day
 * after; a return posted anyway is refused with the window's last day.
 */
class LateReturnBrowserTests extends BrowserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String INQUIRIES = "/api/v1/supervision/inquiries";

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        try {
            return JSON.readTree(r.body());
        } catch (Exception e) {
            throw new AssertionError(r.body(), e);
        }
    }

    @Test
    void theUnitsCasePageStopsOfferingReturnOnceTheWindowHasClosed() {
        clock.setDate(LocalDate.of(2027, 4, 5)); // a Monday
        long inquiry = ok(
                        api("staff", "POST", INQUIRIES, "{\"title\":\"退办期限：手机页面\",\"inquiryDate\":\"2027-12-30\"}"),
                        201)
                .path("id")
                .asLong();
        ok(
                api(
                        "staff",
                        "POST",
                        INQUIRIES + "/" + inquiry + "/problems",
                        "{\"category\":\"规则\",\"sourceKind\":\"DEPARTMENT\",\"sourceObject\":\"某部门\","
                                + "\"description\":\"退办期限：手机页面\",\"unitNames\":[\"区住房和城市更新局\"]}"),
                201);
        ok(api("staff", "POST", INQUIRIES + "/" + inquiry + "/handover", null), 200);
        long caseId = ok(get("staff", INQUIRIES + "/" + inquiry + "/problems"), 200)
                .path("items")
                .get(0)
                .path("caseId")
                .asLong();

        signIn("unit");
        phone();
        clock.setDate(LocalDate.of(2027, 4, 14)); // the 7th working day: the last day of the window
        open("/cases/" + caseId);
        assertThat(driver.findElements(By.cssSelector("form[action$='/actions/return']")))
                .hasSize(1);

        clock.setDate(LocalDate.of(2027, 4, 15)); // the 8th: closed
        open("/cases/" + caseId);
        assertThat(driver.findElements(By.cssSelector("form[action$='/actions/return']")))
                .isEmpty();
        assertThat(driver.findElements(By.cssSelector("form[action$='/actions/accept']")))
                .hasSize(1);
        Long scrollWidth =
                (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).isLessThanOrEqualTo(375L);
        assertAccessible();

        JsonNode c = ok(get("unit", "/api/v1/cases/" + caseId), 200);
        HttpResponse<String> late = api(
                "unit",
                "POST",
                "/api/v1/cases/" + caseId + "/actions/RETURN",
                "{\"version\":" + c.path("version").asLong() + ",\"reason\":\"不属于本单位职责\"}");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("2027-04-14");
    }
}
