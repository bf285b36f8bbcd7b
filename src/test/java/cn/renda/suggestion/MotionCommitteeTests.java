package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A motion placed for committee handling goes to a committee, which reports back; it is not assigned like a suggestion. */
class MotionCommitteeTests extends FullStackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    long unit() {
        return json(get("unit", "/api/v1/me"), 200).path("unitId").asLong();
    }

    /** The first committee offered on the motion page's referral form. */
    long committee(long motionId) {
        String page = login("staff").page("/suggestions/" + motionId).body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "name=\"committeeId\"[^>]*>\\s*<option value=\"(\\d+)\"")
                .matcher(page);
        assertThat(m.find()).as("committee options on the page").isTrue();
        return Long.parseLong(m.group(1));
    }

    /** A motion with enough co-signers, registered as a motion. */
    long motion(String title) {
        JsonNode list = json(get("staff", "/api/v1/deputies?size=12"), 200);
        StringBuilder co = new StringBuilder();
        for (JsonNode d : list.path("items")) {
            co.append(co.isEmpty() ? "" : ",").append(d.path("id").asLong());
        }
        long id = json(
                        api(
                                "deputy",
                                "POST",
                                "/api/v1/suggestions",
                                "{\"type\":\"MOTION\",\"title\":\"" + title + "\",\"content\":\"汤逊湖保护需要立法保障。\","
                                        + "\"coSigners\":[" + co + "]}"),
                        201)
                .path("id")
                .asLong();
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        JsonNode reg =
                json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{\"type\":\"MOTION\"}"), 200);
        assertThat(reg.path("handling").path("kind").asString()).isEqualTo("MOTION");
        assertThat(reg.path("handling").path("state").asString()).isEqualTo("REGISTERED");
        return id;
    }

    long version(long id) {
        return json(get("staff", "/api/v1/suggestions/" + id), 200)
                .path("handling")
                .path("version")
                .asLong();
    }

    String assignBody() {
        return "{\"assignments\":[{\"unitId\":" + unit() + ",\"role\":\"LEAD\"}]}";
    }

    static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    @Test
    void motionGoesToACommitteeWhichReportsAndOnlyThenIsHandedToTheOrgans() {
        long id = motion("关于制定汤逊湖保护条例的议案（审议）");
        // A motion is not assigned like a suggestion
        assertThat(api("staff", "POST", "/api/v1/suggestions/" + id + "/assign", assignBody())
                        .statusCode())
                .isEqualTo(409);
        // Reporting before referral is an illegal transition
        HttpResponse<String> early = api(
                "staff",
                "POST",
                "/api/v1/suggestions/" + id + "/actions/review-report",
                "{\"version\":" + version(id) + ",\"text\":\"同意\"}");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.headers().firstValue("Content-Type").orElse("")).contains("problem+json");

        long committee = committee(id);
        JsonNode referred = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/refer",
                        "{\"committeeId\":" + committee + ",\"note\":\"请于两个月内提出审议意见\"}"),
                200);
        assertThat(referred.path("handling").path("state").asString()).isEqualTo("REFERRED");
        JsonNode review = json(get("deputy", "/api/v1/suggestions/" + id + "/motion-review"), 200);
        assertThat(review.path("committeeId").asLong()).isEqualTo(committee);
        assertThat(review.path("decision").isNull()).isTrue();

        // Referring twice is an illegal transition
        assertThat(api("staff", "POST", "/api/v1/suggestions/" + id + "/refer", "{\"committeeId\":" + committee + "}")
                        .statusCode())
                .isEqualTo(409);

        HttpResponse<String> noText = api(
                "staff",
                "POST",
                "/api/v1/suggestions/" + id + "/review-report",
                "{\"decision\":\"HAND_TO_ORGANS\",\"reportedOn\":\"" + today() + "\",\"report\":\" \"}");
        assertThat(noText.statusCode()).isEqualTo(400);
        assertThat(noText.body()).contains("report");

        JsonNode reported = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/review-report",
                        "{\"decision\":\"HAND_TO_ORGANS\",\"reportedOn\":\"" + today()
                                + "\",\"report\":\"经审议，建议交区人民政府研究办理。\"}"),
                200);
        assertThat(reported.path("handling").path("state").asString()).isEqualTo("REVIEWED");
        assertThat(reported.path("handling").path("replies").size()).isZero();
        long caseId = reported.path("handling").path("id").asLong();
        assertThat(get("staff", "/api/v1/cases/" + caseId + "/timeline?size=50").body())
                .contains("\"action\":\"REFER\"", "\"action\":\"REVIEW_REPORT\"", "交有关机关办理");

        // Handed to the organs: now it is assigned and handled by a unit; closing directly is refused
        HttpResponse<String> close = api(
                "staff", "POST", "/api/v1/suggestions/" + id + "/actions/close", "{\"version\":" + version(id) + "}");
        assertThat(close.statusCode()).isEqualTo(422);
        JsonNode assigned = json(api("staff", "POST", "/api/v1/suggestions/" + id + "/assign", assignBody()), 200);
        assertThat(assigned.path("handling").path("state").asString()).isEqualTo("ASSIGNED");
    }

    @Test
    void motionNotListedIsClosedWithTheReportAndCannotBeAssigned() {
        long id = motion("关于制定汤逊湖保护条例的议案（不予列入）");
        json(
                api("staff", "POST", "/api/v1/suggestions/" + id + "/refer", "{\"committeeId\":" + committee(id) + "}"),
                200);
        json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/review-report",
                        "{\"decision\":\"NOT_LISTED\",\"reportedOn\":\"" + today()
                                + "\",\"report\":\"条件尚不成熟，不予列入本次会议议程。\"}"),
                200);
        assertThat(api("staff", "POST", "/api/v1/suggestions/" + id + "/assign", assignBody())
                        .statusCode())
                .isEqualTo(422);
        JsonNode closed = json(
                api(
                        "staff",
                        "POST",
                        "/api/v1/suggestions/" + id + "/actions/close",
                        "{\"version\":" + version(id) + "}"),
                200);
        assertThat(closed.path("handling").path("state").asString()).isEqualTo("CLOSED");
    }

    @Test
    void staffRefersAndRecordsTheReportOnTheMotionPage() {
        long id = motion("关于制定汤逊湖保护条例的议案（页面）");
        Session staff = login("staff");
        String page = staff.page("/suggestions/" + id).body();
        assertThat(page).contains("data-refer-form", "交付委员会审议").doesNotContain("name=\"lead\"");
        assertThat(staff.formPost(
                                "/suggestions/" + id + "/refer",
                                "committeeId=" + committee(id) + "&note=",
                                "/suggestions/" + id)
                        .statusCode())
                .isEqualTo(302);
        assertThat(staff.page("/suggestions/" + id).body()).contains("交付审议", "data-review-form");
        assertThat(staff.formPost(
                                "/suggestions/" + id + "/review-report",
                                "reportedOn=" + today() + "&decision=AGENDA&report="
                                        + URLEncoder.encode("列入常委会会议议程", StandardCharsets.UTF_8),
                                "/suggestions/" + id)
                        .statusCode())
                .isEqualTo(302);
        String after = staff.page("/suggestions/" + id).body();
        assertThat(after).contains("data-decision", "列入会议议程", "审议结果已报告");
    }
}
