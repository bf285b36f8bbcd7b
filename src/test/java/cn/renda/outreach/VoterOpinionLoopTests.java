package cn.renda.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.portal.internal.SubmitLimiter;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The closed loop of a voter opinion: portal → street triage → answer or escalation → citizen's evaluation. */
class VoterOpinionLoopTests extends OutreachSupport {

    @Autowired
    SubmitLimiter limiter;

    @BeforeEach
    @AfterEach
    void freshWindow() {
        limiter.forget("127.0.0.1");
    }

    @Test
    void citizenSubmitsStreetAnswersAndCitizenEvaluates() {
        Session citizen = anonymous();
        String code = submitOnPortal(citizen, streetId("法泗街"), "河堤护栏缺失", "法泗街金水河堤护栏缺了一段，孩子经过很危险。", "13912345678");
        String tracked = citizen.page("/public/track?code=" + code).body();
        assertThat(tracked)
                .contains("河堤护栏缺失")
                .contains("待分办")
                .doesNotContain("13912345678")
                .doesNotContain("王小明");

        Session street = login("street");
        long id = opinionId(street, code);
        String page = street.page("/outreach/opinions/" + id).body();
        assertThat(page).contains("139****5678").doesNotContain("13912345678");
        assertThat(step(street, id, "street", "category=" + enc("城市建设")).statusCode())
                .isEqualTo(302);
        assertThat(step(street, id, "answer", "reply=" + enc("已联系水务部门补装护栏，本周完工。") + "&publish=true&_publish=on")
                        .statusCode())
                .isEqualTo(302);

        tracked = citizen.page("/public/track?code=" + code).body();
        assertThat(tracked).contains("已答复").contains("已联系水务部门补装护栏");
        HttpResponse<String> evaluated = citizen.formPost(
                "/public/track/evaluate", "code=" + code + "&evaluation=SATISFIED", "/public/track?code=" + code);
        assertThat(evaluated.statusCode()).isEqualTo(302);
        tracked = citizen.page("/public/track?code=" + code).body();
        assertThat(tracked).contains("已办结").contains("满意").doesNotContain("id=\"evaluate-form\"");
        // a second evaluation is refused, and the published answer is on the portal's results page
        citizen.formPost(
                "/public/track/evaluate", "code=" + code + "&evaluation=UNSATISFIED", "/public/track?code=" + code);
        assertThat(citizen.page("/public/track?code=" + code).body()).doesNotContain("不满意</strong>");
        assertThat(anonymous().page("/public/results").body()).contains("河堤护栏缺失");
    }

