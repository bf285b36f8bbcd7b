package cn.renda.supervision.work;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inspections and research: visits and photos, findings as 123 opinion letters or rectification problems, report. */
class InspectionTests extends SupervisionWorkTestSupport {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Test
    void findingsBecomeAResearchOpinionLetterUnderThe123ClocksOrARectificationProblemWithItsOwnDeadline() {
        List<Long> members = members();
        long report = scItem("SPECIAL_WORK_REPORT");
        JsonNode created = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/inspections",
                        "{\"kind\":\"SPECIAL_INSPECTION\",\"topic\":\"城市更新专题视察\",\"leaderPersonId\":" + members.get(1)
                                + ",\"teamIds\":[" + members.get(8) + "," + members.get(9) + "],\"startsOn\":\"" + TODAY
                                + "\",\"heardItemId\":" + report + "}"),
                201);
        long id = created.path("id").asLong();
        assertThat(created.path("teamNames")).hasSize(2);
        assertThat(created.path("heardAt").path("id").asLong()).isEqualTo(report);

        ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/inspections/" + id + "/visits",
                        "{\"place\":\"纸坊街老旧小区\",\"visitedOn\":\"" + TODAY + "\",\"peopleMet\":\"社区书记、居民代表\","
                                + "\"findings\":\"加装电梯协调难\"}"),
                201);

        JsonNode letter = finding(id, "老旧小区加装电梯协调机制不健全", "OPINION", null);
        JsonNode opinion =
                ok(get("staff", "/api/v1/cases/" + letter.path("caseId").asLong()), 200);
        assertThat(opinion.path("kind").asText()).isEqualTo("SUPERVISION_OPINION");
        assertThat(opinion.path("number").asText())
                .contains("调研意见书")
                .isEqualTo(letter.path("caseNumber").asText());
        assertThat(opinion.path("state").asText()).isEqualTo("ISSUED");
        assertThat(opinion.path("source").path("type").asText()).isEqualTo("INSPECTION");
        assertThat(clock(opinion, "PLAN").path("dueDate").asText())
                .isEqualTo(TODAY.plusWeeks(2).toString());
        assertThat(clock(opinion, "RESULT").path("state").asText()).isEqualTo("RUNNING");

        JsonNode problem = finding(id, "小区消防通道被占用", "RECTIFICATION", 45);
        JsonNode rectification =
                ok(get("staff", "/api/v1/cases/" + problem.path("caseId").asLong()), 200);
        assertThat(rectification.path("kind").asText()).isEqualTo("RECTIFICATION");
        assertThat(rectification.path("state").asText()).isEqualTo("ISSUED");
        assertThat(clock(rectification, "RESULT").path("dueDate").asText())
                .isEqualTo(TODAY.plusDays(45).toString());

        // The unit rectifies and reports; only the committee closes the problem out.
        act("unit", rectification.path("id").asLong(), "ACCEPT", "");
        act("unit", rectification.path("id").asLong(), "REPLY", "\"text\":\"已清理消防通道\",\"resultClass\":\"A\"");
        assertThat(api(
                                "unit",
                                "POST",
                                "/api/v1/cases/" + rectification.path("id").asLong() + "/actions/CLOSE",
                                "{\"version\":"
                                        + json(get(
                                                        "unit",
                                                        "/api/v1/cases/"
                                                                + rectification
                                                                        .path("id")
                                                                        .asLong()))
                                                .path("version")
                                                .asLong()
                                        + "}")
                        .statusCode())
                .isIn(403, 409);
        assertThat(act("staff", rectification.path("id").asLong(), "CLOSE", "")
                        .path("state")
                        .asText())
                .isEqualTo("CLOSED");

        JsonNode reported = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/inspections/" + id + "/report",
                        "{\"report\":\"城市更新专题视察调研报告\",\"reportedOn\":\"" + TODAY + "\"}"),
                200);
        assertThat(reported.path("status").asText()).isEqualTo("REPORTED");
        assertThat(reported.path("findings")).hasSize(2);
        assertThat(reported.path("visits")).hasSize(1);
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/inspections/" + id + "/report",
                                "{\"report\":\"再写一次\",\"reportedOn\":\"" + TODAY + "\"}")
                        .statusCode())
                .isEqualTo(409);
        ok(api("staff", "POST", "/api/v1/supervision/inspections/" + id + "/close", null), 200);
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/inspections/" + id + "/visits",
                                "{\"place\":\"又一处\",\"visitedOn\":\"" + TODAY + "\"}")
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void aFindingWithoutUnitsOrDeadlineIsRefusedAndNoCaseIsCreated() {
        long id = inspection("安全生产专题视察");
        var noUnits = api(
                "staff",
                "POST",
                "/api/v1/supervision/inspections/" + id + "/findings",
                "{\"text\":\"隐患排查不彻底\",\"outcome\":\"OPINION\",\"units\":[],\"foundOn\":\"" + TODAY + "\"}");
        assertThat(noUnits.statusCode()).isEqualTo(400);
        var noDeadline = api(
                "staff",
                "POST",
                "/api/v1/supervision/inspections/" + id + "/findings",
                "{\"text\":\"隐患排查不彻底\",\"outcome\":\"RECTIFICATION\",\"units\":[{\"unitId\":" + unitId("区住房和城市更新局")
                        + ",\"role\":\"LEAD\"}],\"foundOn\":\"" + TODAY + "\"}");
        assertThat(noDeadline.statusCode()).isEqualTo(400);
        assertThat(noDeadline.body()).contains("deadlineDays");
        assertThat(ok(get("staff", "/api/v1/supervision/inspections/" + id), 200)
                        .path("findings"))
                .isEmpty();
        assertThat(api(
                                "unit",
                                "POST",
                                "/api/v1/supervision/inspections",
                                "{\"kind\":\"SPECIAL_INSPECTION\",\"topic\":\"越权\",\"startsOn\":\"" + TODAY + "\"}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void aVisitPhotoMustBeAnImageAndIsShownOnTheInspectionPage() {
        long id = inspection("生态环境专题视察");
        long visit = ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/inspections/" + id + "/visits",
                                "{\"place\":\"汤逊湖\",\"visitedOn\":\"" + TODAY + "\"}"),
                        201)
                .path("id")
                .asLong();
        var staff = login("staff");
        String path = "/supervision/inspections/" + id;
        byte[] png = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            '\r',
            '\n',
            0x1a,
            '\n',
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            0,
            0,
            1,
            0,
            0,
            0,
            1,
            8,
            2,
            0,
            0,
            0
        };
        var uploaded = multipart(staff, path, path + "/visits/" + visit + "/photos", "lake.png", "image/png", png);
        assertThat(uploaded).isEqualTo(302);
        var page = staff.page(path);
        assertThat(page.body()).contains("汤逊湖").contains("/supervision/photos/");
        var text = multipart(
                staff, path, path + "/visits/" + visit + "/photos", "x.txt", "text/plain", "hello".getBytes());
        assertThat(text).isEqualTo(302);
        assertThat(ok(get("staff", "/api/v1/supervision/inspections/" + id), 200)
                        .path("visits")
                        .get(0)
                        .path("photoIds"))
                .hasSize(1);
    }

    /** Posts one file as multipart/form-data with the page's CSRF token; returns the status. */
    private int multipart(Session session, String csrfPage, String path, String name, String type, byte[] content) {
        String token = csrf(session.page(csrfPage).body());
        String boundary = "----renda" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
                        + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"" + name
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return session.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build())
                .statusCode();
    }

    @Test
    void researchReportsCarryTheLeadersInstructionsAndWhatWasDone() {
        JsonNode created = ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/research-reports",
                        "{\"year\":2030,\"issueNo\":1,\"title\":\"关于优化营商环境的调研专报\",\"submittedOn\":\"2030-03-01\"}"),
                201);
        long report = created.path("id").asLong();
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/research-reports",
                                "{\"year\":2030,\"issueNo\":1,\"title\":\"重复期数\",\"submittedOn\":\"2030-03-02\"}")
                        .statusCode())
                .isEqualTo(400);
        long instruction = ok(
                        api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/research-reports/" + report + "/instructions",
                                "{\"leader\":\"区委书记\",\"instructedOn\":\"2030-03-05\",\"content\":\"请区政府抓好落实\"}"),
                        201)
                .path("id")
                .asLong();
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/supervision/instructions/" + instruction + "/action",
                                "{\"actionTaken\":\"已转办\",\"actionOn\":\"2030-03-01\"}")
                        .statusCode())
                .isEqualTo(400);
        ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/instructions/" + instruction + "/action",
                        "{\"actionTaken\":\"已转区政府办理\",\"actionOn\":\"2030-03-10\"}"),
                200);
        JsonNode year = ok(get("staff", "/api/v1/supervision/research-reports?year=2030"), 200)
                .path("items");
        assertThat(year).hasSize(1);
        assertThat(year.get(0).path("instructions").get(0).path("actionTaken").asText())
                .isEqualTo("已转区政府办理");

        ok(
                api(
                        "staff",
                        "POST",
                        "/api/v1/supervision/surveys",
                        "{\"topic\":\"营商环境社情民意调查\",\"startsOn\":\"2030-04-01\",\"endsOn\":\"2030-04-20\",\"respondents\":300,"
                                + "\"issues\":[\"审批慢\",\"政策知晓率低\"]}"),
                201);
        assertThat(ok(get("staff", "/api/v1/supervision/surveys?year=2030"), 200)
                        .path("items")
                        .get(0)
                        .path("issues"))
                .hasSize(2);
        var page = login("staff").page("/supervision/research-reports?year=2030");
        assertThat(page.body()).contains("区委书记").contains("已落实").contains("本年度制发调研专报 1 期,1 期获领导批示");
    }
}
