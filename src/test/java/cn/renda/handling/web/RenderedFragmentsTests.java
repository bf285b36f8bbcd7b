package cn.renda.handling.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.handling.HandlingTestSupport;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * Case rows and timeline events are rendered once and reused (RenderedFragments): what they print is still escaped,
 * and a case that changes shows its new state in the list and on its page right after.
 */
class RenderedFragmentsTests extends HandlingTestSupport {

    private static final String TITLE = "关于<b>优化</b>营商环境的审议意见 & \"引号\"";

    private long opinionTitled(String title) {
        users();
        var r = api(
                "staff",
                "POST",
                "/api/v1/supervision/opinions",
                "{\"documentType\":\"DELIBERATION\",\"title\":\"" + title.replace("\"", "\\\"") + "\","
                        + "\"content\":\"常委会组成人员审议认为……\",\"issues\":[\"项目落地审批时限长\"],"
                        + "\"units\":[{\"unitId\":" + UNIT_1 + ",\"role\":\"LEAD\"}],\"sourceDate\":\""
                        + LocalDate.now(ZoneId.of("Asia/Shanghai")) + "\",\"issueNow\":true}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asLong();
    }

    private String listRow(Session staff, long id) {
        String number = caseJson(id).get("number").asString();
        String body = staff.page("/cases?q=" + URLEncoder.encode(number, StandardCharsets.UTF_8))
                .body();
        int at = body.indexOf("/cases/" + id + "\"");
        assertThat(at).as("the case's row in the list").isPositive();
        int start = body.lastIndexOf("<tr", at);
        return body.substring(start, body.indexOf("</tr>", at));
    }

    @Test
    void cachedRowsAndEventsAreEscapedAndFollowTheCase() {
        long id = opinionTitled(TITLE);
        Session staff = login("staff");

        String issued = listRow(staff, id);
        assertThat(issued)
                .contains("&lt;b&gt;优化&lt;/b&gt;", "&amp;", "&quot;引号&quot;")
                .doesNotContain("<b>优化</b>");
        // the same row again: served from the cache, the same HTML
        assertThat(listRow(staff, id)).isEqualTo(issued);

        ok("h-unit1", id, "accept", null);
        String accepted = listRow(staff, id);
        assertThat(accepted).isNotEqualTo(issued);
        assertThat(accepted).contains("已签收");

        String page = staff.page("/cases/" + id).body();
        String timeline = page.substring(page.indexOf("id=\"timeline\""));
        assertThat(timeline).contains("签收", "→ 已签收");
        assertThat(page).doesNotContain("<b>优化</b>");
    }
}
