package cn.renda.supervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The page on which STAFF create (and issue) a supervision opinion. */
class OpinionPageTests extends HandlingTestSupport {

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Test
    void staffCreateAndIssueAnOpinionAfterFixingFieldErrors() {
        var staff = login("staff");
        var form = staff.page("/supervision/opinions/new");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("新建监督意见").contains("审议意见").contains("调研意见书");

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        var invalid = staff.formPost(
                "/supervision/opinions/new",
                "documentType=DELIBERATION&title=&sourceDate=" + today + "&leadUnit=" + UNIT_1 + "&coUnits=abc"
                        + "&issueNow=true",
                "/supervision/opinions/new");
        assertThat(invalid.statusCode()).isEqualTo(200);
        assertThat(invalid.body()).contains("is-invalid").contains("不能为空");

        var badUnits = staff.formPost(
                "/supervision/opinions/new",
                "documentType=DELIBERATION&title=" + enc("关于养老服务的调研意见") + "&sourceDate=" + today + "&leadUnit=" + UNIT_1
                        + "&coUnits=abc&issueNow=true",
                "/supervision/opinions/new");
        assertThat(badUnits.statusCode()).isEqualTo(200);
        assertThat(badUnits.body()).contains("请搜索并选择承办单位。");

        var created = staff.formPost(
                "/supervision/opinions/new",
                "documentType=RESEARCH&title=" + enc("关于养老服务的调研意见") + "&content=" + enc("调研发现……")
                        + "&issues=" + enc("床位不足\n护理人员短缺") + "&sourceDate=" + today + "&leadUnit=" + UNIT_1
                        + "&coUnits=" + UNIT_2 + "&issueNow=true",
                "/supervision/opinions/new");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/cases/\\d+$");
        var page = staff.page(location.substring(location.indexOf("/cases/")));
        assertThat(page.body())
                .contains("监督意见已交办")
                .contains("调研意见书第")
                .contains("床位不足")
                .contains("已交办")
                .contains("协办");
    }

    @Test
    void onlyStaffMayOpenTheCreatePage() {
        assertThat(login("leader").page("/supervision/opinions/new").statusCode())
                .isEqualTo(403);
        assertThat(login("unit").page("/supervision/opinions/new").statusCode()).isEqualTo(403);
    }
}
