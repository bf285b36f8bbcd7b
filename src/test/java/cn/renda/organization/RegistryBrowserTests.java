package cn.renda.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.support.BrowserTest;
import java.io.FileOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The registry in a real browser: lists, filters, a form, an Excel import; axe on every page. */
class RegistryBrowserTests extends BrowserTest {

    @Test
    void staffBrowsesTheRegistryPagesWhichAreAccessible() {
        signIn("staff");
        for (String path : new String[] {
            "/registry",
            "/registry/streets",
            "/registry/bodies",
            "/registry/units",
            "/registry/people",
            "/registry/deputies",
            "/registry/stations",
            "/registry/groups",
            "/registry/linkages",
            "/registry/responsibilities"
        }) {
            open(path);
            assertThat(driver.findElement(By.tagName("h1")).getText()).as(path).isNotBlank();
            assertAccessible();
        }
        open("/registry/units?q=" + java.net.URLEncoder.encode("住房", java.nio.charset.StandardCharsets.UTF_8));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("区住房和城市更新局");
    }

    @Test
    void aUnitFormWithoutANameShowsTheFieldErrorAndIsAccessible() {
        signIn("staff");
        open("/registry/units/new");
        assertAccessible();
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".invalid-feedback")));
        assertThat(driver.findElement(By.cssSelector(".invalid-feedback")).getText())
                .isNotBlank();
        assertAccessible();
    }

    @Test
    void anExcelImportWithABadRowImportsNothingThenTheFixedFileImportsAll() throws Exception {
        String suffix = String.valueOf(System.nanoTime() % 1_000_000);
        Path bad = workbook("浏览器导入单位甲" + suffix, "政府部门", "浏览器导入单位乙" + suffix, "不存在的类型");
        Path good = workbook("浏览器导入单位甲" + suffix, "政府部门", "浏览器导入单位乙" + suffix, "其他");

        signIn("staff");
        open("/registry/units/import");
        assertAccessible();
        driver.findElement(By.id("file")).sendKeys(bad.toString());
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-problems")));
        assertThat(driver.findElement(By.id("import-problems")).getText()).contains("3");
        assertAccessible();
        open("/registry/units?q=" + suffix);
        assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain("浏览器导入单位甲" + suffix);

        open("/registry/units/import");
        driver.findElement(By.id("file")).sendKeys(good.toString());
        click(By.cssSelector("main form button[type=submit]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        open("/registry/units?q=" + suffix);
        String list = driver.findElement(By.tagName("main")).getText();
        assertThat(list).contains("浏览器导入单位甲" + suffix).contains("浏览器导入单位乙" + suffix);
    }

    /** A units workbook in the template's columns: 名称, 简称, 类型, 街道, 地址, 电话. */
    private static Path workbook(String name1, String type1, String name2, String type2) throws Exception {
        Path file = Files.createTempFile("units", ".xlsx");
        try (var wb = new XSSFWorkbook();
                var out = new FileOutputStream(file.toFile())) {
            var sheet = wb.createSheet("单位");
            String[] header = {"名称", "简称", "类型", "街道", "地址", "电话"};
            var h = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            var r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(name1);
            r1.createCell(2).setCellValue(type1);
            var r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue(name2);
            r2.createCell(2).setCellValue(type2);
            wb.write(out);
        }
        return file;
    }
}
