package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.FullStackTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** Excel export, template and all-or-nothing import through the API, across the two demo congresses. */
class RegistryExcelTests extends FullStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError(response.body(), e);
        }
    }

    private byte[] download(String user, String path) {
        try {
            HttpResponse<byte[]> response = java.net.http.HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(uri(path))
                                    .header("Authorization", auth(user))
                                    .timeout(Duration.ofSeconds(60))
                                    .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
            return response.body();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> upload(String user, String path, byte[] xlsx) {
        String boundary = "----renda" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.xlsx\"\r\n"
                                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(xlsx);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", auth(user))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build());
    }

    private static List<List<String>> rows(byte[] xlsx) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            var formatter = new org.apache.poi.ss.usermodel.DataFormatter();
            List<List<String>> rows = new java.util.ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new java.util.ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** The template with the given data rows written under the header. */
    private byte[] fill(byte[] template, List<List<Object>> data) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r < data.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < data.get(r).size(); c++) {
                    Object v = data.get(r).get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private long hongshanTotal(String path) {
        return json(get("hs-staff", path)).path("total").asLong();
    }

    @Test
    void departmentsExportedFromJiangxiaImportIntoHongshanAndASecondImportIsRejectedWhole() throws IOException {
        byte[] export = download("staff", "/api/v1/units/export.xlsx?type=DEPARTMENT&active=true");
        List<List<String>> rows = rows(export);
        assertThat(rows.get(0)).containsExactly("名称", "简称", "类型", "街道", "地址", "电话");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(34);
        assertThat(rows.get(1).get(5)).as("phones leave masked").contains("****");

        long before = hongshanTotal("/api/v1/units?size=1");
        HttpResponse<String> imported = upload("hs-admin", "/api/v1/units/import", export);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).path("imported").asInt()).isEqualTo(rows.size() - 1);
        assertThat(hongshanTotal("/api/v1/units?size=1")).isEqualTo(before + rows.size() - 1);
        JsonNode water =
                json(get("hs-staff", "/api/v1/units?q=" + URLEncoder.encode("区水务和湖泊局", StandardCharsets.UTF_8)));
        assertThat(water.path("total").asLong()).isEqualTo(1);
        assertThat(water.path("items").get(0).path("phone").isNull())
                .as("masked phones import as none")
                .isTrue();

        HttpResponse<String> again = upload("hs-admin", "/api/v1/units/import", export);
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        JsonNode errors = json(again).path("errors");
        assertThat(errors).hasSize(rows.size() - 1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(2);
        assertThat(errors.get(0).path("column").asText()).isEqualTo("名称");
        assertThat(hongshanTotal("/api/v1/units?size=1")).isEqualTo(before + rows.size() - 1);
    }

    @Test
    void deputiesImportedFromTheTemplateAppearInTheList() throws IOException {
        byte[] template = download("hs-staff", "/api/v1/deputies/template.xlsx");
        assertThat(rows(template)).hasSize(1);
        String street = json(get("hs-staff", "/api/v1/deputies"))
                .path("items")
                .get(0)
                .path("streetName")
                .asText();
        byte[] file = fill(
                template,
                List.of(
                        List.of(
                                "导入代表甲",
                                "男",
                                "某社区党委书记",
                                "13512345678",
                                "区人大代表",
                                street + "第1选区",
                                street,
                                7,
                                "2021-10-13"),
                        List.of("导入代表乙", "女", "", "", "CITY", "", street, "", "")));
        HttpResponse<String> imported = upload("hs-staff", "/api/v1/deputies/import", file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).path("imported").asInt()).isEqualTo(2);
        JsonNode found =
                json(get("hs-staff", "/api/v1/deputies?q=" + URLEncoder.encode("导入代表", StandardCharsets.UTF_8)));
        assertThat(found.path("total").asLong()).isEqualTo(2);
        assertThat(found.toString()).contains("135****5678").doesNotContain("13512345678");
    }

    @Test
    void dateFormattedCellsAndTextDatesImportTheSameDate() throws IOException {
        byte[] template = download("hs-staff", "/api/v1/deputies/template.xlsx");
        String street = json(get("hs-staff", "/api/v1/deputies"))
                .path("items")
                .get(0)
                .path("streetName")
                .asText();
        byte[] file;
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.getSheetAt(0);
            var builtIn = workbook.createCellStyle();
            builtIn.setDataFormat((short) 14);
            var chinese = workbook.createCellStyle();
            chinese.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            String[] names = {"日期格式甲", "日期格式乙", "日期文本丙", "日期文本丁"};
            for (int r = 0; r < names.length; r++) {
                Row row = sheet.createRow(r + 1);
                row.createCell(0).setCellValue(names[r]);
                row.createCell(4).setCellValue("区人大代表");
                row.createCell(6).setCellValue(street);
                var since = row.createCell(8);
                switch (r) {
                    case 0 -> {
                        since.setCellValue(java.time.LocalDate.of(2019, 3, 5));
                        since.setCellStyle(builtIn);
                    }
                    case 1 -> {
                        since.setCellValue(java.time.LocalDate.of(2019, 3, 5));
                        since.setCellStyle(chinese);
                    }
                    case 2 -> since.setCellValue("2019/3/5");
                    default -> since.setCellValue("2019-03-05");
                }
            }
            workbook.write(out);
            file = out.toByteArray();
        }
        HttpResponse<String> imported = upload("hs-staff", "/api/v1/deputies/import", file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).path("imported").asInt()).isEqualTo(4);
        JsonNode found = json(get("hs-staff", "/api/v1/deputies?q=" + URLEncoder.encode("日期", StandardCharsets.UTF_8)));
        assertThat(found.path("total").asLong()).isEqualTo(4);
        for (JsonNode deputy : found.path("items")) {
            assertThat(deputy.path("since").asText()).as(deputy.toString()).isEqualTo("2019-03-05");
        }
    }

    @Test
    void aWorkbookWithInlineStringsImportsLikeOneWithSharedStrings() throws IOException {
        String street = json(get("hs-staff", "/api/v1/deputies"))
                .path("items")
                .get(0)
                .path("streetName")
                .asText();
        byte[] file;
        // The streaming writer stores text as inline strings (<is><t>), not in the shared strings table.
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(10);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("代表");
            String[] header = {"姓名", "性别", "工作单位及职务", "电话", "代表层级", "选区", "街道", "届次", "任职起始日期"};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("  内联代表甲 ");
            first.createCell(1).setCellValue("女");
            first.createCell(4).setCellValue("city");
            first.createCell(6).setCellValue(street);
            first.createCell(7).setCellValue(7);
            first.createCell(8).setCellValue("2021-10-13");
            Row second = sheet.createRow(3);
            second.createCell(0).setCellValue("内联代表乙");
            second.createCell(4).setCellValue("区人大代表");
            workbook.write(out);
            workbook.dispose();
            file = out.toByteArray();
        }
        HttpResponse<String> imported = upload("hs-staff", "/api/v1/deputies/import", file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).path("imported").asInt()).isEqualTo(2);
        JsonNode found =
                json(get("hs-staff", "/api/v1/deputies?q=" + URLEncoder.encode("内联代表", StandardCharsets.UTF_8)));
        assertThat(found.path("total").asLong()).isEqualTo(2);
        JsonNode first = found.path("items").get(0).path("name").asText().equals("内联代表甲")
                ? found.path("items").get(0)
                : found.path("items").get(1);
        assertThat(first.path("name").asText()).isEqualTo("内联代表甲");
        assertThat(first.path("level").asText()).isEqualTo("CITY");
        assertThat(first.path("gender").asText()).isEqualTo("FEMALE");
        assertThat(first.path("term").asInt()).isEqualTo(7);
        assertThat(first.path("since").asText()).isEqualTo("2021-10-13");
    }

    @Test
    void anImportWithOneBadRowImportsNothingAndNamesTheRow() throws IOException {
        byte[] template = download("hs-staff", "/api/v1/deputies/template.xlsx");
        String street = json(get("hs-staff", "/api/v1/deputies"))
                .path("items")
                .get(0)
                .path("streetName")
                .asText();
        long before = hongshanTotal("/api/v1/deputies?size=1");
        byte[] file = fill(
                template,
                List.of(
                        List.of("坏行测试甲", "男", "", "", "区人大代表", "", street, 7, "2021-10-13"),
                        List.of("坏行测试乙", "女", "", "", "村代表", "", street, 7, "2021-10-13"),
                        List.of("坏行测试丙", "女", "", "", "DISTRICT", "", street, 7, "2021-10-13")));
        HttpResponse<String> rejected = upload("hs-staff", "/api/v1/deputies/import", file);
        assertThat(rejected.statusCode()).isEqualTo(400);
        JsonNode errors = json(rejected).path("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("column").asText()).isEqualTo("代表层级");
        assertThat(errors.get(0).path("message").asText()).contains("村代表");
        assertThat(hongshanTotal("/api/v1/deputies?size=1")).isEqualTo(before);
        assertThat(hongshanTotal("/api/v1/deputies?q=" + URLEncoder.encode("坏行测试", StandardCharsets.UTF_8)))
                .isZero();
    }

    @Test
    void stationExportListsStationedDeputiesAndAFileWithAWrongHeaderIsRejected() throws IOException {
        List<List<String>> rows = rows(download("staff", "/api/v1/stations/export.xlsx?type=CONTACT_POINT"));
        assertThat(rows.get(0)).containsExactly("名称", "类型", "工作室类型", "街道", "地址", "接待安排", "驻站代表");
        assertThat(rows).hasSizeGreaterThanOrEqualTo(6);
        assertThat(rows.get(1).get(1)).isEqualTo("民情民意联系点");
        assertThat(rows.get(1).get(6)).isNotBlank();

        byte[] unitsTemplate = download("staff", "/api/v1/units/template.xlsx");
        HttpResponse<String> wrong = upload("staff", "/api/v1/stations/import", unitsTemplate);
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).path("errors").get(0).path("row").asInt()).isEqualTo(1);

        HttpResponse<String> garbage =
                upload("staff", "/api/v1/stations/import", "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(garbage.statusCode()).isEqualTo(400);
    }

    @Test
    void importIsForOfficeStaffOnly() {
        HttpResponse<String> denied = upload("deputy", "/api/v1/deputies/import", new byte[] {1, 2, 3});
        assertThat(denied.statusCode()).isEqualTo(403);
    }
}
