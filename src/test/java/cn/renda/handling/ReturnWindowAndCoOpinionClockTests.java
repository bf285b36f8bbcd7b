package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import cn.renda.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rules made exact: a unit returns (退办) an assignment only within its window (7 working days by default,
 * a per-congress policy), later the return is refused with a clear message; a co-unit's opinion (协办) has
 * its own clock (1 month by default), met when the opinion is sent. Cases of the inquiry-problem kind,
 * which no other test's policies touch.
 */
class ReturnWindowAndCoOpinionClockTests extends FullStackTest {

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

    /** A problem handed over to the given units (by name, the first leads); returns its case. */
    private JsonNode handedOverCase(String title, String... units) {
        long id = ok(
                        api("staff", "POST", INQUIRIES, "{\"title\":\"" + title + "\",\"inquiryDate\":\"2027-12-30\"}"),
                        201)
                .path("id")
                .asLong();
        StringBuilder names = new StringBuilder();
        for (String u : units) {
            names.append(names.length() == 0 ? "" : ",").append('"').append(u).append('"');
        }
        ok(
                api(
                        "staff",
                        "POST",
                        INQUIRIES + "/" + id + "/problems",
                        "{\"category\":\"规则\",\"sourceKind\":\"DEPARTMENT\",\"sourceObject\":\"某部门\",\"description\":\""
                                + title + "\",\"unitNames\":[" + names + "]}"),
                201);
        ok(api("staff", "POST", INQUIRIES + "/" + id + "/handover", null), 200);
        long caseId = ok(get("staff", INQUIRIES + "/" + id + "/problems"), 200)
                .path("items")
                .get(0)
                .path("caseId")
                .asLong();
        return ok(get("staff", "/api/v1/cases/" + caseId), 200);
    }

    private HttpResponse<String> giveBack(JsonNode c) {
        return api(
                "unit",
                "POST",
                "/api/v1/cases/" + c.path("id").asLong() + "/actions/RETURN",
                "{\"version\":" + c.path("version").asLong() + ",\"reason\":\"不属于本单位职责\"}");
    }

    @Test
    void aLateReturnIsRefusedWithTheWindowsLastDayAndNothingChanges() {
        clock.setDate(LocalDate.of(2027, 3, 1)); // a Monday
        JsonNode c = handedOverCase("退办期限：逾期退办", "区住房和城市更新局");
        clock.setDate(LocalDate.of(2027, 3, 11)); // the 8th working day after assignment
        HttpResponse<String> late = giveBack(c);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(422);
        assertThat(late.body()).contains("退办期限").contains("2027-03-10");
        JsonNode after = ok(get("staff", "/api/v1/cases/" + c.path("id").asLong()), 200);
        assertThat(after.path("state").asText()).isEqualTo("ASSIGNED");
        assertThat(after.path("version").asLong()).isEqualTo(c.path("version").asLong());
    }

    @Test
    void theCasePageOffersReturnOnlyWhileTheWindowIsOpen() {
        clock.setDate(LocalDate.of(2027, 3, 1)); // a Monday
        JsonNode c = handedOverCase("退办期限：页面不再提供", "区住房和城市更新局");
        long id = c.path("id").asLong();
        clock.setDate(LocalDate.of(2027, 3, 10)); // the 7th working day: the window's last day
        assertThat(ok(get("unit", "/api/v1/cases/" + id), 200).path("actions").toString())
                .contains("\"RETURN\"");
        assertThat(login("unit").page("/cases/" + id).body()).contains("/actions/return");
        clock.setDate(LocalDate.of(2027, 3, 11)); // the 8th: closed
        JsonNode after = ok(get("unit", "/api/v1/cases/" + id), 200);
        assertThat(after.path("actions").toString())
                .doesNotContain("\"RETURN\"")
                .contains("\"ACCEPT\"");
        assertThat(login("unit").page("/cases/" + id).body()).doesNotContain("/actions/return");
        // the engine's refusal stays the guard for whoever posts anyway
        assertThat(giveBack(c).statusCode()).isEqualTo(422);
    }

    @Test
    void aLongerWindowSetByTheCongressAcceptsALaterReturn() {
        clock.setDate(LocalDate.of(2027, 11, 8)); // a Monday; 2027 has no holiday notice: weekends only
        JsonNode c = handedOverCase("退办期限：本级延长", "区住房和城市更新局");
        JsonNode policy = null;
        for (JsonNode p : ok(get("staff", "/api/v1/case-kinds/INQUIRY_PROBLEM/policies"), 200)) {
            if ("RETURN".equals(p.path("clock").asText())) {
                policy = p;
            }
        }
        assertThat(policy).as("the return window is a policy of every kind").isNotNull();
        assertThat(policy.path("length").path("amount").asInt()).isEqualTo(7);
        assertThat(policy.path("length").path("unit").asText()).isEqualTo("WORKING_DAYS");
        clock.setDate(LocalDate.of(2027, 11, 22)); // 10 working days later: past 7, within 15
        assertThat(giveBack(c).statusCode()).isEqualTo(422);
        ok(
                api(
                        "staff",
                        "PUT",
                        "/api/v1/case-kinds/INQUIRY_PROBLEM/policies/RETURN",
                        "{\"length\":{\"amount\":15,\"unit\":\"WORKING_DAYS\"}}"),
                200);
        try {
            JsonNode returned = ok(giveBack(c), 200);
            assertThat(returned.path("state").asText()).isEqualTo("RETURNED");
        } finally {
            ok(
                    api(
                            "staff",
                            "PUT",
                            "/api/v1/case-kinds/INQUIRY_PROBLEM/policies/RETURN",
                            "{\"length\":{\"amount\":7,\"unit\":\"WORKING_DAYS\"}}"),
                    200);
        }
    }

    @Test
    void aCoUnitsOpinionHasItsOwnMonthClockMetWhenSent() {
        clock.setDate(LocalDate.of(2027, 5, 10));
        JsonNode c = handedOverCase("协办时限", "区交通运输局", "区住房和城市更新局");
        JsonNode co = null;
        for (JsonNode k : c.path("clocks")) {
            if ("CO_OPINION".equals(k.path("name").asText())) {
                co = k;
            }
        }
        assertThat(co).as("a CO_OPINION clock for the co-unit").isNotNull();
        assertThat(co.path("state").asText()).isEqualTo("RUNNING");
        assertThat(co.path("dueDate").asText()).isEqualTo("2027-06-10");
        long id = c.path("id").asLong();
        JsonNode accepted = ok(
                api(
                        "unit",
                        "POST",
                        "/api/v1/cases/" + id + "/actions/ACCEPT",
                        "{\"version\":" + c.path("version").asLong() + "}"),
                200);
        JsonNode sent = ok(
                api(
                        "unit",
                        "POST",
                        "/api/v1/cases/" + id + "/actions/CO_OPINION",
                        "{\"version\":" + accepted.path("version").asLong() + ",\"text\":\"建议同步规划排水管网\"}"),
                200);
        boolean met = false;
        for (JsonNode k : sent.path("clocks")) {
            if ("CO_OPINION".equals(k.path("name").asText())) {
                met = "MET".equals(k.path("state").asText());
            }
        }
        assertThat(met).as("the co-unit's clock is met by its opinion").isTrue();
    }
}