    @Test
    void escalationToADistrictUnitKeepsTheWholeHistory() {
        Session citizen = anonymous();
        String code = submitOnPortal(citizen, streetId("法泗街"), "安置小区外墙渗水", "安置小区外墙渗水严重，屋里墙面发霉。", "13800001111");
        Session street = login("street");
        long id = opinionId(street, code);
        assertThat(step(street, id, "street", "category=" + enc("城市建设")).statusCode())
                .isEqualTo(302);
        // no unit picked: the error is on the picker, marked and linked for screen readers, and nothing changes
        HttpResponse<String> noUnit = step(street, id, "escalate", "category=" + enc("城市建设"));
        assertThat(noUnit.statusCode()).as("the page again, with the error").isEqualTo(400);
        assertThat(noUnit.body())
                .contains("id=\"unitId-error\"")
                .containsPattern("id=\"unitId-search\"[^>]*aria-describedby=\"unitId-error unitId-hint\"")
                .doesNotContain("<datalist id=\"unit-names\"");
        assertThat(street.page("/outreach/opinions/" + id).body()).doesNotContain("分办：交区级部门办理");
        long unit = pickedUnit(street, id, "区住房和城市更新局");
        HttpResponse<String> escalated =
                step(street, id, "escalate", "category=" + enc("城市建设") + "&unitId=" + unit + "&note=" + enc("涉及维修资金"));
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(302);
        String page = street.page("/outreach/opinions/" + id).body();
        long caseId = Long.parseLong(find(page, "/cases/(\\d+)\""));

        JsonNode c = json(get("unit", "/api/v1/cases/" + caseId), 200);
        assertThat(c.path("kind").asString()).isEqualTo("VOTER_OPINION");
        assertThat(c.path("source").path("type").asString()).isEqualTo("VOTER_OPINION");
        assertThat(c.path("source").path("reference").asString()).isEqualTo(code);
        act("unit", caseId, "accept", "");
        act("unit", caseId, "reply", "\"text\":\"已安排维修资金，月底前完成外墙防水。\",\"resultClass\":\"A\",\"publish\":true");

        page = street.page("/outreach/opinions/" + id).body();
        // received, triaged at street level, escalated, accepted and answered by the unit: every step in order
        int received = page.indexOf("收到意见");
        int atStreet = page.indexOf("分办：街道层面办理");
        int escalatedStep = page.indexOf("分办：交区级部门办理");
        int accepted = page.indexOf("承办单位签收");
        int replied = page.indexOf("承办单位答复");
        assertThat(received).isPositive();
        assertThat(atStreet).isGreaterThan(received);
        assertThat(escalatedStep).isGreaterThan(atStreet);
        assertThat(accepted).isGreaterThan(escalatedStep);
        assertThat(replied).isGreaterThan(accepted);
        assertThat(page).contains("涉及维修资金").contains("已安排维修资金");
        assertThat(citizen.page("/public/track?code=" + code).body())
                .contains("已答复")
                .contains("已安排维修资金");
    }

    @Test
    void theTwentyFirstSubmissionWithinAMinuteIsRefusedWithAClearMessage() {
        Session bot = anonymous();
        long street = streetId("纸坊街");
        for (int i = 1; i <= 20; i++) {
            HttpResponse<String> r = bot.formPost(
                    "/public/submit", "streetId=" + street + "&content=" + enc("第" + i + "条意见"), "/public/submit");
            assertThat(r.statusCode()).as("submission %d", i).isEqualTo(302);
        }
        HttpResponse<String> refused =
                bot.formPost("/public/submit", "streetId=" + street + "&content=" + enc("第21条意见"), "/public/submit");
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("id=\"rate-limited\"").contains("一分钟内最多提交20次");
        Session staff = login("staff");
        assertThat(results(staff.page("/outreach/opinions?q=" + enc("第21条意见")).body()))
                .doesNotContain("第21条意见");
        assertThat(results(staff.page("/outreach/opinions?q=" + enc("第20条意见")).body()))
                .contains("第20条意见");
    }

    @Test
    void aScriptTagShowsAsTextEverywhere() {
        Session citizen = anonymous();
        String evil = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String code = submitOnPortal(citizen, streetId("法泗街"), "标题<b>粗</b>", evil, "");
        String tracked = citizen.page("/public/track?code=" + code).body();
        assertThat(tracked)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .doesNotContain("<b>粗</b>");
        assertThat(tracked).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        Session street = login("street");
        String page =
                street.page("/outreach/opinions/" + opinionId(street, code)).body();
        assertThat(page).doesNotContain("<script>alert").contains("&lt;script&gt;");
    }

    @Test
    void aFilledHoneypotStoresNothingAndBadInputGetsFieldMessages() {
        Session bot = anonymous();
        long street = streetId("法泗街");
        HttpResponse<String> r = bot.formPost(
                "/public/submit",
                "streetId=" + street + "&content=" + enc("蜜罐测试意见") + "&website=" + enc("http://spam.example"),
                "/public/submit");
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).doesNotContain("code=");
        assertThat(results(login("staff")
                        .page("/outreach/opinions?q=" + enc("蜜罐测试意见"))
                        .body()))
                .doesNotContain("蜜罐测试意见");

