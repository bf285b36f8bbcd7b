package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The supervision-opinion loop end to end over the API, with numbers, worklists and the public page. */
class SupervisionLoopTests extends HandlingTestSupport {

    @Test
    void opinionRunsFromIssueToPublishedResult() {
        var created = createOpinion(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), true, false);
        long id = created.get("id").asLong();
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(created.get("number").asString()).matches("江夏人大〔" + year + "〕审议意见第\\d+号");
        assertThat(created.get("state").asString()).isEqualTo("ISSUED");
        assertThat(clockOf(created, "ISSUE").get("state").asString()).isEqualTo("MET");
        assertThat(clockOf(created, "PLAN").get("state").asString()).isEqualTo("RUNNING");
        assertThat(clockOf(created, "RESULT").get("colour").asString()).isEqualTo("GREEN");

        assertThat(get("h-unit1", "/api/v1/worklists/TO_ACCEPT").body()).contains("\"id\":" + id);
        ok("h-unit1", id, "accept", null);
        assertThat(get("h-unit1", "/api/v1/worklists/TO_PLAN").body()).contains("\"id\":" + id);
        ok("h-unit1", id, "submit-plan", "\"text\":\"办理方案:压缩审批时限\"");
        ok("h-unit1", id, "reply", "\"text\":\"已完成整改\",\"resultClass\":\"A\"");
        assertThat(get("h-member", "/api/v1/worklists/AWAITING_EVALUATION").body())
                .contains("\"id\":" + id);
        ok("h-member", id, "evaluate", "\"evaluation\":\"SATISFIED\"");
        ok("staff", id, "publish", null);
        var closed = ok("staff", id, "close", null);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(clockOf(closed, "PLAN").get("state").asString()).isEqualTo("MET");
        assertThat(clockOf(closed, "RESULT").get("state").asString()).isEqualTo("MET");

        String number = closed.get("number").asString();
        var page = get(
                null,
                "/public/opinions/" + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("已完成整改").contains(number);
        assertThat(get("deputy", "/api/v1/cases/" + id).statusCode()).isEqualTo(200);

        var audit = json(get("staff", "/api/v1/cases/" + id + "/audit"));
        assertThat(audit.get("valid").asBoolean()).isTrue();
        assertThat(audit.get("events").asInt()).isEqualTo(8);
    }

    @Test
    void unpublishedOpinionIsNotPublicAndDeputiesDoNotSeeIt() {
        long id = createOpinion(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), false, false)
                .get("id")
                .asLong();
        assertThat(get(null, "/public/opinions/" + id).statusCode()).isEqualTo(404);
        assertThat(get("deputy", "/api/v1/cases/" + id).statusCode()).isEqualTo(404);
        assertThat(get("h-unit1", "/api/v1/cases/" + id).statusCode()).isEqualTo(404);
    }
}
