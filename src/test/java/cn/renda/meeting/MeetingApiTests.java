package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The meeting API: the seed's 2023 figures, an SC meeting from agenda to vote to outputs, rules as 409/400, tenancy. */
class MeetingApiTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Distinct future days for the meetings the tests create. */
    private static final AtomicInteger DAY = new AtomicInteger(1);

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    long unitId(String name) {
        JsonNode items = json(get("staff", "/api/v1/units?q=" + enc(name))).path("items");
        for (JsonNode u : items) {
            if (name.equals(u.path("name").asText())) {
                return u.path("id").asLong();
            }
        }
        throw new AssertionError("no unit " + name);
    }

    /** Creates an SC meeting in 2027, notified, with a special work report, a resolution and an appointment item. */
    long[] scMeeting() {
        String day = String.format("2027-03-%02d", DAY.getAndIncrement());
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + day + "T09:00:00\",\"endsAt\":\"" + day
                        + "T11:30:00\",\"place\":\"第一会议室\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long meeting = json(created).path("id").asLong();
        assertThat(json(created).path("title").asText()).matches("江夏区第七届人大常委会第.+次会议");
        long report = item(
                meeting,
                "{\"type\":\"SPECIAL_WORK_REPORT\",\"title\":\"区政府关于优化营商环境工作情况的报告\",\"reportingUnitId\":"
                        + unitId("区人民政府") + "}");
        long resolution = item(meeting, "{\"type\":\"RESOLUTION\",\"title\":\"关于加强湿地保护的决议\"}");
        long appointment = item(meeting, "{\"type\":\"APPOINTMENT\",\"title\":\"人事任免事项\"}");
        assertThat(status(meeting, "NOTIFIED").statusCode()).isEqualTo(200);
        return new long[] {meeting, report, resolution, appointment};
    }

    long item(long meeting, String body) {
        HttpResponse<String> r = api("staff", "POST", "/api/v1/meetings/" + meeting + "/items", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).path("id").asLong();
    }

    HttpResponse<String> status(long meeting, String status) {
        return api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"" + status + "\"}");
    }

    List<Long> members(long meeting) {
        List<Long> ids = new ArrayList<>();
        json(get("staff", "/api/v1/meetings/" + meeting))
                .path("attendance")
                .forEach(a -> ids.add(a.path("personId").asLong()));
        return ids;
    }

    /** Records the first {@code present} members present and the rest on leave. */
    HttpResponse<String> attendance(long meeting, int present) {
        List<Long> members = members(meeting);
        StringJoiner body = new StringJoiner(",", "{\"attendance\":{", "}}");
        for (int i = 0; i < members.size(); i++) {
            body.add("\"" + members.get(i) + "\":\"" + (i < present ? "PRESENT" : "ON_LEAVE") + "\"");
        }
        return api("staff", "PUT", "/api/v1/meetings/" + meeting + "/attendance", body.toString());
    }

    HttpResponse<String> vote(long meeting, long item, String body) {
        return api("staff", "POST", "/api/v1/meetings/" + meeting + "/items/" + item + "/votes", body);
    }

    @Test
    void demoCongressHasTheSeedsMeetingFiguresOf2023() {
        JsonNode counts = json(get("staff", "/api/v1/meetings/statistics/2023"));
        assertThat(counts.path("scMeetings").asLong()).isEqualTo(5);
        assertThat(counts.path("directorsMeetings").asLong()).isEqualTo(9);
        assertThat(counts.path("specialWorkReports").asLong()).isEqualTo(14);
        assertThat(counts.path("resolutions").asLong()).isEqualTo(5);
        assertThat(counts.path("appointmentPersonTimes").asLong()).isEqualTo(71);
        assertThat(counts.path("partyGroupMeetings").asLong()).isEqualTo(7);
        assertThat(counts.path("theoryStudySessions").asLong()).isEqualTo(11);
        assertThat(json(get("member", "/api/v1/appointments?year=2023"))
                        .path("total")
                        .asLong())
                .isEqualTo(71);
        assertThat(json(get("member", "/api/v1/resolutions?year=2023"))
                        .path("total")
                        .asLong())
                .isEqualTo(5);
        JsonNode sc = json(get("staff", "/api/v1/meetings?kind=SC_MEETING&year=2023"));
        assertThat(sc.path("total").asLong()).isEqualTo(5);
        assertThat(sc.path("items").get(0).path("title").asText()).isEqualTo("江夏区第七届人大常委会第十三次会议");
        assertThat(json(get("hs-staff", "/api/v1/meetings/statistics/2023"))
                        .path("scMeetings")
                        .asLong())
                .as("洪山区 sees none of 江夏区's meetings")
                .isZero();
    }

    @Test
    void fourteenOfTwentyNinePresentDoNotHoldTheMeetingFifteenDo() {
        long[] m = scMeeting();
        assertThat(members(m[0])).hasSize(29);
        assertThat(attendance(m[0], 14).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = status(m[0], "HELD");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(json(get("staff", "/api/v1/meetings/" + m[0]))
                        .path("quorum")
                        .path("reached")
                        .asBoolean())
                .isFalse();

        assertThat(attendance(m[0], 15).statusCode()).isEqualTo(200);
        assertThat(status(m[0], "HELD").statusCode()).isEqualTo(200);
        JsonNode detail = json(get("staff", "/api/v1/meetings/" + m[0]));
        assertThat(detail.path("meeting").path("status").asText()).isEqualTo("HELD");
        assertThat(detail.path("quorum").path("present").asInt()).isEqualTo(15);
        assertThat(detail.path("quorum").path("required").asInt()).isEqualTo(15);
    }

    @Test
    void fourteenVotesForFailAndFifteenPassBecauseAllMembersCount() {
        long[] m = scMeeting();
        attendance(m[0], 20);
        status(m[0], "HELD");

        HttpResponse<String> fourteen = vote(m[0], m[2], "{\"votesFor\":14,\"votesAgainst\":1,\"votesAbstain\":5}");
        assertThat(fourteen.statusCode()).as(fourteen.body()).isEqualTo(200);
        assertThat(json(fourteen).path("vote").path("passed").asBoolean())
                .as("14 of 20 present are a majority of those present, not of all 29")
                .isFalse();
        assertThat(vote(m[0], m[2], "{\"votesFor\":20}").statusCode())
                .as("voted once")
                .isEqualTo(409);

        List<Long> members = members(m[0]);
        StringJoiner byMember = new StringJoiner(",", "{\"members\":{", "}}");
        for (int i = 0; i < 15; i++) {
            byMember.add("\"" + members.get(i) + "\":\"FOR\"");
        }
        byMember.add("\"" + members.get(15) + "\":\"AGAINST\"");
        HttpResponse<String> fifteen = vote(m[0], m[3], byMember.toString());
        assertThat(fifteen.statusCode()).as(fifteen.body()).isEqualTo(200);
        JsonNode result = json(fifteen).path("vote");
        assertThat(result.path("passed").asBoolean()).isTrue();
        assertThat(result.path("votesFor").asInt()).isEqualTo(15);
        assertThat(result.path("votesAgainst").asInt()).isEqualTo(1);
        assertThat(result.path("votesNotVoting").asInt())
                .as("present but not voting")
                .isEqualTo(4);
        assertThat(result.path("membersTotal").asInt()).isEqualTo(29);
        assertThat(json(get("staff", "/api/v1/meetings/" + m[0] + "/items/" + m[3] + "/votes"))
                        .path(String.valueOf(members.get(0)))
                        .asText())
                .isEqualTo("FOR");
    }

    @Test
    void passedItemsFillTheRegistersAndTheReportGetsAnIssuedOpinion() {
        long[] m = scMeeting();
        attendance(m[0], 25);
        status(m[0], "HELD");
        assertThat(api(
                                "staff",
                                "POST",
                                "/api/v1/meetings/" + m[0] + "/items/" + m[2] + "/resolution",
                                "{\"title\":\"x\"}")
                        .statusCode())
                .as("no resolution before the vote")
                .isEqualTo(409);
        vote(m[0], m[2], "{\"votesFor\":25}");
        HttpResponse<String> resolution = api(
                "staff",
                "POST",
                "/api/v1/meetings/" + m[0] + "/items/" + m[2] + "/resolution",
                "{\"title\":\"关于加强湿地保护的决议\",\"text\":\"全文\",\"followUp\":\"区政府年底报告落实情况\"}");
        assertThat(resolution.statusCode()).as(resolution.body()).isEqualTo(201);
        long resolutionId = json(resolution).path("id").asLong();
        assertThat(json(resolution).path("number").asText()).startsWith("〔2027〕");
        assertThat(json(get("member", "/api/v1/resolutions/" + resolutionId))
                        .path("status")
                        .asText())
                .isEqualTo("IN_FORCE");
        assertThat(api(
                                "staff",
                                "PUT",
                                "/api/v1/resolutions/" + resolutionId,
                                "{\"status\":\"IMPLEMENTED\",\"followUp\":\"已落实\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("hs-staff", "/api/v1/resolutions/" + resolutionId).statusCode())
                .as("404 across congresses")
                .isEqualTo(404);

        vote(m[0], m[3], "{\"votesFor\":24,\"votesAbstain\":1}");
        long unit = unitId("区教育局");
        HttpResponse<String> appointed = api(
                "staff",
                "POST",
                "/api/v1/meetings/" + m[0] + "/items/" + m[3] + "/appointments",
                "{\"personName\":\"测试任命人\",\"position\":\"副局长\",\"unitId\":" + unit
                        + ",\"action\":\"APPOINT\",\"effectiveOn\":\"2027-03-20\"}");
        assertThat(appointed.statusCode()).as(appointed.body()).isEqualTo(201);
        long person = json(appointed).path("personId").asLong();
        assertThat(json(appointed).path("voteResult").asText()).contains("赞成24");
        JsonNode roles = json(get("staff", "/api/v1/people/" + person)).path("roles");
        assertThat(roles.toString()).contains("APPOINTEE").contains("副局长");
        HttpResponse<String> removed = api(
                "staff",
                "POST",
                "/api/v1/meetings/" + m[0] + "/items/" + m[3] + "/appointments",
                "{\"personId\":" + person + ",\"position\":\"副局长\",\"unitId\":" + unit
                        + ",\"action\":\"REMOVE\",\"effectiveOn\":\"2027-03-21\"}");
        assertThat(removed.statusCode()).isEqualTo(201);
        assertThat(json(get("staff", "/api/v1/appointments?meeting=" + m[0]))
                        .path("total")
                        .asLong())
                .as("two person-times")
                .isEqualTo(2);

        HttpResponse<String> opinion = api(
                "staff",
                "POST",
                "/api/v1/meetings/" + m[0] + "/items/" + m[1] + "/opinions",
                "{\"title\":\"关于优化营商环境工作情况报告的审议意见\",\"issues\":[\"审批流程仍然偏长\",\"涉企检查过多\"]}");
        assertThat(opinion.statusCode()).as(opinion.body()).isEqualTo(201);
        long caseId = json(opinion).path("caseId").asLong();
        JsonNode supervisionCase = json(get("staff", "/api/v1/cases/" + caseId));
        assertThat(supervisionCase.path("kind").asText()).isEqualTo("SUPERVISION_OPINION");
        assertThat(supervisionCase.path("assignments").toString()).contains(String.valueOf(unitId("区人民政府")));
        assertThat(json(get("staff", "/api/v1/meetings/" + m[0] + "/items/" + m[1] + "/follow-up"))
                        .path("opinions")
                        .get(0)
                        .path("caseId")
                        .asLong())
                .isEqualTo(caseId);
    }

    @Test
    void rulesAnswerAsProblemsAndOtherCongressesSeeNothing() {
        HttpResponse<String> invalid = api("staff", "POST", "/api/v1/meetings", "{\"kind\":\"SC_MEETING\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("startsAt");
        HttpResponse<String> noTitle = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"DIRECTORS_MEETING\",\"startsAt\":\"2027-05-01T09:00:00\"}");
        assertThat(noTitle.statusCode()).isEqualTo(400);
        assertThat(noTitle.body()).contains("title");

        long[] m = scMeeting();
        HttpResponse<String> skip = status(m[0], "MINUTES_APPROVED");
        assertThat(skip.statusCode()).isEqualTo(409);
        assertThat(skip.body()).contains("会议当前状态不允许此操作");
        HttpResponse<String> streetReport = api(
                "staff",
                "POST",
                "/api/v1/meetings/" + m[0] + "/items",
                "{\"type\":\"SPECIAL_WORK_REPORT\",\"title\":\"x\",\"reportingUnitId\":" + unitId("纸坊街道办事处") + "}");
        assertThat(streetReport.statusCode()).isEqualTo(400);
        assertThat(streetReport.body()).contains("reportingUnitId");
        assertThat(api("member", "POST", "/api/v1/meetings/" + m[0] + "/status", "{\"status\":\"HELD\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("hs-staff", "/api/v1/meetings/" + m[0]).statusCode()).isEqualTo(404);
        assertThat(get("hs-staff", "/api/v1/meetings/" + m[0] + "/items/" + m[1])
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("staff", "/api/v1/meetings/" + m[0] + "/items/" + (m[1] + 100000))
                        .statusCode())
                .isEqualTo(404);
    }

    @Test
    void specialWorkReportShowsTheArticleFifteenTimeline() {
        long[] m = scMeeting();
        JsonNode item = json(get("staff", "/api/v1/meetings/" + m[0] + "/items/" + m[1]));
        String day = json(get("staff", "/api/v1/meetings/" + m[0]))
                .path("meeting")
                .path("startsAt")
                .asText()
                .substring(0, 10);
        java.time.LocalDate date = java.time.LocalDate.parse(day);
        assertThat(item.path("timeline").get(0).path("due").asText())
                .isEqualTo(date.minusDays(20).toString());
        assertThat(item.path("timeline").get(1).path("due").asText())
                .isEqualTo(date.minusDays(10).toString());
        assertThat(item.path("timeline").get(2).path("due").asText())
                .isEqualTo(date.minusDays(7).toString());
        HttpResponse<String> late = api(
                "staff",
                "PUT",
                "/api/v1/meetings/" + m[0] + "/items/" + m[1] + "/timeline",
                "{\"reportToCommittee\":\"" + date.minusDays(18) + "\"}");
        assertThat(json(late).path("timeline").get(0).path("warning").asText()).isEqualTo("YELLOW");
    }

    @Test
    void documentsAreDistributedAndTheirReadReceiptsCountMembers() {
        long meeting = scMeeting()[0];
        String boundary = "renda-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nAGENDA\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n会议议程\r\n"
                + "--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"agenda.txt\"\r\nContent-Type: text/plain\r\n\r\n"
                + "一、听取和审议专项工作报告\r\n--" + boundary + "--\r\n";
        HttpResponse<String> uploaded =
                send(java.net.http.HttpRequest.newBuilder(uri("/api/v1/meetings/" + meeting + "/documents"))
                        .header("Authorization", basic("staff", DEMO_PASSWORD))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        long document = json(uploaded).path("id").asLong();
        assertThat(json(uploaded).path("membersRead").asInt()).isZero();

        HttpResponse<String> opened = get("member", "/api/v1/meetings/" + meeting + "/documents/" + document);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(opened.body()).contains("听取和审议专项工作报告");
        get("member", "/api/v1/meetings/" + meeting + "/documents/" + document);
        assertThat(json(get("staff", "/api/v1/meetings/" + meeting + "/documents"))
                        .get(0)
                        .path("membersRead")
                        .asInt())
                .as("the SC member read it (once)")
                .isEqualTo(1);
        JsonNode receipts = json(get("staff", "/api/v1/meetings/" + meeting + "/documents/" + document + "/receipts"));
        assertThat(receipts).hasSize(29);
        long read = 0;
        for (JsonNode r : receipts) {
            read += r.path("readAt").isNull() ? 0 : 1;
        }
        assertThat(read).isEqualTo(1);
        assertThat(get("member", "/api/v1/meetings/" + meeting + "/documents/" + document + "/receipts")
                        .statusCode())
                .isEqualTo(403);
        assertThat(get("hs-staff", "/api/v1/meetings/" + meeting + "/documents/" + document)
                        .statusCode())
                .isEqualTo(404);
    }
}
