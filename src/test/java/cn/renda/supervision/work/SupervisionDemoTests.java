package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seed's 2023 supervision figures come from records of the demo congress. */
class SupervisionDemoTests extends SupervisionWorkTestSupport {

    @Test
    void theSeedsInspectionsLawEnforcementInspectionsAndOpinionLettersAreRecords() {
        JsonNode inspections = ok(get("staff", "/api/v1/supervision/inspections?year=2023&size=50"), 200);
        assertThat(inspections.path("total").asLong()).isEqualTo(20);
        assertThat(ok(get("staff", "/api/v1/supervision/inspections?year=2023&kind=DIRECTORS_RESEARCH"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(6);
        assertThat(ok(get("staff", "/api/v1/supervision/inspections?year=2023&kind=SPECIAL_INSPECTION"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(14);

        Set<Long> letters = new HashSet<>();
        for (JsonNode row : inspections.path("items")) {
            JsonNode inspection = ok(
                    get(
                            "staff",
                            "/api/v1/supervision/inspections/" + row.path("id").asLong()),
                    200);
            inspection
                    .path("findings")
                    .forEach(f -> letters.add(f.path("caseId").asLong()));
        }
        assertThat(letters).hasSize(17);
        for (long letter : letters) {
            JsonNode c = ok(get("staff", "/api/v1/cases/" + letter), 200);
            // the seed's letters carry the seed's year, whatever year the demo is loaded in
            assertThat(c.path("number").asText()).as("letter %s", letter).contains("〔2023〕");
        }

        String base = "/api/v1/supervision/law-enforcement-inspections?year=2023";
        assertThat(ok(get("staff", base), 200).path("total").asLong()).isEqualTo(6);
        assertThat(ok(get("staff", base + "&mode=CITY_JOINT"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(4);
        assertThat(ok(get("staff", base + "&mode=SELF_INITIATED"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(2);

        JsonNode plan = ok(get("staff", "/api/v1/supervision/plans/year/2023"), 200);
        assertThat(plan.path("published").asBoolean()).isTrue();
        assertThat(plan.path("adoptedBy").path("kind").asText()).isEqualTo("DIRECTORS_MEETING");
        int reports = 0;
        for (JsonNode item : plan.path("items")) {
            if ("SPECIAL_WORK_REPORT".equals(item.path("form").asText())) {
                reports++;
                assertThat(item.path("heardAt").path("type").asText()).isEqualTo("SPECIAL_WORK_REPORT");
            }
        }
        assertThat(reports).isEqualTo(14);

        JsonNode reportPage = ok(get("staff", "/api/v1/supervision/research-reports?year=2023"), 200);
        assertThat(reportPage.path("total").asLong()).isEqualTo(5);
        JsonNode researchReports = reportPage.path("items");
        assertThat(researchReports).hasSize(5);
        int instructed = 0;
        for (JsonNode r : researchReports) {
            instructed += r.path("instructions").isEmpty() ? 0 : 1;
        }
        assertThat(instructed).isEqualTo(3);

        var publicPlan = anonymous().page("/public/supervision-plan/2023");
        assertThat(publicPlan.statusCode()).isEqualTo(200);
        assertThat(publicPlan.body()).contains("江夏区人大常委会2023年度监督工作计划").contains("执法检查");
    }
}
