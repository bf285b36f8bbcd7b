package cn.renda.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar API over HTTP: due dates, days, overrides per congress, validation and access rules. */
class CalendarApiTests extends FullStackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private String dueDate(String user, String query) {
        HttpResponse<String> r = get(user, "/api/v1/calendar/workdays?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json(r).get("date").asString();
    }

    private static List<String> errorFields(HttpResponse<String> r) {
        List<String> fields = new ArrayList<>();
        json(r).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    }

    @Test
    void fiveWorkingDaysAfter20January2023IsThe1stOfFebruary() {
        HttpResponse<String> r = get("staff", "/api/v1/calendar/workdays?from=2023-01-20&add=5");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("date").asString()).isEqualTo("2023-02-01");
        assertThat(dueDate("member", "from=2023-01-20&add=5&unit=WORKING_DAYS")).isEqualTo("2023-02-01");
    }

    @Test
    void civilUnitsClampMonthEndsAndSkipDaysOff() {
        assertThat(dueDate("staff", "from=2023-01-31&add=1&unit=MONTHS")).isEqualTo("2023-02-28");
        assertThat(dueDate("staff", "from=2024-02-29&add=12&unit=MONTHS")).isEqualTo("2025-02-28");
        assertThat(dueDate("staff", "from=2023-09-22&add=7&unit=CALENDAR_DAYS")).isEqualTo("2023-10-07");
        assertThat(dueDate("staff", "from=2024-09-24&add=1&unit=WEEKS")).isEqualTo("2024-10-08");
    }

    @Test
    void listsDaysWithWorkdayFlagHolidayNameAndOverrideFlag() {
        HttpResponse<String> r = get("deputy", "/api/v1/calendar/days?from=2023-01-20&to=2023-01-30");
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode days = json(r);
        assertThat(days.size()).isEqualTo(11);
        JsonNode first = days.get(0);
        assertThat(first.get("date").asString()).isEqualTo("2023-01-20");
        assertThat(first.get("workday").asBoolean()).isTrue();
        assertThat(first.get("name").isNull()).isTrue();
        assertThat(first.get("override").asBoolean()).isFalse();
        JsonNode eve = days.get(3); // 2023-01-23, Monday in the break
        assertThat(eve.get("workday").asBoolean()).isFalse();
        assertThat(eve.get("name").asString()).isEqualTo("春节");
        JsonNode makeUp = days.get(8); // Saturday 2023-01-28
        assertThat(makeUp.get("date").asString()).isEqualTo("2023-01-28");
        assertThat(makeUp.get("workday").asBoolean()).isTrue();
        assertThat(makeUp.get("name").asString()).isEqualTo("春节");
    }

    @Test
    void badQueriesAnswer400ProblemsWithFieldErrors() {
        HttpResponse<String> r = get("staff", "/api/v1/calendar/workdays?from=20.1.2023&add=5");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("from");

        r = get("staff", "/api/v1/calendar/workdays?from=2023-01-20&add=-1");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("add");
        assertThat(json(r).get("errors").get(0).get("message").asString()).isEqualTo("不能小于 0");

        r = get("staff", "/api/v1/calendar/workdays?from=2023-01-20&add=5&unit=FORTNIGHTS");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("unit");

        r = get("staff", "/api/v1/calendar/workdays?add=5");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("from");

        r = get("staff", "/api/v1/calendar/days?from=2023-01-01&to=2024-12-31");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("to");

        r = get("staff", "/api/v1/calendar/days?from=2023-02-01&to=2023-01-01");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("to");
        assertThat(json(r).get("errors").get(0).get("message").asString()).isEqualTo("结束日期不能早于开始日期");
    }

    @Test
    void anOverrideOfJiangxiaChangesOnlyJiangxiasAnswers() {
        HttpResponse<String> created = api(
                "admin",
                "POST",
                "/api/v1/calendar/overrides",
                "{\"date\":\"2023-01-31\",\"workday\":false,\"name\":\"区庆放假\"}");
        try {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/calendar/overrides/2023-01-31");
            assertThat(json(created).get("createdBy").asString()).isEqualTo("admin");

            assertThat(dueDate("admin", "from=2023-01-20&add=5")).isEqualTo("2023-02-02");
            assertThat(dueDate("staff", "from=2023-01-20&add=5")).isEqualTo("2023-02-02");
            assertThat(dueDate("hs-admin", "from=2023-01-20&add=5")).isEqualTo("2023-02-01");
            assertThat(dueDate("hs-staff", "from=2023-01-20&add=5")).isEqualTo("2023-02-01");

            JsonNode day = json(get("staff", "/api/v1/calendar/days?from=2023-01-31&to=2023-01-31"))
                    .get(0);
            assertThat(day.get("workday").asBoolean()).isFalse();
            assertThat(day.get("name").asString()).isEqualTo("区庆放假");
            assertThat(day.get("override").asBoolean()).isTrue();

            JsonNode list = json(get("staff", "/api/v1/calendar/overrides"));
            assertThat(list.get("total").asLong()).isEqualTo(1);
            assertThat(list.get("items").get(0).get("date").asString()).isEqualTo("2023-01-31");
            assertThat(json(get("hs-admin", "/api/v1/calendar/overrides"))
                            .get("total")
                            .asLong())
                    .isZero();
            assertThat(get("hs-admin", "/api/v1/calendar/overrides/2023-01-31").statusCode())
                    .isEqualTo(404);
        } finally {
            HttpResponse<String> removed = api("admin", "DELETE", "/api/v1/calendar/overrides/2023-01-31", null);
            assertThat(removed.statusCode()).isEqualTo(204);
        }
        assertThat(dueDate("admin", "from=2023-01-20&add=5")).isEqualTo("2023-02-01");
        assertProblem(api("admin", "DELETE", "/api/v1/calendar/overrides/2023-01-31", null), 404);
    }

    @Test
    void anOverrideEntersNextYearsScheduleBeyondTheNationalData() {
        // 2027 has no State Council notice in the data: Friday 1 January counts as a working day
        assertThat(dueDate("hs-staff", "from=2026-12-31&add=1")).isEqualTo("2027-01-01");
        HttpResponse<String> created = api(
                "hs-admin",
                "POST",
                "/api/v1/calendar/overrides",
                "{\"date\":\"2027-01-01\",\"workday\":false,\"name\":\"元旦\"}");
        try {
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(dueDate("hs-staff", "from=2026-12-31&add=1")).isEqualTo("2027-01-04");
            assertThat(dueDate("staff", "from=2026-12-31&add=1")).isEqualTo("2027-01-01");
            // the same date again conflicts
            assertProblem(
                    api(
                            "hs-admin",
                            "POST",
                            "/api/v1/calendar/overrides",
                            "{\"date\":\"2027-01-01\",\"workday\":false,\"name\":\"元旦\"}"),
                    409);
        } finally {
            assertThat(api("hs-admin", "DELETE", "/api/v1/calendar/overrides/2027-01-01", null)
                            .statusCode())
                    .isEqualTo(204);
        }
    }

    @Test
    void invalidOrRedundantOverridesAnswer400() {
        HttpResponse<String> r =
                api("admin", "POST", "/api/v1/calendar/overrides", "{\"date\":null,\"workday\":null,\"name\":\" \"}");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactlyInAnyOrder("date", "workday", "name");

        // Wednesday 2023-03-01 already is a working day
        r = api(
                "admin",
                "POST",
                "/api/v1/calendar/overrides",
                "{\"date\":\"2023-03-01\",\"workday\":true,\"name\":\"补班\"}");
        assertProblem(r, 400);
        assertThat(errorFields(r)).containsExactly("workday");
        assertThat(json(get("admin", "/api/v1/calendar/overrides")).get("total").asLong())
                .isZero();
    }

    @Test
    void onlyAdminsWriteOverridesAndStrangersReadNothing() {
        String body = "{\"date\":\"2027-02-05\",\"workday\":false,\"name\":\"春节\"}";
        assertProblem(api("staff", "POST", "/api/v1/calendar/overrides", body), 403);
        assertProblem(api("leader", "POST", "/api/v1/calendar/overrides", body), 403);
        assertProblem(api("staff", "DELETE", "/api/v1/calendar/overrides/2027-02-05", null), 403);
        assertProblem(api(null, "GET", "/api/v1/calendar/workdays?from=2023-01-20&add=5", null), 401);
        assertThat(json(get("admin", "/api/v1/calendar/overrides")).get("total").asLong())
                .isZero();
    }
}
