package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The case row's next due date (what the worklists and the case list sort by) is the earliest due date of the case's
 * active clocks after every kind of clock change: creation, assignment, meeting, pausing, resuming, extending, a
 * policy's new length and closing; and nowhere in the database does a case row disagree with its clocks.
 */
class NextDueOnCaseTests extends HandlingTestSupport {

    @Autowired
    org.flywaydb.core.Flyway flyway;

    /** The earliest due date among the active clocks the case's JSON shows, or null. */
    private static String activeMinimum(JsonNode c) {
        String min = null;
        for (JsonNode k : c.get("clocks")) {
            String state = k.get("state").asString();
            if (state.equals("RUNNING")
                    || state.equals("EXTENDED")
                    || state.equals("OVERDUE")
                    || state.equals("PAUSED")) {
                String due = k.get("dueDate").asString();
                min = min == null || due.compareTo(min) < 0 ? due : min;
            }
        }
        return min;
    }

    private String onRow(long caseId) throws java.sql.SQLException {
        try (var c = flyway.getConfiguration().getDataSource().getConnection();
                var ps = c.prepareStatement("select next_due from handling.cases where congress_id = ? and id = ?")) {
            ps.setLong(1, jiangxia());
            ps.setLong(2, caseId);
            try (var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                LocalDate d = rs.getObject(1, LocalDate.class);
                return d == null ? null : d.toString();
            }
        }
    }

    private void agrees(long caseId, JsonNode c) throws java.sql.SQLException {
        assertThat(onRow(caseId)).as("next_due of case %d", caseId).isEqualTo(activeMinimum(c));
    }

    @Test
    void theNextDueDateFollowsEveryClockChangeOfACase() throws Exception {
        clock.setDate(LocalDate.of(2023, 11, 1));
        JsonNode created = createOpinion("2023-10-31", false, false);
        long id = created.get("id").asLong();
        assertThat(activeMinimum(created)).isNotNull();
        agrees(id, created);

        JsonNode assigned =
                ok("staff", id, "assign", "\"assignments\":[{\"unitId\":" + UNIT_1 + ",\"role\":\"LEAD\"}]");
        agrees(id, assigned);
        JsonNode accepted = ok("h-unit1", id, "accept", null);
        agrees(id, accepted);
        String beforePause = onRow(id);

        clock.setDate(LocalDate.of(2023, 11, 6));
        agrees(id, ok("staff", id, "pause", "\"clock\":\"PLAN\",\"reason\":\"等待法院裁判\""));
        clock.setDate(LocalDate.of(2023, 11, 16));
        JsonNode resumed = ok("staff", id, "resume", "\"clock\":\"PLAN\"");
        agrees(id, resumed);
        assertThat(onRow(id))
                .as("resuming moves the due date by the paused days")
                .isGreaterThan(beforePause);

        agrees(
                id,
                ok(
                        "staff",
                        id,
                        "extend",
                        "\"clock\":\"PLAN\",\"extensionDays\":5,\"extensionUnit\":\"WORKING_DAYS\",\"reason\":\"区委要求\""));
        agrees(id, ok("h-unit1", id, "submit-plan", "\"text\":\"方案\""));
    }

    @Test
    void aWithdrawnCaseHasNoNextDueDate() throws Exception {
        clock.setDate(LocalDate.of(2023, 11, 1));
        long id = createOpinion("2023-10-31", false, false).get("id").asLong();
        agrees(id, ok("staff", id, "assign", "\"assignments\":[{\"unitId\":" + UNIT_1 + ",\"role\":\"LEAD\"}]"));
        assertThat(onRow(id)).isNotNull();
        JsonNode withdrawn = ok("staff", id, "withdraw", "\"reason\":\"撤回重发\"");
        assertThat(activeMinimum(withdrawn)).isNull();
        assertThat(onRow(id)).isNull();
    }

    @Test
    void aComplexSuggestionsNewReplyLengthMovesTheNextDueDate() throws Exception {
        clock.setDate(LocalDate.of(2023, 8, 15));
        String body = "{\"title\":\"关于山坡街道农村公路分段整治的建议（期限）\","
                + "\"content\":\"山坡街道农村公路年久失修，雨季塌方频发，建议统筹资金分段整治。\","
                + "\"topic\":\"交通\",\"research\":\"实地查看\",\"facts\":\"3处塌方\",\"consulted\":\"村干部\"}";
        long suggestion = json(api("deputy", "POST", "/api/v1/suggestions", body))
                .path("id")
                .asLong();
        api("deputy", "POST", "/api/v1/suggestions/" + suggestion + "/submit", null);
        api("staff", "POST", "/api/v1/suggestions/" + suggestion + "/register", "{}");
        long unit = json(get("unit", "/api/v1/me")).path("unitId").asLong();
        JsonNode assigned = json(api(
                "staff",
                "POST",
                "/api/v1/suggestions/" + suggestion + "/assign",
                "{\"assignments\":[{\"unitId\":" + unit + ",\"role\":\"LEAD\"}],\"complex\":false}"));
        long caseId = assigned.path("handling").path("id").asLong();
        agrees(caseId, caseJson(caseId));
        // accepted: the reply clock is the one that runs, due three months after assignment
        agrees(caseId, ok("unit", caseId, "accept", null));
        assertThat(onRow(caseId))
                .isEqualTo(clockOf(caseJson(caseId), "REPLY").get("dueDate").asString());
        assertThat(onRow(caseId)).isEqualTo("2023-11-15");

        clock.setDate(LocalDate.of(2023, 10, 9));
        var complex = api("staff", "POST", "/api/v1/suggestions/" + suggestion + "/complex", null);
        assertThat(complex.statusCode()).as(complex.body()).isEqualTo(200);
        agrees(caseId, caseJson(caseId));
        assertThat(onRow(caseId)).as("six months, the policy's new length").isEqualTo("2024-02-18");
    }

    @Test
    void noCaseRowDisagreesWithItsClocks() throws Exception {
        // Whatever the demo data and the other tests did to cases before this one.
        try (var c = flyway.getConfiguration().getDataSource().getConnection();
                var rs = c.createStatement()
                        .executeQuery(
                                """
                                select count(*) filter (where c.next_due is distinct from k.next_due),
                                       count(*) filter (where k.next_due is not null)
                                  from handling.cases c
                                  left join (select congress_id, case_id, min(due_date) as next_due from handling.clock
                                              where state in ('RUNNING','EXTENDED','OVERDUE','PAUSED')
                                              group by congress_id, case_id) k
                                    on k.congress_id = c.congress_id and k.case_id = c.id""")) {
            rs.next();
            assertThat(rs.getLong(2)).as("cases with an active clock").isPositive();
            assertThat(rs.getLong(1))
                    .as("cases whose next_due disagrees with their clocks")
                    .isZero();
        }
    }
}
