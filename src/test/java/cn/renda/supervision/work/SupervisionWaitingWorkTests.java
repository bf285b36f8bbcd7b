package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Supervision's waiting work on the home page and the navigation badges: staff see letters awaiting replies and
 * rectifications under way or to verify, a unit sees its own problems to rectify, and the counts move with the cases.
 */
class SupervisionWaitingWorkTests extends SupervisionWorkTestSupport {

    /** The count the home page shows for a waiting item (0 when the item is not listed: only non-zero ones are). */
    private long waiting(String user, String label) {
        String home = login(user).page("/").body();
        Matcher m = Pattern.compile(Pattern.quote(label) + "</span>\\s*<span[^>]*>(\\d+)</span>")
                .matcher(home);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    @Test
    void aRectificationCountsForTheUnitUntilReportedThenForStaffToVerify() {
        long unitBefore = waiting("unit", "本单位待整改的问题");
        long underWayBefore = waiting("staff", "限期整改中的问题");
        long toVerifyBefore = waiting("staff", "待核实整改的问题");

        long inspection = inspection("待办计数：消防通道");
        long caseId = finding(inspection, "待办计数：消防通道被占用", "RECTIFICATION", 30)
                .path("caseId")
                .asLong();
        assertThat(waiting("unit", "本单位待整改的问题")).isEqualTo(unitBefore + 1);
        assertThat(waiting("staff", "限期整改中的问题")).isEqualTo(underWayBefore + 1);
        // the staff's supervision entry carries a badge
        assertThat(login("staff").page("/").body()).contains("id=\"nav-count-supervision\"");

        act("unit", caseId, "ACCEPT", "");
        act("unit", caseId, "REPLY", "\"text\":\"已清理消防通道\",\"resultClass\":\"A\"");
        assertThat(waiting("unit", "本单位待整改的问题")).isEqualTo(unitBefore);
        assertThat(waiting("staff", "限期整改中的问题")).isEqualTo(underWayBefore);
        assertThat(waiting("staff", "待核实整改的问题")).isEqualTo(toVerifyBefore + 1);
        // what staff wait for is not the unit's business
        assertThat(login("unit").page("/").body()).doesNotContain("待核实整改的问题");
    }

    @Test
    void staffSeeTheDemoLettersAwaitingRepliesAndTheListBehindTheCount() {
        long awaiting = waiting("staff", "待承办单位答复的意见函");
        long expected = 0;
        for (String state : new String[] {"ISSUED", "ACCEPTED", "PLANNED", "FOLLOW_UP"}) {
            expected += ok(get("staff", "/api/v1/cases?kind=SUPERVISION_OPINION&size=1&state=" + state), 200)
                    .path("total")
                    .asLong();
        }
        assertThat(expected).as("the demo has letters in handling").isPositive();
        assertThat(awaiting).isEqualTo(expected);
        assertThat(login("staff").page("/").body()).contains("/cases?kind=SUPERVISION_OPINION");
        assertThat(waiting("deputy", "待承办单位答复的意见函")).isZero();
    }
}
