package cn.renda.handling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The case row and the snapshot's lists are read by position ({@code HandlingRepository.caseRow},
 * {@code CaseSnapshots}): the statements must select their columns in the positions those readers assume.
 */
class CaseColumnsTests {

    private static String flat(String sql) {
        return sql.replaceAll("\\s+", " ").trim();
    }

    @Test
    void theCaseColumnsAreInTheOrderTheRowReaderReadsThem() {
        List<String> columns = Arrays.stream(
                        flat(HandlingRepository.CASE_COLUMNS).split(","))
                .map(String::trim)
                .toList();
        assertThat(columns)
                .containsExactly(
                        "c.id",
                        "c.kind",
                        "c.number",
                        "c.title",
                        "c.content",
                        "c.category",
                        "c.source_type",
                        "c.source_ref",
                        "c.source_date",
                        "c.attributes::text as attributes",
                        "c.state",
                        "c.visibility",
                        "c.key_case",
                        "c.supervising_leader",
                        "c.tracking_months",
                        "c.tracked",
                        "c.result_class",
                        "c.evaluation",
                        "c.final",
                        "c.version",
                        "c.created_by",
                        "c.created_at",
                        "c.updated_at");
    }

    @Test
    void theSnapshotSelectsTheCaseColumnsFirstThenItsListsInOrder() {
        String sql = flat(CaseSnapshots.SQL);
        assertThat(sql).startsWith("select " + flat(HandlingRepository.CASE_COLUMNS) + ", (select json_agg");
        List<String> aliases = new ArrayList<>();
        Matcher m = Pattern.compile("\\)::text as (\\w+)").matcher(sql);
        while (m.find()) {
            aliases.add(m.group(1));
        }
        assertThat(aliases).containsExactly(CaseSnapshots.LIST_COLUMNS);
    }
}
