package cn.renda.bench;

import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressLevel;
import cn.renda.organization.RegistryExcel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Deputies imported from Excel and from CSV, rows per second through the application's own import code
 * ({@link RegistryExcel}, what {@code /registry/deputies/import} and {@code /api/v1/deputies/import}
 * call): parsing, the row checks, the all-or-nothing insert and its commit. 100,000 rows at scale 1
 * (at least 200). A CSV file may hold them all; an Excel file at most {@link RegistryExcel#MAX_ROWS}, so
 * the Excel figure imports files of that size one after the other. Each format imports into a congress
 * of its own, after a small warm-up import; generating the files is not timed.
 */
final class ImportBench implements Benchmark {

    static final String[] HEADER = {"姓名", "性别", "工作单位及职务", "电话", "代表层级", "选区", "街道", "届次", "任职起始日期"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"建华", "春燕", "志刚", "晓敏", "立新", "伟", "秀英", "国强", "丽", "海涛"};
    private static final String[] LEVELS = {"区人大代表", "区人大代表", "区人大代表", "市人大代表"};

    @Override
    public String name() {
        return "import";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        int rows = (int) ctx.scaled(100_000, 200);
        ConfigurableApplicationContext app = ctx.app();
        RegistryExcel excel = app.getBean(RegistryExcel.class);
        CongressFacade congresses = app.getBean(CongressFacade.class);
        List<String[]> data = rows(rows);
        List<byte[]> workbooks = new ArrayList<>();
        for (int from = 0; from < rows; from += RegistryExcel.MAX_ROWS) {
            workbooks.add(xlsx(data.subList(from, Math.min(rows, from + RegistryExcel.MAX_ROWS))));
        }
        byte[] csv = csv(data);
        byte[] warmXlsx = xlsx(rows(200));
        byte[] warmCsv = csv(rows(200));
        ctx.log(
                "import: %d rows, %d workbook(s) of %d KiB in all, CSV %d KiB",
                rows,
                workbooks.size(),
                workbooks.stream().mapToInt(b -> b.length).sum() / 1024,
                csv.length / 1024);

        String stamp = Long.toString(System.currentTimeMillis(), 36);
        long excelCongress = congresses.provision("ix" + stamp, "Excel 导入基准人大", "导入甲", CongressLevel.DISTRICT, null, 7);
        long csvCongress = congresses.provision("ic" + stamp, "CSV 导入基准人大", "导入乙", CongressLevel.DISTRICT, null, 7);

        double excelRate = as(excelCongress, () -> {
            excel.importDeputies(new ByteArrayInputStream(warmXlsx));
            long t0 = System.nanoTime();
            int imported = 0;
            for (byte[] workbook : workbooks) {
                imported += excel.importDeputies(new ByteArrayInputStream(workbook));
            }
            return check(imported, rows) / ((System.nanoTime() - t0) / 1e9);
        });
        double csvRate = as(csvCongress, () -> {
            excel.importDeputiesCsv(new ByteArrayInputStream(warmCsv));
            long t0 = System.nanoTime();
            int imported = excel.importDeputiesCsv(new ByteArrayInputStream(csv));
            return check(imported, rows) / ((System.nanoTime() - t0) / 1e9);
        });
        Map<String, Object> byFormat = new LinkedHashMap<>();
        byFormat.put("excel", Math.round(excelRate));
        byFormat.put("csv", Math.round(csvRate));
        ctx.record("import_rows_per_s", Math.round(Math.min(excelRate, csvRate)));
        ctx.record("import_by_format", byFormat);
        ctx.record("import_rows", rows);
        ctx.record("import_load_avg", EngineBench.loadAverage());
    }

    private static double check(int imported, int expected) {
        if (imported != expected) {
            throw new IllegalStateException("imported " + imported + " of " + expected + " rows");
        }
        return imported;
    }

    /** Runs the import as an office user of the congress (the audit names the actor). */
    private static double as(long congress, java.util.concurrent.Callable<Double> action) {
        CurrentUser staff = new CurrentUser(
                0, congress, "bench-staff", "", "导入基准", Set.of(Role.STAFF), null, null, null, "zh-CN", true);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(staff, null, staff.getAuthorities()));
        try {
            return TenantContext.callAs(congress, action);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static List<String[]> rows(int n) {
        List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(new String[] {
                SURNAMES[i % 10] + GIVEN[(i / 10) % 10] + (i / 100 == 0 ? "" : String.valueOf(i / 100)),
                i % 2 == 0 ? "男" : "女",
                "第" + (i % 500 + 1) + "社区居民委员会主任",
                String.format("135%08d", i),
                LEVELS[i % LEVELS.length],
                "第" + (i % 120 + 1) + "选区",
                "",
                "7",
                "2021-10-" + (10 + i % 18)
            });
        }
        return rows;
    }

    static byte[] xlsx(List<String[]> rows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(1000);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("代表");
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                header.createCell(c).setCellValue(HEADER[c]);
            }
            int r = 1;
            for (String[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    if (c == 7) {
                        row.createCell(c).setCellValue(Integer.parseInt(values[c]));
                    } else if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        }
    }

    static byte[] csv(List<String[]> rows) {
        StringBuilder sb =
                new StringBuilder("\uFEFF").append(String.join(",", HEADER)).append("\r\n");
        for (String[] values : rows) {
            sb.append(String.join(",", values)).append("\r\n");
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }
}
