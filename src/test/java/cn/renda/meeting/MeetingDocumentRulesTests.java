package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Meeting documents follow the engine's attachment rules (type from the file's bytes, not its name) and draft
 * resolutions stay with those who deliberate them until the meeting publishes them (issue #15).
 */
class MeetingDocumentRulesTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger DAY = new AtomicInteger(1);

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(response.body(), e);
        }
    }

    private long meeting(String kind) {
        String day = String.format("2027-05-%02d", DAY.getAndIncrement());
        HttpResponse<String> created = api(
                "staff",
                "POST",
                "/api/v1/meetings",
                "{\"kind\":\"" + kind + "\",\"title\":\"文件规则测试会议\",\"startsAt\":\"" + day + "T09:00:00\",\"endsAt\":\""
                        + day + "T11:30:00\",\"place\":\"第二会议室\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode meeting = json(created);
        // The answer is the meeting as stored, read in the creating transaction.
        assertThat(meeting.path("id").asLong()).isPositive();
        assertThat(meeting.path("status").asText()).isEqualTo("PLANNED");
        assertThat(meeting.path("title").asText()).isNotBlank();
        return meeting.path("id").asLong();
    }

    private HttpResponse<String> upload(long meeting, String kind, String fileName, String type, byte[] content) {
        String boundary = "renda-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n决议草案\r\n"
                        + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/meetings/" + meeting + "/documents"))
                .header("Authorization", basic("staff", DEMO_PASSWORD))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF};

    private int documentCount(long meeting) {
        return json(get("staff", "/api/v1/meetings/" + meeting + "/documents")).size();
    }

    @Test
    void anExecutableNamedPdfIsRefusedAndNothingIsStored() {
        long meeting = meeting("DIRECTORS_MEETING");
        HttpResponse<String> refused = upload(meeting, "REPORT", "工作报告.pdf", "application/pdf", EXE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("file");
        assertThat(upload(meeting, "REPORT", "setup.exe", "application/x-msdownload", EXE)
                        .statusCode())
                .isEqualTo(400);
        assertThat(documentCount(meeting)).isZero();

        // A real PDF passes, even from a client that declares no useful type: the bytes say what it is.
        HttpResponse<String> pdf = upload(meeting, "REPORT", "报告", "application/octet-stream", PDF);
        assertThat(pdf.statusCode()).as(pdf.body()).isEqualTo(201);
        assertThat(json(pdf).path("contentType").asText()).isEqualTo("application/pdf");
    }

    @Test
    void draftResolutionsAreHiddenFromUnitsDeputiesAndStreetsUntilTheMinutesAreApproved() {
        long meeting = meeting("DIRECTORS_MEETING");
        HttpResponse<String> draft = upload(meeting, "DRAFT_RESOLUTION", "决议草案.pdf", "application/pdf", PDF);
        assertThat(draft.statusCode()).as(draft.body()).isEqualTo(201);
        long document = json(draft).path("id").asLong();
        String path = "/api/v1/meetings/" + meeting + "/documents";

        for (String reader : new String[] {"staff", "leader", "admin"}) {
            assertThat(json(get(reader, path)).size()).as(reader).isEqualTo(1);
            assertThat(get(reader, path + "/" + document).statusCode())
                    .as(reader)
                    .isEqualTo(200);
        }
        for (String outsider : new String[] {"unit", "deputy", "street"}) {
            assertThat(json(get(outsider, path)).size()).as(outsider).isZero();
            assertThat(get(outsider, path + "/" + document).statusCode())
                    .as(outsider)
                    .isEqualTo(404);
        }

        assertThat(api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"NOTIFIED\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"HELD\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("deputy", path + "/" + document).statusCode())
                .as("held, not yet published")
                .isEqualTo(404);
        assertThat(api("staff", "POST", "/api/v1/meetings/" + meeting + "/status", "{\"status\":\"MINUTES_APPROVED\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(get("deputy", path + "/" + document).statusCode()).isEqualTo(200);
        assertThat(json(get("unit", path)).size()).isEqualTo(1);
    }

    @Test
    void standingCommitteeMembersReadTheDraftsOfTheirMeeting() {
        long meeting = meeting("SC_MEETING");
        long document = json(upload(meeting, "DRAFT_RESOLUTION", "决议草案.pdf", "application/pdf", PDF))
                .path("id")
                .asLong();
        String path = "/api/v1/meetings/" + meeting + "/documents/" + document;
        assertThat(get("member", path).statusCode()).isEqualTo(200);
        assertThat(get("deputy", path).statusCode()).isEqualTo(404);
        assertThat(get("hs-staff", path).statusCode()).as("another congress").isEqualTo(404);
    }
}
