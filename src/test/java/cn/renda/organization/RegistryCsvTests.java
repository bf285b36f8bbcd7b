package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deputies imported from CSV (UTF-8, the Excel template's columns): all rows or none, with a row report. */
class RegistryCsvTests extends FullStackTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String HEADER = "姓名,性别,工作单位及职务,电话,代表层级,选区,街道,届次,任职起始日期\r\n";

    private HttpResponse<String> upload(String user, String filename, String csv) {
        String boundary = "----renda" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/api/v1/deputies/import"))
                .header("Authorization", auth(user))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private long hongshanDeputies(String q) {
        return JSON.readTree(
                        get("hs-staff", "/api/v1/deputies?size=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
                                .body())
                .path("total")
                .asLong();
    }

    private String street() {
        return JSON.readTree(get("hs-staff", "/api/v1/deputies").body())
                .path("items")
                .get(0)
                .path("streetName")
                .asString();
    }

    @Test
    void aCsvWithTheTemplateColumnsImportsEveryRow() {
        String street = street();
        // Excel's "CSV UTF-8" starts with a byte order mark; a quoted cell may hold commas.
        String csv = "\uFEFF" + HEADER
                + "逗号分隔代表甲,男,\"某公司董事长,党委书记\",13512345678,区人大代表," + street + "第2选区," + street + ",7,2021-10-13\r\n"
                + "逗号分隔代表乙,女,,,CITY,," + street + ",,2021/10/14\r\n";
        HttpResponse<String> imported = upload("hs-staff", "deputies.csv", csv);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).path("imported").asInt()).isEqualTo(2);
        JsonNode found = JSON.readTree(
                        get("hs-staff", "/api/v1/deputies?q=" + URLEncoder.encode("逗号分隔代表甲", StandardCharsets.UTF_8))
                                .body())
                .path("items");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).path("employer").asString()).isEqualTo("某公司董事长,党委书记");
        assertThat(found.get(0).path("level").asString()).isEqualTo("DISTRICT");
        assertThat(hongshanDeputies("逗号分隔代表")).isEqualTo(2);
    }

    @Test
    void aCsvWithOneBadRowImportsNothingAndNamesTheRowAndColumn() {
        String street = street();
        String csv = HEADER
                + "CSV坏行甲,男,,,区人大代表,," + street + ",7,2021-10-13\r\n"
                + "CSV坏行乙,女,,,村代表,," + street + ",7,2021-10-13\r\n"
                + "CSV坏行丙,女,,,DISTRICT,," + street + ",七,2021-10-13\r\n";
        HttpResponse<String> rejected = upload("hs-staff", "deputies.csv", csv);
        assertThat(rejected.statusCode()).isEqualTo(400);
        JsonNode errors = JSON.readTree(rejected.body()).path("errors");
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("column").asString()).isEqualTo("代表层级");
        assertThat(errors.get(0).path("message").asString()).contains("村代表");
        assertThat(errors.get(1).path("row").asInt()).isEqualTo(4);
        assertThat(errors.get(1).path("column").asString()).isEqualTo("届次");
        assertThat(hongshanDeputies("CSV坏行")).isZero();

        HttpResponse<String> wrongHeader = upload("hs-staff", "units.csv", "名称,简称,类型\r\n区水务局,,DEPARTMENT\r\n");
        assertThat(wrongHeader.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongHeader.body())
                        .path("errors")
                        .get(0)
                        .path("row")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void theImportPageOffersCsvForDeputiesOnly() {
        Session staff = login("hs-staff");
        assertThat(staff.page("/registry/deputies/import").body()).contains(".csv", "CSV UTF-8");
        assertThat(staff.page("/registry/units/import").body()).doesNotContain(".csv");
    }
}
