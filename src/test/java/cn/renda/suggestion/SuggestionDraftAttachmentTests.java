package cn.renda.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 提有据: evidence files on a draft, checked by the engine's rules and carried onto the registered case. */
class SuggestionDraftAttachmentTests extends FullStackTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static final byte[] PDF = "%PDF-1.4\n% 调研报告\n".getBytes(StandardCharsets.UTF_8);

    static JsonNode json(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }

    HttpResponse<String> upload(String user, long id, String filename, String type, byte[] data) {
        String boundary = "----renda" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(data);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/suggestions/" + id + "/attachments"))
                .header("Authorization", auth(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    long draft(String title) {
        String body = "{\"title\":\"" + title + "\",\"content\":\"金口街道农贸市场周边占道经营严重，建议规划临时疏导点。\","
                + "\"facts\":\"见附件照片和调查表\"}";
        return json(api("deputy", "POST", "/api/v1/suggestions", body), 201)
                .path("id")
                .asLong();
    }

    @Test
    void evidenceFilesOnADraftAreCheckedAndMoveOntoTheCaseWhenRegistered() {
        long id = draft("关于金口街道农贸市场周边疏导的建议");
        JsonNode file = json(upload("deputy", id, "调研报告.pdf", "application/pdf", PDF), 201);
        assertThat(file.path("filename").asString()).isEqualTo("调研报告.pdf");
        assertThat(file.path("size").asLong()).isEqualTo(PDF.length);

        // The engine's rules: the bytes must be what the type says, and only whitelisted types
        HttpResponse<String> fake = upload("deputy", id, "photo.png", "image/png", "not a png".getBytes());
        assertThat(fake.statusCode()).isEqualTo(400);
        assertThat(fake.body()).contains("file");
        assertThat(upload("deputy", id, "run.sh", "application/x-sh", "#!/bin/sh".getBytes())
                        .statusCode())
                .isEqualTo(400);
        // Only the deputy who leads the draft may attach
        assertThat(upload("staff", id, "x.pdf", "application/pdf", PDF).statusCode())
                .isEqualTo(403);

        assertThat(json(get("deputy", "/api/v1/suggestions/" + id + "/attachments"), 200)
                        .size())
                .isEqualTo(1);
        json(api("deputy", "POST", "/api/v1/suggestions/" + id + "/submit", null), 200);
        // Staff see the evidence of a submission they review
        HttpResponse<String> download = get(
                "staff",
                "/api/v1/suggestions/" + id + "/attachments/" + file.path("id").asLong());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).startsWith("%PDF");

        JsonNode reg = json(api("staff", "POST", "/api/v1/suggestions/" + id + "/register", "{}"), 200);
        long caseId = reg.path("handling").path("id").asLong();
        JsonNode c = json(get("deputy", "/api/v1/cases/" + caseId), 200);
        assertThat(c.path("attachments").toString()).contains("调研报告.pdf");
        JsonNode after = json(get("deputy", "/api/v1/suggestions/" + id + "/attachments"), 200);
        assertThat(after.get(0).path("caseAttachmentId").isNull()).isFalse();

        // Once registered the draft's files are fixed
        assertThat(upload("deputy", id, "more.pdf", "application/pdf", PDF).statusCode())
                .isEqualTo(409);
        String page = login("deputy").page("/suggestions/" + id).body();
        assertThat(page).contains("data-evidence", "调研报告.pdf", "已随案转入").doesNotContain("id=\"evidence-upload\"");
    }

    @Test
    void draftFormOnThePhoneTakesFilesAndOthersCannotSeeThem() {
        String form = login("deputy").page("/suggestions/new").body();
        assertThat(form).contains("enctype=\"multipart/form-data\"", "type=\"file\"", "name=\"files\"");

        long id = draft("关于金口街道农贸市场周边疏导的建议（草稿）");
        long fileId = json(upload("deputy", id, "表格.pdf", "application/pdf", PDF), 201)
                .path("id")
                .asLong();
        String page = login("deputy").page("/suggestions/" + id).body();
        assertThat(page).contains("表格.pdf", "id=\"evidence-upload\"");
        // A draft's files are private to its deputy, like the draft
        assertThat(get("staff", "/api/v1/suggestions/" + id + "/attachments/" + fileId)
                        .statusCode())
                .isEqualTo(404);
        assertThat(api("deputy", "DELETE", "/api/v1/suggestions/" + id + "/attachments/" + fileId, null)
                        .statusCode())
                .isEqualTo(204);
        assertThat(json(get("deputy", "/api/v1/suggestions/" + id + "/attachments"), 200)
                        .size())
                .isZero();
    }
}
