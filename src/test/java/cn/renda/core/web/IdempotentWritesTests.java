package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.db.EmbeddedPostgresServer;
import cn.renda.support.FullStackTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code Idempotency-Key} on writes other than case actions, through the one core mechanism: a retry with
 * the same key answers the first answer and writes nothing; the same key with another body answers 422.
 */
class IdempotentWritesTests extends FullStackTest {

    @Autowired
    EmbeddedPostgresServer server;

    private HttpResponse<String> write(String user, String path, String key, String json) {
        return send(HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", auth(user))
                .header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                .build());
    }

    private long count(String sql) throws Exception {
        try (Connection c =
                        DriverManager.getConnection(server.jdbcUrl("renda"), "postgres", server.superuserPassword());
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long registeredSuggestion() throws Exception {
        return count("select s.id from suggestion.submission s join identity.account a"
                + " on a.congress_id = s.congress_id and a.username = 'staff'"
                + " where s.status = 'REGISTERED' and s.merged_into is null order by s.id limit 1");
    }

    /** Sends the same write twice with one key and once with another body; returns the three answers. */
    private void assertRetriedOnce(String user, String path, String json, String otherJson, String countSql)
            throws Exception {
        String key = "retry-" + UUID.randomUUID();
        long before = count(countSql);
        var first = write(user, path, key, json);
        assertThat(first.statusCode()).as(path + " " + first.body()).isBetween(200, 299);
        var retry = write(user, path, key, json);
        assertThat(retry.statusCode()).isEqualTo(first.statusCode());
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(count(countSql)).as(path).isEqualTo(before + 1);

        var reused = write(user, path, key, otherJson);
        assertThat(reused.statusCode()).as(reused.body()).isEqualTo(422);
        assertThat(reused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(count(countSql)).isEqualTo(before + 1);
    }

    @Test
    void progressNoteRetriedWithTheSameKeyIsWrittenOnce() throws Exception {
        long id = registeredSuggestion();
        String note = "idem-" + UUID.randomUUID();
        assertRetriedOnce(
                "staff",
                "/api/v1/suggestions/" + id + "/progress",
                "{\"note\":\"" + note + "\"}",
                "{\"note\":\"another " + note + "\"}",
                "select count(*) from suggestion.progress_note where note like '%" + note + "%'");
    }

    @Test
    void draftRetriedWithTheSameKeyIsCreatedOnce() throws Exception {
        String title = "幂等草稿-" + UUID.randomUUID();
        assertRetriedOnce(
                "deputy",
                "/api/v1/suggestions",
                "{\"title\":\"" + title + "\",\"content\":\"内容\"}",
                "{\"title\":\"" + title + "-2\",\"content\":\"内容\"}",
                "select count(*) from suggestion.submission where title like '" + title + "%'");
    }

    @Test
    void registryChangeRetriedWithTheSameKeyIsMadeOnce() throws Exception {
        // Units of type OTHER: the demo's departments are counted exactly elsewhere (RegistryDemoDataTests).
        String name = "幂等单位" + UUID.randomUUID().toString().substring(0, 8);
        assertRetriedOnce(
                "staff",
                "/api/v1/units",
                "{\"name\":\"" + name + "\",\"type\":\"OTHER\"}",
                "{\"name\":\"" + name + "乙\",\"type\":\"OTHER\"}",
                "select count(*) from organization.unit where name like '" + name + "%'");
    }

    @Test
    void voterOpinionRetriedWithTheSameKeyIsRecordedOnce() throws Exception {
        String text = "幂等意见-" + UUID.randomUUID();
        assertRetriedOnce(
                "street",
                "/api/v1/outreach/opinions",
                "{\"content\":\"" + text + "\"}",
                "{\"content\":\"" + text + " 另一条\"}",
                "select count(*) from outreach.opinion where content like '" + text + "%'");
    }

    @Test
    void supervisionPlanRetriedWithTheSameKeyIsCreatedOnce() throws Exception {
        // Another congress and a far year: the demo's plans and the supervision tests' years stay untouched.
        String title = "幂等监督计划-" + UUID.randomUUID().toString().substring(0, 8);
        assertRetriedOnce(
                "hs-staff",
                "/api/v1/supervision/plans",
                "{\"year\":2097,\"title\":\"" + title + "\"}",
                "{\"year\":2098,\"title\":\"" + title + "\"}",
                "select count(*) from supervision.plan where title = '" + title + "'");
    }

    @Test
    void aRefusedWriteKeepsNoKeySoTheCorrectedRetryRuns() throws Exception {
        long id = registeredSuggestion();
        String key = "fix-" + UUID.randomUUID();
        var refused = write("staff", "/api/v1/suggestions/" + id + "/progress", key, "{\"note\":\"\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        String note = "corrected-" + UUID.randomUUID();
        var corrected = write("staff", "/api/v1/suggestions/" + id + "/progress", key, "{\"note\":\"" + note + "\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(count("select count(*) from suggestion.progress_note where note = '" + note + "'"))
                .isEqualTo(1);
    }

    @Test
    void keysAreKeptPerUser() throws Exception {
        String name = "每人一键" + UUID.randomUUID().toString().substring(0, 8);
        String key = "shared-" + UUID.randomUUID();
        assertThat(write("staff", "/api/v1/units", key, "{\"name\":\"" + name + "甲\",\"type\":\"OTHER\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(write("admin", "/api/v1/units", key, "{\"name\":\"" + name + "乙\",\"type\":\"OTHER\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(count("select count(*) from organization.unit where name like '" + name + "%'"))
                .isEqualTo(2);
    }

    @Test
    void anUnprintableKeyIsRefused() {
        var r = write("staff", "/api/v1/units", "bad\tkey", "{\"name\":\"x\",\"type\":\"OTHER\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void anUploadWithANulInItsFileNameIsRefusedAs400AndKeepsNoKey() throws Exception {
        String boundary = "----nul" + UUID.randomUUID().toString().substring(0, 8);
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\u0000b.pdf\""
                + "\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--" + boundary + "--\r\n";
        String key = "nul-" + UUID.randomUUID();
        var r = send(HttpRequest.newBuilder(uri("/api/v1/suggestions/0/attachments"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", auth("deputy"))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(count("select count(*) from core.idempotent_request where key = '" + key + "'"))
                .isZero();
    }
}
