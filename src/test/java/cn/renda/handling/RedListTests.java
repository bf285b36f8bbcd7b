package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The red filter of the case list and the overdue worklist reads the next due date on the case row; it still says
 * exactly what the clocks say: a paused clock is judged on its pause day, and the list holds every case with a red
 * clock and no other.
 */
class RedListTests extends HandlingTestSupport {

    @Autowired
    org.flywaydb.core.Flyway flyway;

    private JsonNode redListOf(String number) {
        return json(get("staff", "/api/v1/cases?colour=RED&q=" + URLEncoder.encode(number, StandardCharsets.UTF_8)));
    }

    private long accepted(String sourceDate) {
        long id = createOpinion(sourceDate, false, false).get("id").asLong();
        ok("staff", id, "assign", "\"assignments\":[{\"unitId\":" + UNIT_1 + ",\"role\":\"LEAD\"}]");
        ok("h-unit1", id, "accept", null);
        return id;
    }

    /** Cases of the test congress with a red active clock as of {@code day}, counted from the clocks themselves. */
    private long redByTheClocks(LocalDate day) throws java.sql.SQLException {
        try (var c = flyway.getConfiguration().getDataSource().getConnection();
                var ps = c.prepareStatement(
                        """
                        select count(distinct k.case_id) from handling.clock k
                         where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE','PAUSED')
                           and coalesce(k.paused_on, ?) > k.due_date""")) {
            ps.setLong(1, jiangxia());
            ps.setObject(2, day);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void aClockPausedBeforeItsDueDateIsNotRedAfterItButOneRunningIs() {
        clock.setDate(LocalDate.of(2023, 11, 1));
        long paused = accepted("2023-10-31");
        long running = accepted("2023-10-31");
        LocalDate due =
                LocalDate.parse(clockOf(caseJson(paused), "PLAN").get("dueDate").asString());
        clock.setDate(LocalDate.of(2023, 11, 6));
        ok("staff", paused, "pause", "\"clock\":\"PLAN\",\"reason\":\"等待法院裁判\"");

        clock.setDate(due.plusDays(10));
        JsonNode pausedCase = caseJson(paused);
        assertThat(clockOf(pausedCase, "PLAN").get("colour").asString())
                .as("the paused clock keeps its pause day's colour")
                .isNotEqualTo("RED");
        assertThat(redListOf(pausedCase.get("number").asString()).get("total").asLong())
                .as("a case whose only overdue clock was paused before its due date")
                .isZero();
        JsonNode runningCase = caseJson(running);
        assertThat(clockOf(runningCase, "PLAN").get("colour").asString()).isEqualTo("RED");
        JsonNode listed = redListOf(runningCase.get("number").asString());
        assertThat(listed.get("total").asLong()).isEqualTo(1);
        assertThat(listed.get("items").get(0).get("id").asLong()).isEqualTo(running);
    }

    @Test
    void aClockPausedAfterItsDueDateStaysRed() {
        clock.setDate(LocalDate.of(2023, 11, 1));
        long id = accepted("2023-10-31");
        LocalDate due =
                LocalDate.parse(clockOf(caseJson(id), "PLAN").get("dueDate").asString());
        clock.setDate(due.plusDays(2));
        ok("staff", id, "pause", "\"clock\":\"PLAN\",\"reason\":\"等待法院裁判\"");
        clock.setDate(due.plusDays(30));
        JsonNode c = caseJson(id);
        assertThat(clockOf(c, "PLAN").get("state").asString()).isEqualTo("PAUSED");
        assertThat(redListOf(c.get("number").asString()).get("total").asLong()).isEqualTo(1);
    }

    @Test
    void theRedListHoldsAsManyCasesAsHaveARedClock() throws Exception {
        clock.setDate(LocalDate.of(2023, 11, 1));
        accepted("2023-10-31");
        LocalDate day = LocalDate.of(2024, 3, 1);
        clock.setDate(day);
        long listed =
                json(get("staff", "/api/v1/cases?colour=RED")).get("total").asLong();
        assertThat(listed).isPositive().isEqualTo(redByTheClocks(day));
        long overdue = json(get("staff", "/api/v1/worklists")).get("OVERDUE").asLong();
        assertThat(overdue).as("the overdue worklist: the open red cases").isEqualTo(listed);
    }
}
