package cn.renda.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The navigation badges are counted once for the pages of a few seconds, yet an action shows in them on the very
 * next page: another user's step (a domain event) and the user's own write (with or without an event) drop them.
 */
class NavigationCountsTests extends HandlingTestSupport {

    private static long badge(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\">(\\d+)<").matcher(html);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void anotherUsersStepAndTheUnitsOwnReturnShowInTheToDoBadgeOnTheNextPage() {
        users();
        Session unit = login("h-unit1");
        long before = badge(unit.page("/").body(), "nav-count-todo");
        // cached now: the staff's issue (an event of the congress) must show at once
        long id = createOpinion(today(), true, false).get("id").asLong();
        assertThat(badge(unit.page("/").body(), "nav-count-todo")).isEqualTo(before + 1);
        // and the unit's own step, right after the page that cached the new count
        ok("h-unit1", id, "return", "\"reason\":\"职责不符\"");
        assertThat(badge(unit.page("/").body(), "nav-count-todo")).isEqualTo(before);
    }

    @Test
    void markingEverythingReadEmptiesTheInboxBadgeOnTheNextPage() throws InterruptedException {
        users();
        createOpinion(today(), true, false); // the unit is told by a notice
        Session unit = login("h-unit1");
        long unread = 0;
        for (int i = 0; i < 40 && unread == 0; i++) { // should the notice come after the step
            unread = badge(unit.page("/").body(), "nav-count-inbox");
            if (unread == 0) {
                Thread.sleep(250);
            }
        }
        assertThat(unread).as("unread notices of unit 1").isPositive();
        // cached now; marking read publishes no event, the user's own write drops their counts
        var readAll = unit.formPost("/inbox/read-all", "x=1", "/inbox");
        assertThat(readAll.statusCode()).isEqualTo(302);
        assertThat(badge(unit.page("/").body(), "nav-count-inbox")).isZero();
    }
}
