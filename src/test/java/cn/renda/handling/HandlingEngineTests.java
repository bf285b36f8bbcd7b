package cn.renda.handling;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Concurrency, idempotency, the hash chain, tenant isolation, roles and attachments of the engine. */
class HandlingEngineTests extends HandlingTestSupport {

    // The owner's connections (those Flyway migrates with), embedded or external database alike.
    @Autowired
    org.flywaydb.core.Flyway flyway;

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
    }

    /** Fires the same step from 50 threads with the same version; returns the status codes. */
    private List<Integer> race(String user, long id, String action, String extra) throws Exception {
        long version = caseJson(id).get("version").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return act(user, id, action, version, extra);
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (var f : futures) {
            HttpResponse<String> r = f.get();
            codes.add(r.statusCode());
            if (r.statusCode() == 409) {
                assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
            }
        }
        pool.shutdown();
        return codes;
    }

    @Test
    void fiftyThreadsOnOneStepLetExactlyOneWinEachTime() throws Exception {
        long id = createOpinion(today(), true, false).get("id").asLong();
        String[][] steps = {
            {"h-unit1", "accept", null},
            {"h-unit1", "submit-plan", "\"text\":\"方案\""},
            {"h-unit1", "reply", "\"text\":\"结果\",\"resultClass\":\"A\""},
            {"staff", "close", null}
        };
        for (String[] step : steps) {
            List<Integer> codes = race(step[0], id, step[1], step[2]);
            assertThat(codes.stream().filter(c -> c == 200).count()).as(step[1]).isEqualTo(1);
            assertThat(codes.stream().filter(c -> c == 409).count()).as(step[1]).isEqualTo(49);
        }
        var timeline = json(get("staff", "/api/v1/cases/" + id + "/timeline?size=200"));
        Map<String, Integer> actions = new HashMap<>();
        timeline.get("items").forEach(e -> actions.merge(e.get("action").asString(), 1, Integer::sum));
        assertThat(actions)
                .containsEntry("ACCEPT", 1)
                .containsEntry("SUBMIT_PLAN", 1)
                .containsEntry("REPLY", 1)
                .containsEntry("CLOSE", 1);
        var audit = json(get("staff", "/api/v1/cases/" + id + "/audit"));
        assertThat(audit.get("valid").asBoolean()).isTrue();
        assertThat(audit.get("events").asInt()).isEqualTo(timeline.get("total").asInt());
    }

    @Test
    void concurrentCreationsGetGapFreeUniqueNumbersAndValidChains() throws Exception {
        users();
        ExecutorService pool = Executors.newFixedThreadPool(12);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonNode>> futures = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            futures.add(pool.submit(() -> {
                start.await();
                return createOpinion(today(), false, false);
            }));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        List<String> numbers = new ArrayList<>();
        for (var f : futures) {
            JsonNode c = f.get();
            ids.add(c.get("id").asLong());
            numbers.add(c.get("number").asString());
        }
        pool.shutdown();
        assertThat(numbers).doesNotContainNull().doesNotHaveDuplicates();
        JdbcTemplate sql = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        Map<String, Object> seqs = sql.queryForMap(
                "select count(*) as n, count(distinct seq) as d, max(seq) - min(seq) + 1 as span,"
                        + " count(*) filter (where number is null or seq is null) as open"
                        + " from handling.cases c where (c.congress_id, c.kind, c.year) in"
                        + " (select congress_id, kind, year from handling.cases where id = ?)",
                ids.get(0));
        // every number of the kind and year, these and earlier tests' ones, without a gap
        assertThat(((Number) seqs.get("open")).longValue()).isZero();
        assertThat(((Number) seqs.get("d")).longValue()).isEqualTo(((Number) seqs.get("n")).longValue());
        assertThat(((Number) seqs.get("span")).longValue()).isEqualTo(((Number) seqs.get("n")).longValue());
        for (long id : ids) {
            JsonNode stored = caseJson(id);
            assertThat(numbers).contains(stored.get("number").asString());
            var audit = json(get("staff", "/api/v1/cases/" + id + "/audit"));
            assertThat(audit.get("valid").asBoolean()).isTrue();
        }
    }

    @Test
    void repeatedIdempotencyKeyReturnsTheFirstResultAndActsOnce() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        long version = caseJson(id).get("version").asLong();
        String body = "{\"version\":" + version + "}";
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/cases/" + id + "/actions/accept"))
                .header("Authorization", auth("h-unit1"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", "accept-" + id)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        var first = send(request);
        var second = send(request);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(json(second)).isEqualTo(json(first));
        var timeline = json(get("staff", "/api/v1/cases/" + id + "/timeline"));
        long accepts = 0;
        for (var e : timeline.get("items")) {
            accepts += "ACCEPT".equals(e.get("action").asString()) ? 1 : 0;
        }
        assertThat(accepts).isEqualTo(1);
        // without the key the same stale request is a conflict
        assertThat(api("h-unit1", "POST", "/api/v1/cases/" + id + "/actions/accept", body)
                        .statusCode())
                .isEqualTo(409);
    }

    @Test
    void auditTurnsInvalidWhenAnEventIsTamperedWith() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        ok("h-unit1", id, "accept", null);
        var audit = json(get("staff", "/api/v1/cases/" + id + "/audit"));
        assertThat(audit.get("valid").asBoolean()).isTrue();
        assertThat(audit.get("events").asInt()).isEqualTo(3);
        assertThat(audit.get("head").asString()).hasSize(64);

        JdbcTemplate sql = new JdbcTemplate(flyway.getConfiguration().getDataSource());
        // the application role cannot change events, and the database refuses it even for the owner
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> sql.update("update handling.event set payload = '{}' where case_id = ?", id))
                .rootCause()
                .hasMessageContaining("append-only");
        // a superuser getting past the trigger for one transaction (session_replication_role), which also works
        // on Citus, where the trigger cannot be disabled on a distributed table and SET LOCAL reaches the workers
        sql.execute("begin; set local session_replication_role = replica;"
                + " update handling.event set payload = '{\"reason\":\"forged\"}' where case_id = " + id
                + " and seq = 2; commit");
        var after = json(get("staff", "/api/v1/cases/" + id + "/audit"));
        assertThat(after.get("valid").asBoolean()).isFalse();
        assertThat(after.get("events").asInt()).isEqualTo(3);
    }

    @Test
    void anotherCongressGetsNotFoundOnEveryCasePath() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        long version = caseJson(id).get("version").asLong();
        String base = "/api/v1/cases/" + id;
        assertThat(get("hs-staff", base).statusCode()).isEqualTo(404);
        assertThat(get("hs-staff", base + "/timeline").statusCode()).isEqualTo(404);
        assertThat(get("hs-staff", base + "/audit").statusCode()).isEqualTo(404);
        assertThat(get("hs-staff", base + "/attachments/1").statusCode()).isEqualTo(404);
        for (String action : new String[] {"close", "transfer", "withdraw", "extend", "pause"}) {
            assertThat(act("hs-staff", id, action, version, "\"reason\":\"x\",\"unitId\":1,\"toUnitId\":2")
                            .statusCode())
                    .as(action)
                    .isEqualTo(404);
        }
        assertThat(upload("hs-staff", id, "a.txt", "text/plain", "hello".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(404);
        assertThat(get("hs-staff", "/api/v1/cases?size=200").body()).doesNotContain("\"id\":" + id + ",");
        assertThat(caseJson(id).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void roleOutsideTheTableIsForbiddenAndWrongStateNamesStateAndAction() {
        long id = createOpinion(today(), false, false).get("id").asLong();
        long version = caseJson(id).get("version").asLong();
        var forbidden = act("h-member", id, "close", version, null);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        var illegal = act("staff", id, "close", version, null);
        assertThat(illegal.statusCode()).isEqualTo(409);
        assertThat(json(illegal).get("detail").asString()).contains("DRAFT").contains("CLOSE");
        var stale = act("staff", id, "assign", version + 5, "\"assignments\":[{\"unitId\":9001,\"role\":\"LEAD\"}]");
        assertThat(stale.statusCode()).isEqualTo(409);
        var returnWithoutReason = act("staff", id, "withdraw", version, null);
        assertThat(returnWithoutReason.statusCode()).isEqualTo(400);
    }

    @Test
    void coUnitOpinionGoesToTheLeadAndUnitsActOnlyForThemselves() {
        long id = createOpinion(today(), true, true).get("id").asLong();
        ok("h-unit1", id, "accept", null);
        assertThat(caseJson(id).get("state").asString()).isEqualTo("ISSUED");
        ok("h-unit2", id, "accept", null);
        assertThat(caseJson(id).get("state").asString()).isEqualTo("ACCEPTED");
        var planByCo =
                act("h-unit2", id, "submit-plan", caseJson(id).get("version").asLong(), "\"text\":\"x\"");
        assertThat(planByCo.statusCode()).isEqualTo(409);
        var forOtherUnit = act(
                "h-unit2", id, "submit-plan", caseJson(id).get("version").asLong(), "\"text\":\"x\",\"unitId\":9001");
        assertThat(forOtherUnit.statusCode()).isEqualTo(403);
        ok("h-unit2", id, "co-opinion", "\"text\":\"协办意见\"");
        ok("h-unit1", id, "submit-plan", "\"text\":\"方案\"");
        var reported = ok("h-unit1", id, "reply", "\"text\":\"结果\",\"resultClass\":\"B\"");
        assertThat(reported.get("state").asString()).isEqualTo("REPORTED");
        assertThat(reported.get("tracked").asBoolean()).isTrue();
        assertThat(clockOf(reported, "TRACKING").get("state").asString()).isEqualTo("RUNNING");
        assertThat(act("staff", id, "close", reported.get("version").asLong(), null)
                        .statusCode())
                .isEqualTo(422);
        var finalReply = ok("h-unit1", id, "reply", "\"text\":\"最终结果\",\"resultClass\":\"A\"");
        assertThat(finalReply.get("tracked").asBoolean()).isFalse();
        assertThat(ok("staff", id, "close", null).get("state").asString()).isEqualTo("CLOSED");
    }

    @Test
    void returnedByEveryUnitGoesBackToStaffAndTransferMovesTheAssignment() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        var transferred = ok("staff", id, "transfer", "\"unitId\":9001,\"toUnitId\":9003");
        assertThat(transferred.get("assignments").get(1).get("unitId").asLong()).isEqualTo(UNIT_3);
        assertThat(get("h-unit3", "/api/v1/worklists/TO_ACCEPT?size=200").body())
                .contains("\"id\":" + id);
        assertThat(act("h-unit3", id, "return", transferred.get("version").asLong(), null)
                        .statusCode())
                .isEqualTo(400);
        var returned = ok("h-unit3", id, "return", "\"reason\":\"不属于本单位职责\"");
        assertThat(returned.get("state").asString()).isEqualTo("RETURNED");
        assertThat(get("staff", "/api/v1/worklists/TO_ASSIGN?size=200").body()).contains("\"id\":" + id);
    }

    @Test
    void attachmentsAreTypeCheckedStoredAndDownloaded() {
        long id = createOpinion(today(), true, false).get("id").asLong();
        byte[] pdf = "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII);
        var created = upload("staff", id, "意见.pdf", "application/pdf", pdf);
        assertThat(created.statusCode()).isEqualTo(201);
        long attachmentId = json(created).get("id").asLong();
        var download = send(HttpRequest.newBuilder(uri("/api/v1/cases/" + id + "/attachments/" + attachmentId))
                .header("Authorization", auth("h-unit1"))
                .build());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.4 test");
        assertThat(upload("staff", id, "x.exe", "application/octet-stream", new byte[] {'M', 'Z'})
                        .statusCode())
                .isEqualTo(400);
        assertThat(upload("staff", id, "fake.pdf", "application/pdf", new byte[] {'M', 'Z'})
                        .statusCode())
                .isEqualTo(400);
        assertThat(upload("deputy", id, "a.txt", "text/plain", "x".getBytes(StandardCharsets.UTF_8))
                        .statusCode())
                .isEqualTo(404);
    }

    private HttpResponse<String> upload(String user, long id, String filename, String type, byte[] data) {
        String boundary = "----renda" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: " + type + "\r\n\r\n";
        out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(data);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/cases/" + id + "/attachments"))
                .header("Authorization", auth(user))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray()))
                .build());
    }
}
