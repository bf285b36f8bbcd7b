package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import org.junit.jupiter.api.Test;

/**
 * Every deadline policy has a page: the engine kinds' clocks (with the return window, the co-unit opinion
 * and the complex-suggestion period) and the 第十五条 periods of special work reports. 洪山区 is used where
 * a change would move other tests' deadlines in 江夏区.
 */
class PolicyPagesTests extends FullStackTest {

    @Test
    void staffSeeAndChangeAKindsClockOnThePolicyPage() {
        var staff = login("hs-staff");
        var page = staff.page("/admin/policies");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("退办期限")
                .contains("协办意见时限")
                .contains("复杂建议答复时限")
                .contains("专题询问研究处理情况报告")
                .contains("INQUIRY_FOLLOW_UP-RESULT");
        var saved = staff.formPost(
                "/admin/policies/INQUIRY_FOLLOW_UP/RESULT",
                "amount=2&unit=MONTHS&reminderAmount=5&reminderUnit=WORKING_DAYS",
                "/admin/policies");
        assertThat(saved.statusCode()).isEqualTo(302);
        String after = staff.page("/admin/policies").body();
        assertThat(after).contains("时限规则已保存");
        String row = after.substring(after.indexOf("id=\"INQUIRY_FOLLOW_UP-RESULT\""));
        assertThat(row.substring(0, row.indexOf("</li>"))).contains("2 个月").contains("本级设定");

        var bad = staff.formPost("/admin/policies/INQUIRY_FOLLOW_UP/RESULT", "amount=0&unit=MONTHS", "/admin/policies");
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(staff.page("/admin/policies").body()).contains("时长应为 1 以上");
        assertThat(login("hs-admin").page("/admin/policies").statusCode()).isEqualTo(200);
        assertThat(login("deputy").page("/admin/policies").statusCode()).isEqualTo(403);
    }

    @Test
    void theArticleFifteenPeriodsArePoliciesOfTheCongressAndKeepTheirOrder() {
        var staff = login("hs-staff");
        String page = staff.page("/meetings/timeline-policy").body();
        assertThat(page).contains("会议举行 20 日前").contains("会议举行 10 日前").contains("会议举行 7 日前");
        staff.formPost("/meetings/timeline-policy/TO_MEMBERS", "daysBefore=8", "/meetings/timeline-policy");
        assertThat(staff.page("/meetings/timeline-policy").body())
                .contains("会议举行 8 日前")
                .contains("报送时限已保存");
        staff.formPost("/meetings/timeline-policy/REVISED_TO_SC", "daysBefore=5", "/meetings/timeline-policy");
        String refused = staff.page("/meetings/timeline-policy").body();
        assertThat(refused).contains("各环节的天数须依次不增").contains("会议举行 10 日前");
        assertThat(login("staff").page("/meetings/timeline-policy").body())
                .as("江夏区 keeps the legal periods")
                .contains("会议举行 7 日前");
        staff.formPost("/meetings/timeline-policy/TO_MEMBERS", "daysBefore=7", "/meetings/timeline-policy");
    }
}
