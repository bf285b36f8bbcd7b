package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Clocks on the congress calendar with a moved wall clock: Spring Festival 2024, National Day 2023,
 * month ends, colours and the deadline sweep, pauses and extensions.
 */
class ClockTests extends HandlingTestSupport {

    private long issuedOn(String day, String sourceDate) {
        clock.setDate(LocalDate.parse(day));
        long id = createOpinion(sourceDate, false, false).get("id").asLong();
        ok("staff", id, "assign", "\"assignments\":[{\"unitId\":9001,\"role\":\"LEAD\"}]");
        return id;
    }

    private String due(long id, String clockName) {
        return clockOf(caseJson(id), clockName).get("dueDate").asString();
    }

    @Test
    void issueClockFromASourceBeforeSpringFestivalEndsOnTheMakeUpWorkday() {
        clock.setDate(LocalDate.of(2024, 2, 8));
        var created = createOpinion("2024-02-07", false, false);
        // 2024-02-14 is inside the holiday (10–17 February); Sunday 18 February is a make-up working day
        assertThat(clockOf(created, "ISSUE").get("dueDate").asString()).isEqualTo("2024-02-18");
        assertThat(clockOf(created, "ISSUE").get("anchorDate").asString()).isEqualTo("2024-02-07");
    }

    @Test
    void acceptClockCountsWorkingDaysAcrossNationalDayAndItsMakeUpWeekend() {
        long id = issuedOn("2023-09-27", "2023-09-26");
        // working days after 27 Sep: 28 Sep, 7 Oct (Sat), 8 Oct (Sun), 9, 10, 11, 12 Oct
        assertThat(due(id, "ACCEPT")).isEqualTo("2023-10-12");
        // two weeks from 27 Sep is 11 Oct; three months is 27 Dec
        assertThat(due(id, "PLAN")).isEqualTo("2023-10-11");
        assertThat(due(id, "RESULT")).isEqualTo("2023-12-27");
    }

    @Test
    void resultClockFromAMonthEndEndsOnTheLastDayOfFebruary() {
        long id = issuedOn("2023-11-30", "2023-11-29");
        assertThat(due(id, "RESULT")).isEqualTo("2024-02-29");
        assertThat(due(id, "PLAN")).isEqualTo("2023-12-14");
    }

    @Test
    void coloursTurnYellowThenRedAndTheSweepReportsEachColourOnce() {
        long id = issuedOn("2023-11-01", "2023-10-31");
        assertThat(due(id, "PLAN")).isEqualTo("2023-11-15");
        ok("h-unit1", id, "accept", null);
        // PLAN reminds 3 working days before 15 Nov: yellow from 10 Nov
        clock.setDate(LocalDate.of(2023, 11, 10));
        assertThat(clockOf(caseJson(id), "PLAN").get("colour").asString()).isEqualTo("YELLOW");
        assertThat(caseJson(id).get("colour").asString()).isEqualTo("YELLOW");
        sweep.runNow();
        sweep.runNow();
        clock.setDate(LocalDate.of(2023, 11, 16));
        var late = clockOf(caseJson(id), "PLAN");
        assertThat(late.get("colour").asString()).isEqualTo("RED");
        sweep.runNow();
        sweep.runNow();
        var c = caseJson(id);
        assertThat(clockOf(c, "PLAN").get("state").asString()).isEqualTo("OVERDUE");
        assertThat(get("staff", "/api/v1/worklists/OVERDUE?size=200").body()).contains("\"id\":" + id);
        var timeline = json(get("staff", "/api/v1/cases/" + id + "/timeline?size=200"));
        int yellow = 0;
        int red = 0;
        for (var e : timeline.get("items")) {
            if ("PLAN".equals(e.get("payload").path("clock").asString())) {
                yellow += "CLOCK_YELLOW".equals(e.get("action").asString()) ? 1 : 0;
                red += "CLOCK_OVERDUE".equals(e.get("action").asString()) ? 1 : 0;
            }
        }
        assertThat(yellow).isEqualTo(1);
        assertThat(red).isEqualTo(1);
        var planned = ok("h-unit1", id, "submit-plan", "\"text\":\"方案\"");
        assertThat(clockOf(planned, "PLAN").get("metLate").asBoolean()).isTrue();
        assertThat(json(get("staff", "/api/v1/cases/" + id + "/audit"))
                        .get("valid")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void colourFiltersAndNearDueAndOverdueListsAgreeWithTheCaseColour() {
        long id = issuedOn("2023-11-01", "2023-10-31");
        ok("h-unit1", id, "accept", null);
        String number = caseJson(id).get("number").asString();
        assertThat(colourMatches(number)).containsExactly("GREEN");
        clock.setDate(LocalDate.of(2023, 11, 10));
        assertThat(caseJson(id).get("colour").asString()).isEqualTo("YELLOW");
        assertThat(colourMatches(number)).containsExactly("YELLOW");
        assertThat(get("staff", "/api/v1/worklists/NEAR_DUE?size=200").body()).contains("\"id\":" + id);
        // paused inside the reminder window: judged by its pause day, so still yellow after the due date
        ok("staff", id, "pause", "\"clock\":\"PLAN\",\"reason\":\"等待法院裁判\"");
        clock.setDate(LocalDate.of(2023, 11, 20));
        assertThat(caseJson(id).get("colour").asString()).isEqualTo("YELLOW");
        assertThat(colourMatches(number)).containsExactly("YELLOW");
        assertThat(get("staff", "/api/v1/worklists/OVERDUE?size=200").body()).doesNotContain("\"id\":" + id);
        ok("staff", id, "resume", "\"clock\":\"PLAN\"");
        clock.setDate(LocalDate.of(2023, 12, 20));
        assertThat(caseJson(id).get("colour").asString()).isEqualTo("RED");
        assertThat(colourMatches(number)).containsExactly("RED");
        assertThat(get("staff", "/api/v1/worklists/OVERDUE?size=200").body()).contains("\"id\":" + id);
        assertThat(get("staff", "/api/v1/worklists/NEAR_DUE?size=200").body()).doesNotContain("\"id\":" + id);
    }

    /** The colours under which the case list's colour filter finds the case with this number. */
    private java.util.List<String> colourMatches(String number) {
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String colour : java.util.List.of("GREEN", "YELLOW", "RED")) {
            var page = json(get(
                    "staff",
                    "/api/v1/cases?colour=" + colour + "&q="
                            + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)));
            if (page.get("total").asLong() > 0) {
                assertThat(page.get("items").get(0).get("colour").asString()).isEqualTo(colour);
                found.add(colour);
            }
        }
        return found;
    }

