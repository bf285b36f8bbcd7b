package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Errors the servlet container raises before or around the application (undecodable parameters, an
 * over-long request line or header, an oversized upload, a body that is not multipart) answer
 * problem+json with a body, as every other API error does.
 */
class ContainerProblemTests extends FullStackTest {

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status).contains("\"title\"");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("Tomcat");
    }

    @Test
    void undecodableQueryParameterAnswersAProblem() {
        assertProblem(get("staff", "/api/v1/suggestions?q=%ff"), 400);
    }

    @Test
    void undecodableQueryParameterOnAPageAnswersAnErrorPage() {
        var r = login("staff")
                .send(HttpRequest.newBuilder(uri("/cases?q=%ff"))
                        .header("Accept", "text/html,application/xhtml+xml")
                        .build());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body())
                .doesNotContain("Exception")
                .doesNotContain("Tomcat")
                .contains("<html");
    }

    @Test
    void overLongUrlAnswersAProblem() throws IOException {
        String raw = rawExchange("GET /api/v1/suggestions?q=" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: application/json\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("content-type: application/problem+json");
        assertThat(raw).contains("\"status\":400").doesNotContain("Tomcat");
    }

    @Test
    void overLongHeaderAnswersAProblem() throws IOException {
        String raw = rawExchange("GET /api/v1/suggestions HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
                + "X-Padding: " + "b".repeat(20_000) + "\r\nConnection: close\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400");
        assertThat(raw).containsIgnoringCase("content-type: application/problem+json");
        assertThat(raw).contains("\"status\":400").doesNotContain("Tomcat");
    }

    @Test
    void fiftyMegabyteUploadAnswers413WithAProblem() {
        String boundary = "----renda50mb";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.xlsx\"\r\n"
                        + "Content-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 50 * 1024 * 1024 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var r = send(HttpRequest.newBuilder(uri("/api/v1/units/import"))
                .header("Authorization", auth("admin"))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
        assertProblem(r, 413);
    }

    @Test
    void importersRefuseABodyThatIsNotMultipart() {
        for (String path :
                new String[] {"/api/v1/units/import", "/api/v1/deputies/import", "/api/v1/stations/import"}) {
            var r = api("admin", "POST", path, "{\"file\":\"x\"}");
            assertThat(r.statusCode()).as(path + " " + r.body()).isIn(400, 415);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
    }

    @Test
    void openApiDescribesTheImportersAsMultipart() {
        var r = get("admin", "/v3/api-docs");
        assertThat(r.statusCode()).isEqualTo(200);
        for (String path :
                new String[] {"/api/v1/units/import", "/api/v1/deputies/import", "/api/v1/stations/import"}) {
            String op = r.body().substring(r.body().indexOf("\"" + path + "\""));
            op = op.substring(0, op.indexOf("\"responses\""));
            assertThat(op).as(path).contains("multipart/form-data").doesNotContain("application/json");
        }
    }

    @Test
    void missingRequiredPrimitiveNamesTheField() {
        var r = api(
                "staff",
                "POST",
                "/api/v1/supervision/opinions",
                "{\"title\":\"t\",\"sourceDate\":\"2026-12-01\",\"units\":[]}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.body()).contains("\"field\":\"issueNow\"");
    }

    private String rawExchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
