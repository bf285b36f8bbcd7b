package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The worklist counts (to-do tabs, navigation badge) are kept for a few seconds between page views, yet an
 * action shows in them at once: every engine event of the congress drops them.
 */
class WorklistCountsTests extends HandlingTestSupport {

    private static final Pattern TO_ACCEPT_TAB =
            Pattern.compile("id=\"tab-TO_ACCEPT\"[^>]*>\\s*<span>[^<]*</span>\\s*<span[^>]*>(\\d+)</span>");

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private long toAcceptTab(Session unit) {
        String body = unit.page("/todo?list=TO_ACCEPT").body();
        Matcher m = TO_ACCEPT_TAB.matcher(body);
        assertThat(m.find()).as("the TO_ACCEPT tab with its count").isTrue();
        return Long.parseLong(m.group(1));
    }

    private long toAcceptApi() {
        return json(get("h-unit1", "/api/v1/worklists")).get("TO_ACCEPT").asLong();
    }

    @Test
    void anIssuedCaseAndItsAcceptanceShowInTheUnitsCountsRightAfter() {
        users();
        Session unit = login("h-unit1");
        long before = toAcceptTab(unit);
        assertThat(toAcceptApi()).isEqualTo(before);
        // The counts are now cached; the next two actions must each show at once, well within the cache's TTL.
        long id = createOpinion(today(), true, false).get("id").asLong();
        assertThat(toAcceptTab(unit)).isEqualTo(before + 1);
        assertThat(toAcceptApi()).isEqualTo(before + 1);

        ok("h-unit1", id, "accept", null);
        assertThat(toAcceptTab(unit)).isEqualTo(before);
        assertThat(toAcceptApi()).isEqualTo(before);
    }

    @Test
    void eachUserGetsTheirOwnCounts() {
        users();
        long unit2Before = toAccept("h-unit2");
        long unit1Before = toAccept("h-unit1");
        createOpinion(today(), true, false);
        long unit1 = toAccept("h-unit1");
        assertThat(unit1).isEqualTo(unit1Before + 1);
        // Right after unit 1's counts were cached: unit 2's officer still gets unit 2's.
        assertThat(toAccept("h-unit2")).isEqualTo(unit2Before);
        assertThat(json(get("h-unit2", "/api/v1/worklists")).has("TO_ASSIGN"))
                .as("a unit officer has no staff lists")
                .isFalse();
        assertThat(json(get("staff", "/api/v1/worklists")).has("TO_ACCEPT"))
                .as("staff have no unit lists")
                .isFalse();
    }

    private long toAccept(String user) {
        return json(get(user, "/api/v1/worklists")).get("TO_ACCEPT").asLong();
    }
}
