package cn.renda.supervision.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Special inquiries over the API: the seed's demo inquiry, the five steps end to end, the all-or-nothing import, rules. */
class SpecialInquiryApiTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String BASE = "/api/v1/supervision/inquiries";

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

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    private JsonNode ok(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return r.body().isEmpty() ? null : json(r);
    }

    private long createInquiry(String title) {
        return ok(
                        api(
                                "staff",
                                "POST",
                                BASE,
                                "{\"title\":\"" + title + "\",\"inquiryDate\":\"2027-06-30\",\"thresholdPercent\":60,"
                                        + "\"warningDays\":14}"),
                        201)
                .path("id")
                .asLong();
    }

    private String problem(String category, String description, String... units) {
        StringBuilder u = new StringBuilder();
        for (String name : units) {
            u.append(u.length() == 0 ? "" : ",").append('"').append(name).append('"');
        }
        return "{\"category\":\"" + category + "\",\"sourceKind\":\"ENTERPRISE_PROJECT\",\"sourceObject\":\"某重点项目\","
                + "\"description\":\"" + description + "\",\"unitNames\":[" + u + "],\"evidence\":\"走访记录\"}";
    }

    private JsonNode problems(long id) {
        return ok(get("staff", BASE + "/" + id + "/problems?size=50"), 200);
    }

    private JsonNode closure(long id) {
        return ok(get("staff", BASE + "/" + id + "/closure"), 200);
    }

    /** The unit officer of 区住房和城市更新局 accepts and reports rectification on the case. */
    private void unitReports(long caseId) {
        JsonNode c = ok(get("unit", "/api/v1/cases/" + caseId), 200);
        c = ok(
                api(
                        "unit",
                        "POST",
                        "/api/v1/cases/" + caseId + "/actions/ACCEPT",
                        "{\"version\":" + c.path("version").asLong() + "}"),
                200);
        ok(
                api(
                        "unit",
                        "POST",
                        "/api/v1/cases/" + caseId + "/actions/REPLY",
                        "{\"version\":" + c.path("version").asLong()
                                + ",\"text\":\"已完成整改\",\"resultClass\":\"A\",\"publish\":false}"),
                200);
    }

    @Test
    void demoInquiryHasSevenCategoriesEightyNineProblemsAndMoreThanSixtyPercentClosedOut() {
        JsonNode list = ok(get("staff", BASE + "?size=50"), 200);
        long id = -1;
        for (JsonNode i : list.path("items")) {
            if (i.path("title").asText().equals(InquiryDemoData.TITLE)) {
                id = i.path("id").asLong();
            }
        }
        assertThat(id).as("the demo special inquiry").isPositive();
        JsonNode detail = ok(get("staff", BASE + "/" + id), 200);
        assertThat(detail.path("teams")).hasSize(7);
        assertThat(detail.path("objectsVisited").path("ENTERPRISE_PROJECT").asLong())
                .isEqualTo(83);
        assertThat(detail.path("objectsVisited").path("DEPARTMENT").asLong()).isEqualTo(33);
        assertThat(detail.path("objectsVisited").path("STREET").asLong()).isEqualTo(13);
        assertThat(detail.path("categories")).hasSize(7);
        JsonNode closure = closure(id);
        assertThat(closure.path("overall").path("total").asLong()).isEqualTo(89);
        assertThat(closure.path("overall").path("closed").asLong()).isEqualTo(56);
        assertThat(closure.path("overall").path("meetsThreshold").asBoolean()).isTrue();
        assertThat(closure.path("byCategory")).hasSize(7);
        long sum = 0;
        for (JsonNode c : closure.path("byCategory")) {
            sum += c.path("total").asLong();
            assertThat(c.path("closed").asLong()).as(c.path("label").asText()).isPositive();
        }
        assertThat(sum).isEqualTo(89);
        assertThat(ok(get("staff", BASE + "/" + id + "/problems?state=CLOSED_OUT"), 200)
                        .path("total")
                        .asLong())
                .isEqualTo(56);
    }

    @Test
    void inquiryRunsFromResearchToFollowUpAndClosesOutOnlyVerifiedReports() {
        long id = createInquiry("关于项目审批提速的专题询问");
        long team = ok(
                        api("staff", "POST", BASE + "/" + id + "/teams", "{\"name\":\"第一调研组\",\"leader\":\"王副主任\"}"),
                        201)
                .path("id")
                .asLong();
        ok(
                api(
                        "staff",
                        "POST",
                        BASE + "/" + id + "/visits",
                        "{\"teamId\":" + team + ",\"objectKind\":\"DEPARTMENT\",\"objectName\":\"区住房和城市更新局\","
                                + "\"visitedOn\":\"" + today() + "\"}"),
                201);

        // 研: an unknown unit is a field error and nothing is written.
        HttpResponse<String> bad = api("staff", "POST", BASE + "/" + id + "/problems", problem("审批", "施工许可慢", "不存在的局"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("unitNames").contains("不存在的局");
        assertThat(problems(id).path("total").asLong()).isZero();
        ok(api("staff", "POST", BASE + "/" + id + "/problems", problem("审批", "施工许可慢", "区住房和城市更新局")), 201);
        ok(api("staff", "POST", BASE + "/" + id + "/problems", problem("配套", "道路断头", "区住房和城市更新局", "区交通运输局")), 201);

        // 究: one action hands every problem over as a case; the list is closed afterwards.
        assertThat(ok(api("staff", "POST", BASE + "/" + id + "/handover", "{\"note\":\"交办会\"}"), 200)
                        .path("count")
                        .asInt())
                .isEqualTo(2);
        assertThat(api("staff", "POST", BASE + "/" + id + "/problems", problem("审批", "又一个", "区住房和城市更新局"))
                        .statusCode())
                .isEqualTo(409);
        JsonNode list = problems(id).path("items");
        long p1 = list.get(0).path("id").asLong();
        long case1 = list.get(0).path("caseId").asLong();
        long p2 = list.get(1).path("id").asLong();
        long case2 = list.get(1).path("caseId").asLong();
        JsonNode c1 = ok(get("staff", "/api/v1/cases/" + case1), 200);
        assertThat(c1.path("kind").asText()).isEqualTo("INQUIRY_PROBLEM");
        assertThat(c1.path("state").asText()).isEqualTo("ASSIGNED");
        assertThat(c1.path("clocks").toString()).contains("RESULT");

        // 督: no close-out before the unit has reported.
        assertThat(api("staff", "POST", BASE + "/" + id + "/problems/" + p1 + "/close-out", null)
                        .statusCode())
                .isEqualTo(409);
        unitReports(case1);
        ok(api("staff", "POST", BASE + "/" + id + "/problems/" + p1 + "/close-out", null), 200);
        JsonNode half = closure(id);
        assertThat(half.path("overall").path("percent").asInt()).isEqualTo(50);
        assertThat(half.path("overall").path("meetsThreshold").asBoolean()).isFalse();

        // 问: on an SC meeting's agenda; the open problem becomes a question; answers are evaluated.
        long meeting = scMeeting();
        JsonNode scheduled =
                ok(api("staff", "POST", BASE + "/" + id + "/schedule", "{\"meetingId\":" + meeting + "}"), 200);
        assertThat(scheduled.path("agendaItemId").isNumber()).isTrue();
        assertThat(ok(get("staff", "/api/v1/meetings/" + meeting), 200).toString())
                .contains("SPECIAL_INQUIRY");
        assertThat(ok(api("staff", "POST", BASE + "/" + id + "/questions/draft", null), 200)
                        .path("count")
                        .asInt())
                .isEqualTo(1);
        JsonNode questions = ok(get("staff", BASE + "/" + id + "/questions"), 200);
        assertThat(questions).hasSize(1);
        assertThat(questions.get(0).path("question").asText()).isEqualTo("道路断头");
        long q = questions.get(0).path("id").asLong();
        ok(
                api(
                        "staff",
                        "PUT",
                        BASE + "/" + id + "/questions/" + q,
                        "{\"askerKind\":\"DEPUTY\",\"askerName\":\"刘春燕\",\"answerUnitName\":\"区交通运输局\","
                                + "\"answererName\":\"局长\",\"answer\":\"年内打通\",\"evaluation\":\"BASICALLY_SATISFIED\"}"),
                200);
        JsonNode detail = ok(get("staff", BASE + "/" + id), 200);
        assertThat(detail.path("evaluations").get(0).path("unitName").asText()).isEqualTo("区交通运输局");
        assertThat(detail.path("evaluations").get(0).path("basicallySatisfied").asInt())
                .isEqualTo(1);

        // The second report crosses the threshold.
        unitReports(case2);
        ok(api("staff", "POST", BASE + "/" + id + "/problems/" + p2 + "/close-out", null), 200);
        assertThat(closure(id).path("overall").path("meetsThreshold").asBoolean())
                .isTrue();

        // The meeting is held: the 第五十条 follow-up report is a running clock.
        JsonNode held = ok(api("staff", "POST", BASE + "/" + id + "/held", null), 200);
        assertThat(held.path("state").asText()).isEqualTo("HELD");
        JsonNode followUp =
                ok(get("staff", "/api/v1/cases/" + held.path("followUpCaseId").asLong()), 200);
        assertThat(followUp.path("kind").asText()).isEqualTo("INQUIRY_FOLLOW_UP");
        assertThat(followUp.path("clocks").toString()).contains("RESULT").contains("RUNNING");
        assertThat(api("staff", "POST", BASE + "/" + id + "/conclude", null).statusCode())
                .isEqualTo(409);
    }

    @Test
    void sentBackReportNeedsAnotherReportBeforeCloseOut() {
        long id = createInquiry("关于涉企收费的专题询问");
        ok(api("staff", "POST", BASE + "/" + id + "/problems", problem("收费", "清单外收费", "区住房和城市更新局")), 201);
        ok(api("staff", "POST", BASE + "/" + id + "/handover", null), 200);
        JsonNode p = problems(id).path("items").get(0);
        unitReports(p.path("caseId").asLong());
        assertThat(api(
                                "staff",
                                "POST",
                                BASE + "/" + id + "/problems/" + p.path("id").asLong() + "/send-back",
                                "{\"reason\":\"\"}")
                        .statusCode())
                .isEqualTo(400);
        JsonNode sent = ok(
                api(
                        "staff",
                        "POST",
                        BASE + "/" + id + "/problems/" + p.path("id").asLong() + "/send-back",
                        "{\"reason\":\"佐证材料不足\"}"),
                200);
        assertThat(sent.path("caseState").asText()).isEqualTo("RECTIFYING");
        assertThat(api(
                                "staff",
                                "POST",
                                BASE + "/" + id + "/problems/" + p.path("id").asLong() + "/close-out",
                                null)
                        .statusCode())
                .isEqualTo(409);
        assertThat(closure(id).path("overall").path("closed").asInt()).isZero();
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesTheRow() throws IOException {
        long id = createInquiry("关于要素保障的专题询问");
        byte[] bad = xlsx(List.of(
                List.of("要素保障", "重点企业项目", "光电子项目", "用地报批慢", "区自然资源和规划分局", ""),
                List.of("要素保障", "工地", "物流园", "水电接入慢", "没有这个局", "")));
        HttpResponse<String> rejected = upload(BASE + "/" + id + "/problems/import", bad);
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(400);
        JsonNode errors = json(rejected).path("errors");
        assertThat(errors.toString()).contains("来源类型").contains("没有这个局");
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(problems(id).path("total").asLong()).isZero();

        byte[] good = xlsx(List.of(
                List.of("要素保障", "重点企业项目", "光电子项目", "用地报批慢", "区自然资源和规划分局", "座谈纪要"),
                List.of("要素保障", "街道", "纸坊街", "水电接入慢", "区水务和湖泊局、区发展和改革局", "")));
        assertThat(ok(upload(BASE + "/" + id + "/problems/import", good), 200)
                        .path("count")
                        .asInt())
                .isEqualTo(2);
        JsonNode items = problems(id).path("items");
        assertThat(items).hasSize(2);
        assertThat(items.get(1).path("units")).hasSize(2);
        assertThat(items.get(1).path("units").get(0).path("name").asText()).isEqualTo("区水务和湖泊局");
    }

    @Test
    void unitOfficersAndOtherCongressesSeeNoInquiry() {
        long id = createInquiry("关于政务服务的专题询问");
        assertThat(get("unit", BASE).statusCode()).isEqualTo(403);
        assertThat(get("hs-staff", BASE + "/" + id).statusCode()).isEqualTo(404);
        assertThat(api("leader", "POST", BASE, "{\"title\":\"x\",\"inquiryDate\":\"2027-01-01\"}")
                        .statusCode())
                .isEqualTo(403);
        assertThat(api("staff", "POST", BASE, "{\"title\":\"\",\"inquiryDate\":null}")
                        .statusCode())
                .isEqualTo(400);
    }

    private long scMeeting() {
        String day = String.format("2028-02-%02d", DAY.getAndIncrement());
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"SC_MEETING\",\"startsAt\":\"" + day + "T09:00:00\",\"endsAt\":\"" + day
                        + "T11:30:00\",\"place\":\"第一会议室\"}");
        return ok(created, 201).path("id").asLong();
    }

    private static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("问题清单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < ProblemListExcel.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(ProblemListExcel.HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private HttpResponse<String> upload(String path, byte[] xlsx) {
        String boundary = "----renda" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"list.xlsx\"\r\n"
                                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xlsx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", auth("staff"))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }
}
