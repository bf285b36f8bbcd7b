package cn.renda.suggestion;

import static cn.renda.suggestion.SuggestionLoopTests.json;
import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import cn.renda.support.SuggestionApi;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A B-class reply (正在解决或列入计划) keeps the suggestion tracked until solved: the unit waits for the deputy's
 * evaluation, then sees the follow-up reply form with the next step explained; a follow-up reply of class A ends the
 * tracking and the office may close. A unit never sees a reply form after the evaluation of an A-class reply.
 */
class BClassFollowUpTests extends FullStackTest {

    private long unitId() {
        return json(get("unit", "/api/v1/me"), 200).path("unitId").asLong();
    }

    private final SuggestionApi suggestions = new SuggestionApi(this);

    private JsonNode act(String user, long id, String action, String body, int status) {
        return suggestions.act(user, id, action, body, status);
    }

    /** A suggestion of the demo deputy assigned to the demo unit, accepted and with the contact logged. */
    private long accepted(String title) {
        String body = "{\"title\":\"" + title + "\",\"content\":\"纸坊街道背街小巷路灯损坏较多，夜间出行不便，建议全面排查修复。\","
                + "\"topic\":\"城市管理\",\"research\":\"走访两个社区\",\"facts\":\"20余盏路灯不亮\",\"consulted\":\"社区书记\",\"publishConsent\":true}";
        long id = json(api("deputy", "POST", "/api/v1/suggestions", body), 201)
                .path("id")
                .asLong();
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"), 200);
        json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/assign",
                        "{\"assignments\":[{\"unitId\":" + unitId() + ",\"role\":\"LEAD\"}],\"complex\":false}"),
                200);
        act("unit", id, "accept", "", 200);
        json(
                api(
                        "unit",
                        "POST",
                        "/api/v1/suggestions/" + id + "/contacts",
                        "{\"date\":\"2026-01-05\",\"way\":\"PHONE\",\"agreed\":\"先修复主干道路灯\"}"),
                200);
        return id;
    }

    @Test
    void aBClassReplyIsFollowedUpAfterTheEvaluationUntilSolvedAndThenClosed() {
        long id = accepted("关于修复纸坊街道背街小巷路灯的建议");
        act("unit", id, "reply", "\"text\":\"主干道路灯已修复，背街小巷纳入年度计划\",\"resultClass\":\"B\"", 200);
        var unit = login("unit");

        String waiting = unit.page("/suggestions/" + id).body();
        assertThat(waiting)
                .as("before the evaluation: no reply form, the unit is told to wait")
                .doesNotContain("data-reply-form")
                .contains("已答复,等待代表测评");
        refused(id, "before the evaluation");

        act("deputy", id, "evaluate", "\"evaluation\":\"BASICALLY_SATISFIED\",\"text\":\"希望尽快完成\"", 200);
        String tracked = unit.page("/suggestions/" + id).body();
        assertThat(tracked)
                .contains("data-reply-form")
                .contains("data-tracked-reply")
                .contains("跟进答复(B 类跟踪件)")
                .contains("问题解决后请在下方报送跟进答复(A 类)");
        JsonNode staffView = json(get("staff", "/api/v1/suggestions/" + id), 200);
        assertThat(staffView.path("handling").path("tracked").asBoolean()).isTrue();
        assertThat(staffView.path("handling").path("actions").toString())
                .as("a tracked case is not closed")
                .doesNotContain("CLOSE");

        JsonNode solved = act("unit", id, "reply", "\"text\":\"背街小巷路灯已全部修复\",\"resultClass\":\"A\"", 200);
        assertThat(solved.path("handling").path("tracked").asBoolean()).isFalse();
        assertThat(solved.path("handling").path("state").asString()).isEqualTo("EVALUATED");
        String number = staffView.path("handling").path("number").asString();
        assertThat(inboxSoon("建议跟进答复:" + number))
                .as("the deputy is told of the follow-up reply, not asked to evaluate again")
                .isTrue();
        String done = unit.page("/suggestions/" + id).body();
        assertThat(done)
                .as("solved: no more reply form, the office closes")
                .doesNotContain("data-reply-form")
                .contains("本件无需再答复,等待办公室办结");
        assertThat(unit.page("/suggestions/" + id + "?lang=en").body()).contains("no further reply is needed");
        assertThat(act("staff", id, "close", "", 200)
                        .path("handling")
                        .path("state")
                        .asString())
                .isEqualTo("CLOSED");
    }

    @Test
    void anAClassReplyGetsNoFollowUpFormAfterTheEvaluation() {
        long id = accepted("关于增设纸坊街道路灯的建议");
        act("unit", id, "reply", "\"text\":\"已增设路灯30盏\",\"resultClass\":\"A\"", 200);
        act("deputy", id, "evaluate", "\"evaluation\":\"SATISFIED\"", 200);
        String page = login("unit").page("/suggestions/" + id).body();
        assertThat(page).doesNotContain("data-reply-form").contains("等待办公室办结");
        refused(id, "after the evaluation of an A-class reply");
    }

    @Test
    void aSecondReplyAfterReHandlingAsksTheDeputyToEvaluateAgain() {
        long id = accepted("关于修复纸坊街道东湖路路灯的建议");
        String number = json(get("staff", "/api/v1/suggestions/" + id), 200)
                .path("handling")
                .path("number")
                .asString();
        String ask = "请测评:" + number;
        act("unit", id, "reply", "\"text\":\"已修复一半\",\"resultClass\":\"B\"", 200);
        assertThat(inboxCountSoon(ask, 1))
                .as("the first reply asks for an evaluation")
                .isTrue();
        act("deputy", id, "evaluate", "\"evaluation\":\"UNSATISFIED\",\"text\":\"进度太慢\"", 200);
        act("unit", id, "reply", "\"text\":\"已全部修复\",\"resultClass\":\"A\"", 200);
        assertThat(inboxCountSoon(ask, 2))
                .as("the same unit's reply after 重新办理 is news too, not a redelivery of the first")
                .isTrue();
    }

    /** Whether the deputy's inbox shows the text at least {@code times} times within ten seconds. */
    private boolean inboxCountSoon(String text, int times) {
        for (int i = 0; i < 50; i++) {
            String inbox = get("deputy", "/api/v1/inbox?size=100").body();
            if (inbox.split(java.util.regex.Pattern.quote(text), -1).length - 1 >= times) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** Whether the deputy's inbox shows the text within ten seconds (notices are sent after the commit). */
    private boolean inboxSoon(String text) {
        for (int i = 0; i < 50; i++) {
            if (get("deputy", "/api/v1/inbox?size=100").body().contains(text)) {
                return true;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** A further reply by the unit is refused (illegal in the state, or the guard) and writes nothing. */
    private void refused(long id, String when) {
        long version = json(get("unit", "/api/v1/suggestions/" + id), 200)
                .path("handling")
                .path("version")
                .asLong();
        var r = api(
                "unit",
                "POST",
                "/api/v1/suggestions/" + id + "/actions/reply",
                "{\"version\":" + version + ",\"text\":\"再次答复\",\"resultClass\":\"A\"}");
        assertThat(r.statusCode()).as(when + ": " + r.body()).isIn(409, 422);
        assertThat(json(get("unit", "/api/v1/suggestions/" + id), 200)
                        .path("handling")
                        .path("version")
                        .asLong())
                .isEqualTo(version);
    }
}