        HttpResponse<String> tooLong = bot.formPost(
                "/public/submit", "streetId=" + street + "&content=" + enc("x".repeat(2001)), "/public/submit");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("class=\"form-control is-invalid\" rows=\"4\" id=\"content\"");
        HttpResponse<String> badPhone = bot.formPost(
                "/public/submit",
                "streetId=" + street + "&content=" + enc("电话写错了") + "&citizenPhone=" + enc("abc"),
                "/public/submit");
        assertThat(badPhone.statusCode()).isEqualTo(400);
        assertThat(badPhone.body()).contains("请填写正确的电话号码");
        assertThat(results(login("staff")
                        .page("/outreach/opinions?q=" + enc("电话写错了"))
                        .body()))
                .doesNotContain("电话写错了");
    }

    @Test
    void aDeputysActivityOpinionBecomesACaseWhenTheStreetEscalatesIt() {
        Session deputy = login("deputy");
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<String> saved = deputy.formPost(
                "/outreach/activities/new",
                "title=" + enc("金水村走访") + "&heldOn=" + today + "&place=" + enc("金水村村委会") + "&votersMet=25&summary="
                        + enc("走访农户") + "&opinion=" + enc("村里灌溉泵站老化，春灌用水紧张，希望更换水泵。") + "&citizenName=&citizenPhone=",
                "/outreach/activities/new");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long activity = Long.parseLong(
                find(saved.headers().firstValue("Location").orElseThrow(), "/outreach/activities/(\\d+)"));
        assertThat(deputy.page("/outreach/activities/" + activity).body()).contains("id=\"activity-opinions\">1<");

        Session street = login("street");
        String list = street.page("/outreach/opinions?q=" + enc("村里灌溉泵站老化")).body();
        long id = Long.parseLong(find(list, "/outreach/opinions/(\\d+)\""));
        HttpResponse<String> escalated = step(
                street, id, "escalate", "category=" + enc("农业农村") + "&unitId=" + pickedUnit(street, id, "区住房和城市更新局"));
        assertThat(escalated.statusCode()).as(escalated.body()).isEqualTo(302);
        long caseId =
                Long.parseLong(find(street.page("/outreach/opinions/" + id).body(), "/cases/(\\d+)\""));
        JsonNode c = json(get("staff", "/api/v1/cases/" + caseId), 200);
        assertThat(c.path("source").path("type").asString()).isEqualTo("ACTIVITY");
        assertThat(c.path("state").asString()).isEqualTo("ISSUED");
        // the deputy who received it follows it in their own list
        assertThat(deputy.page("/outreach/opinions/" + id).body()).contains("区级办理中");
    }

    @Test
    void streetStaffSeeOnlyTheirStreetAndCannotTriageAnother() {
        Session citizen = anonymous();
        String code = submitOnPortal(citizen, streetId("纸坊街"), "纸坊街路口红绿灯", "纸坊大街路口红绿灯时间太短。", "");
        Session street = login("street");
        assertThat(results(street.page("/outreach/opinions?q=" + code).body())).doesNotContain(code);
        long id = opinionId(login("staff"), code);
        assertThat(street.page("/outreach/opinions/" + id).statusCode()).isEqualTo(404);
    }

    /** The deputy records an activity with an opinion met there; returns the opinion's id (from their own list). */
    private long deputysOpinion(Session deputy, String title, String opinion) {
        String today =
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();
        HttpResponse<String> saved = deputy.formPost(
                "/outreach/activities/new",
                "title=" + enc(title) + "&heldOn=" + today + "&place=" + enc("社区议事厅") + "&votersMet=12&summary="
                        + enc("入户走访") + "&opinion=" + enc(opinion) + "&citizenName=&citizenPhone=",
                "/outreach/activities/new");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        return Long.parseLong(find(
                deputy.page("/outreach/opinions?q=" + enc(opinion.substring(0, 8)))
                        .body(),
                "/outreach/opinions/(\\d+)\""));
    }

    @Test
    void anOpinionTakenUpAsASuggestionIsLinkedBothWaysAndTheCitizenSeesItsState() {
        Session deputy = login("deputy");
        long id = deputysOpinion(deputy, "老旧小区走访", "小区二次供水水箱老化，夏天水有异味，希望改造二次供水设施。");
        String code = find(deputy.page("/outreach/opinions/" + id).body(), "class=\"font-monospace\">([0-9-]+)<");
        HttpResponse<String> taken = step(deputy, id, "take-up", "");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(302);

        // the opinion shows the suggestion: its title, where it stands, a link
        String opinion = deputy.page("/outreach/opinions/" + id).body();
        String block = find(opinion, "(?s)id=\"opinion-suggestion\">(.*?)</dd>");
        assertThat(block).contains("小区二次供水水箱老化").contains("草稿");
        long suggestion = Long.parseLong(find(block, "/suggestions/(\\d+)\""));

        // the suggestion page names its source opinion by tracking code, linked for the deputy who received it
        String page = deputy.page("/suggestions/" + suggestion).body();
        String sources = find(page, "(?s)id=\"suggestion-sources\">(.*?)</dd>");
        assertThat(sources).contains(code).contains("/outreach/opinions/" + id);

        // the citizen tracking the code sees that it became a suggestion and where the suggestion stands
        String tracked = anonymous().page("/public/track?code=" + code).body();
        assertThat(tracked).contains("代表建议办理中");
        assertThat(find(tracked, "(?s)id=\"tracked-suggestion\">(.*?)</div>")).contains("草稿");
        assertThat(tracked).doesNotContain("/suggestions/" + suggestion + "\"");

        // submitted: both sides follow the suggestion's own state
        HttpResponse<String> submitted = api("deputy", "POST", "/api/v1/suggestions/" + suggestion + "/submit", null);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(200);
        assertThat(find(
                        anonymous().page("/public/track?code=" + code).body(),
                        "(?s)id=\"tracked-suggestion\">(.*?)</div>"))
                .contains("已提交待审查");
        assertThat(deputy.page("/outreach/opinions/" + id).body()).contains("已提交待审查");
        // once submitted the office sees the suggestion with its source opinion, linked (staff may open it)
        String office = login("staff").page("/suggestions/" + suggestion).body();
        assertThat(find(office, "(?s)id=\"suggestion-sources\">(.*?)</dd>"))
                .contains(code)
                .contains("/outreach/opinions/" + id);
    }

    @Test
    void theDeputyWhoReceivedAnOpinionRecordsTheVotersEvaluationOfTheAnswer() {
        Session deputy = login("deputy");
        long id = deputysOpinion(deputy, "菜场走访", "农贸市场早市垃圾清运不及时，地面脏，希望增加清运次数。");
        Session street = login("street");
        assertThat(step(street, id, "street", "category=" + enc("城市建设")).statusCode())
                .isEqualTo(302);
        assertThat(step(street, id, "answer", "reply=" + enc("已协调环卫所早市后加派一次清运。") + "&publish=false")
                        .statusCode())
                .isEqualTo(302);
        // waiting for the deputy: an answer to evaluate, on the home page
        assertThat(deputy.page("/").body()).contains("已答复、待我评价的选民意见");
        String page = deputy.page("/outreach/opinions/" + id).body();
        assertThat(page).contains("id=\"form-evaluate\"");
        // without an evaluation nothing is written and the form says why
        HttpResponse<String> empty = step(deputy, id, "evaluate", "comment=");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请选择评价");
        HttpResponse<String> done =
                step(deputy, id, "evaluate", "evaluation=BASICALLY_SATISFIED&comment=" + enc("希望长期坚持"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(302);
        page = deputy.page("/outreach/opinions/" + id).body();
        assertThat(page).contains("已办结").doesNotContain("id=\"form-evaluate\"");
        // street staff cannot evaluate in the voter's name
        long other = deputysOpinion(deputy, "路灯走访", "小区东门路灯坏了两个月，晚上很黑，希望尽快修好。");
        assertThat(street.page("/outreach/opinions/" + other).body()).doesNotContain("id=\"form-evaluate\"");
    }
}