    @Test
    void pauseMovesTheDueDateByThePausedDays() {
        long id = issuedOn("2023-11-01", "2023-10-31");
        assertThat(due(id, "RESULT")).isEqualTo("2024-02-01");
        clock.setDate(LocalDate.of(2023, 11, 6));
        var paused = ok("staff", id, "pause", "\"clock\":\"RESULT\",\"reason\":\"等待法院裁判\"");
        assertThat(clockOf(paused, "RESULT").get("state").asString()).isEqualTo("PAUSED");
        clock.setDate(LocalDate.of(2023, 11, 16));
        var resumed = ok("staff", id, "resume", "\"clock\":\"RESULT\"");
        // paused 10 calendar days: 1 Feb + 10 days = 11 Feb 2024 (holiday) → 18 Feb (make-up working day)
        assertThat(clockOf(resumed, "RESULT").get("dueDate").asString()).isEqualTo("2024-02-18");
        assertThat(clockOf(resumed, "RESULT").get("state").asString()).isEqualTo("RUNNING");
    }

    @Test
    void unitRequestsAnExtensionAndStaffApproveIt() {
        long id = issuedOn("2023-11-01", "2023-10-31");
        ok("h-unit1", id, "accept", null);
        var requested = ok(
                "h-unit1",
                id,
                "request-extension",
                "\"clock\":\"PLAN\",\"extensionDays\":5,\"extensionUnit\":\"WORKING_DAYS\",\"reason\":\"需征求多部门意见\"");
        assertThat(requested.get("extensions").get(0).get("status").asString()).isEqualTo("REQUESTED");
        assertThat(act(
                                "h-unit1",
                                id,
                                "approve-extension",
                                requested.get("version").asLong(),
                                null)
                        .statusCode())
                .isEqualTo(403);
        var approved = ok("leader", id, "approve-extension", null);
        var plan = clockOf(approved, "PLAN");
        // 15 Nov + 5 working days = 22 Nov
        assertThat(plan.get("dueDate").asString()).isEqualTo("2023-11-22");
        assertThat(plan.get("state").asString()).isEqualTo("EXTENDED");
        assertThat(plan.get("extensions").asInt()).isEqualTo(1);
        assertThat(approved.get("extensions").get(0).get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("extensions").get(0).get("oldDue").asString()).isEqualTo("2023-11-15");
        var direct = ok(
                "staff",
                id,
                "extend",
                "\"clock\":\"RESULT\",\"extensionDays\":1,\"extensionUnit\":\"MONTHS\",\"reason\":\"区委要求\"");
        assertThat(clockOf(direct, "RESULT").get("dueDate").asString()).isEqualTo("2024-03-01");
    }

    @Test
    void congressPolicyOverridesTheKindDefault() {
        var put = api(
                "staff",
                "PUT",
                "/api/v1/case-kinds/SUPERVISION_OPINION/policies/ISSUE",
                "{\"length\":{\"amount\":10,\"unit\":\"WORKING_DAYS\"},\"reminderLeads\":[{\"amount\":2,\"unit\":\"WORKING_DAYS\"}]}");
        assertThat(put.statusCode()).isEqualTo(200);
        try {
            clock.setDate(LocalDate.of(2023, 9, 27));
            var created = createOpinion("2023-09-27", false, false);
            assertThat(clockOf(created, "ISSUE").get("dueDate").asString()).isEqualTo("2023-10-17");
            assertThat(get("hs-staff", "/api/v1/case-kinds/SUPERVISION_OPINION/policies")
                            .body())
                    .doesNotContain("\"custom\":true");
        } finally {
            api(
                    "staff",
                    "PUT",
                    "/api/v1/case-kinds/SUPERVISION_OPINION/policies/ISSUE",
                    "{\"length\":{\"amount\":1,\"unit\":\"WEEKS\"},\"reminderLeads\":[{\"amount\":2,\"unit\":\"WORKING_DAYS\"}]}");
        }
    }
}
