package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The handling pages over real HTTP: to-dos per role, list, board, case page and its action forms. */
class HandlingPagesTests extends HandlingTestSupport {

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void todoListsDependOnTheRoleAndComeFirstInTheMenu() {
        long draft = createOpinion(today(), false, false).get("id").asLong();
        long issued = createOpinion(today(), true, false).get("id").asLong();
        String draftNumber = caseJson(draft).get("number").asString();
        String issuedNumber = caseJson(issued).get("number").asString();

        Session staffSession = login("staff");
        var staff = staffSession.page("/todo?list=TO_ASSIGN");
        assertThat(staff.statusCode()).isEqualTo(200);
        assertThat(staff.body()).contains("待交办").contains("临期").contains("超期");
        assertThat(staff.body()).doesNotContain("待签收");
        // other tests' unassigned cases share the list, so the draft may sort onto a later page
        assertThat(anyPageContains(staffSession, "/todo?list=TO_ASSIGN", draftNumber))
                .as("the draft is on the staff's 待交办 list")
                .isTrue();
        String nav = staff.body().substring(staff.body().indexOf("navbar-nav me-auto"));
        assertThat(nav.indexOf("/todo")).as("我的待办 is the first menu entry").isLessThan(nav.indexOf("/cases"));

        var unit = login("h-unit1").page("/todo");
        assertThat(unit.body()).contains("待签收").contains("待报办理方案").contains(issuedNumber);
        assertThat(unit.body()).doesNotContain(draftNumber).doesNotContain("待交办");

        assertThat(login("h-member").page("/todo").body()).contains("待测评");
        assertThat(login("admin").page("/todo").body()).contains("您的角色没有签收、交办或测评办件的清单");
    }

    @Test
    void caseListFiltersSortsAndAnswersHtmxWithTheResultsOnly() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        String number = caseJson(id).get("number").asString();
        var session = login("staff");
        var page = session.page(
                "/cases?q=" + enc(number) + "&kind=SUPERVISION_OPINION&state=ISSUED&colour=GREEN&sort=due&dir=desc");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(number)
                .contains("共 1 件")
                .contains("hx-get")
                .contains("hx-push-url");
        assertThat(session.page("/cases?q=" + enc(number) + "&colour=RED").body())
                .contains("没有符合条件的办件")
                .doesNotContain(">" + number + "<");
        assertThat(session.page("/cases?unit=" + UNIT_2 + "&q=" + enc(number)).body())
                .contains("没有符合条件的办件");

        var partial = send(HttpRequest.newBuilder(uri("/cases?q=" + enc(number)))
                .header("Authorization", basic("staff", DEMO_PASSWORD))
                .header("HX-Request", "true")
                .build());
        assertThat(partial.statusCode()).isEqualTo(200);
        assertThat(partial.body()).contains("id=\"results\"").contains(number).doesNotContain("<html");

        assertThat(login("h-unit2").page("/cases?q=" + enc(number)).body()).contains("没有符合条件的办件");
    }

    @Test
    void boardCountsColoursByUnitForStaffAndIsClosedToUnits() {
        createOpinion(today(), true, false);
        var board = login("leader").page("/cases/board");
        assertThat(board.statusCode()).isEqualTo(200);
        assertThat(board.body())
                .contains("测试承办单位" + UNIT_1)
                .contains("clock-GREEN")
                .contains("/cases?unit=" + UNIT_1 + "&amp;kind=SUPERVISION_OPINION&amp;colour=RED");
        assertThat(login("h-unit1").page("/cases/board").statusCode()).isEqualTo(403);
    }

    @Test
    void casePageShowsOnlyTheUsersActionsAndRunsThemWithFlash() {
        long id = createOpinion(today(), true, true).get("id").asLong();
        var unit = login("h-unit1");
        var page = unit.page("/cases/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("action-accept")
                .contains("action-return")
                .doesNotContain("action-close")
                .doesNotContain("action-assign")
                .contains("测试承办单位" + UNIT_1)
                .contains("主办")
                .contains("clock-GREEN")
                .contains("过程记录哈希链完整")
                .contains("id=\"upload\"");
        assertThat(login("h-member").page("/cases/" + id).body())
                .contains("id=\"no-actions\"")
                .doesNotContain("id=\"upload\"");

        long version = caseJson(id).get("version").asLong();
        var accepted = unit.formPost("/cases/" + id + "/actions/accept", "version=" + version, "/cases/" + id);
        assertThat(accepted.statusCode()).isEqualTo(302);
        assertThat(accepted.headers().firstValue("Location").orElse("")).endsWith("/cases/" + id);
        var after = unit.page("/cases/" + id);
        assertThat(after.body())
                .contains("操作已完成")
                .contains("已签收")
                .doesNotContain("action-accept")
                .contains("id=\"timeline\"");
        assertThat(caseJson(id).get("state").asString())
                .as("the CO unit has not accepted yet")
                .isEqualTo("ISSUED");
    }

    @Test
    void anEmptyPlanIsAFieldErrorAndAStaleVersionIsAFriendlyConflict() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        ok("h-unit1", id, "accept", null);
        long version = caseJson(id).get("version").asLong();
        var unit = login("h-unit1");

        var empty =
                unit.formPost("/cases/" + id + "/actions/submit-plan", "version=" + version + "&text=", "/cases/" + id);
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("请填写内容").contains("is-invalid").contains("submit-plan-text-error");
        assertThat(caseJson(id).get("state").asString()).isEqualTo("ACCEPTED");

        var stale = unit.formPost(
                "/cases/" + id + "/actions/submit-plan",
                "version=" + (version - 1) + "&text=" + enc("方案"),
                "/cases/" + id);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("其他人已先一步处理了该办件").contains("id=\"conflict\"");
        assertThat(stale.body()).contains("name=\"version\" value=\"" + version + "\"");

        var done = unit.formPost(
                "/cases/" + id + "/actions/submit-plan",
                "version=" + version + "&text=" + enc("压缩审批时限"),
                "/cases/" + id);
        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(unit.page("/cases/" + id).body()).contains("压缩审批时限");
    }

    @Test
    void casesOutsideTheUsersScopeAreNotFound() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        assertThat(login("h-unit2").page("/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(login("deputy").page("/cases/" + id).statusCode()).isEqualTo(404);
    }

    /** Whether a paged list shows {@code text} on one of its pages (20 rows each, at most 50 pages). */
    private static boolean anyPageContains(Session session, String list, String text) {
        for (int page = 0; page < 50; page++) {
            String body = session.page(list + "&page=" + page).body();
            if (body.contains(text)) {
                return true;
            }
            if (!body.contains("data-case-row")) {
                return false;
            }
        }
        return false;
    }
}
