package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import cn.renda.support.MutableClock;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 代表法 第五十一条 as a policy: a complex suggestion's reply is due 6 months after assignment, on the
 * congress calendar (Spring Festival 2024), whether marked complex at assignment or later; and the demo
 * year's reply clocks run from their real assignment dates.
 */
class SuggestionClockPolicyTests extends FullStackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    long registered(String title) {
        String body = "{\"title\":\"" + title + "\",\"content\":\"山坡街道农村公路年久失修，雨季塌方频发，建议统筹资金分段整治。\","
                + "\"topic\":\"交通\",\"research\":\"实地查看\",\"facts\":\"3处塌方\",\"consulted\":\"村干部\"}";
        long id = json(api("deputy", "POST", "/api/v1/suggestions", body), 201)
                .path("id")
                .asLong();
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"), 200);
        return id;
    }

    long unit() {
        return json(get("unit", "/api/v1/me"), 200).path("unitId").asLong();
    }

    JsonNode assign(long id, boolean complex) {
        return json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/assign",
                        "{\"assignments\":[{\"unitId\":" + unit() + ",\"role\":\"LEAD\"}],\"complex\":" + complex
                                + "}"),
                200);
    }

    static JsonNode replyClock(JsonNode detail) {
        for (JsonNode k : detail.path("handling").path("clocks")) {
            if ("REPLY".equals(k.path("name").asString())
                    && !"CANCELLED".equals(k.path("state").asString())) {
                return k;
            }
        }
        throw new AssertionError("no REPLY clock in " + detail);
    }

    @Test
    void complexAtAssignmentGivesSixMonthsEndingOnTheFirstWorkdayAfterSpringFestival() {
        // 15 Aug 2023 + 6 months = 15 Feb 2024, inside the holiday (10–17 Feb); Sunday 18 Feb is a make-up workday
        clock.setDate(LocalDate.of(2023, 8, 15));
        long id = registered("关于山坡街道农村公路分段整治的建议（复杂）");
        JsonNode reply = replyClock(assign(id, true));
        assertThat(reply.path("anchorDate").asString()).isEqualTo("2023-08-15");
        assertThat(reply.path("dueDate").asString()).isEqualTo("2024-02-18");
        assertThat(reply.path("length").path("amount").asInt()).isEqualTo(6);
        assertThat(reply.path("extensions").asInt())
                .as("policy, not an extension")
                .isZero();
    }

    @Test
    void markingComplexAfterAssignmentRecomputesTheRunningClockFromAssignmentOnTheTimeline() {
        clock.setDate(LocalDate.of(2023, 8, 15));
        long id = registered("关于山坡街道农村公路分段整治的建议（后定复杂）");
        JsonNode assigned = assign(id, false);
        assertThat(replyClock(assigned).path("dueDate").asString()).isEqualTo("2023-11-15");
        long caseId = assigned.path("handling").path("id").asLong();

        clock.setDate(LocalDate.of(2023, 10, 9));
        JsonNode complex = json(api("staff", "POST", "/api/v1/suggestions/" + id + "/complex", null), 200);
        JsonNode reply = replyClock(complex);
        assertThat(reply.path("anchorDate").asString()).isEqualTo("2023-08-15");
        assertThat(reply.path("dueDate").asString()).isEqualTo("2024-02-18");
        assertThat(reply.path("extensions").asInt()).isZero();
        assertThat(complex.path("handling").path("extensions").size()).isZero();
        assertThat(complex.path("suggestion").path("complex").asBoolean()).isTrue();

        String timeline =
                get("staff", "/api/v1/cases/" + caseId + "/timeline?size=100").body();
        assertThat(timeline).contains("\"action\":\"CLOCK_POLICY\"", "\"newDue\":\"2024-02-18\"", "第五十一条");
        // marking twice is a conflict
        assertThat(api("staff", "POST", "/api/v1/suggestions/" + id + "/complex", null)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void complexBeforeAssignmentStartsTheReplyClockWithSixMonths() {
        clock.setDate(LocalDate.of(2023, 8, 15));
        long id = registered("关于山坡街道农村公路分段整治的建议（先定复杂）");
        json(api("staff", "POST", "/api/v1/suggestions/" + id + "/complex", null), 200);
        JsonNode reply = replyClock(assign(id, false));
        assertThat(reply.path("dueDate").asString()).isEqualTo("2024-02-18");
        assertThat(reply.path("extensions").asInt()).isZero();
    }

    @Test
    void demoReplyClocksRunFromTheirAssignmentDatesSoSomeAreOverdueAndSomeMet() {
        JsonNode list = json(get("staff", "/api/v1/cases?kind=SUGGESTION&size=200"), 200);
        int overdue = 0;
        int met = 0;
        int pastAnchors = 0;
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        for (JsonNode item : list.path("items")) {
            JsonNode c = json(get("staff", "/api/v1/cases/" + item.path("id").asLong()), 200);
            for (JsonNode k : c.path("clocks")) {
                if (!"REPLY".equals(k.path("name").asString())) {
                    continue;
                }
                if (LocalDate.parse(k.path("anchorDate").asString()).isBefore(today.minusMonths(1))) {
                    pastAnchors++;
                }
                if ("RED".equals(k.path("colour").asString())
                        && !"MET".equals(k.path("state").asString())) {
                    overdue++;
                }
                if ("MET".equals(k.path("state").asString())
                        && !k.path("metLate").asBoolean()) {
                    met++;
                }
            }
        }
        assertThat(pastAnchors).as("clocks start at the demo assignment dates").isGreaterThan(20);
        assertThat(overdue).as("genuinely overdue demo cases").isPositive();
        assertThat(met).as("replies met on time").isPositive();
    }
}
