package cn.renda.supervision.inquiry;

import cn.renda.core.InvalidInputException;
import cn.renda.organization.ImportRejectedException;
import cn.renda.organization.RowProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

/**
 * The problem list (问题清单) as an Excel (.xlsx) file, in the house pattern of the registry's import:
 * the template has the columns below; an import checks every row first and imports nothing when any
 * row is bad, answering with a row-by-row report ({@link ImportRejectedException}); otherwise all rows
 * go in, in one transaction. Files are in Chinese; the source kind accepts the Chinese label or the code;
 * several responsible units are separated by 、 , ; or new lines, the first leading.
 */
@Service
public class ProblemListExcel {

    /** The media type of .xlsx files. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Largest file accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;

    static final List<String> HEADERS = List.of("类别", "来源类型", "来源对象", "问题描述", "责任单位", "佐证材料");

    private static final List<String> FIELDS =
            List.of("category", "sourceKind", "sourceObject", "description", "unitNames", "evidence");

    private static final Map<String, ObjectKind> KIND_LABELS = Map.of(
            "重点企业项目", ObjectKind.ENTERPRISE_PROJECT,
            "企业项目", ObjectKind.ENTERPRISE_PROJECT,
            "部门", ObjectKind.DEPARTMENT,
            "街道", ObjectKind.STREET);

    private static final Pattern INDEXED = Pattern.compile("\\[(\\d+)]\\.(\\w+)");

    private static final Pattern UNIT_SEPARATORS = Pattern.compile("[、,，;；\\n]+");

    private final SpecialInquiryFacade inquiries;

    ProblemListExcel(SpecialInquiryFacade inquiries) {
        this.inquiries = inquiries;
    }

    /** The empty template with the header row and one example row. */
    public byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("问题清单");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                sheet.setColumnWidth(i, i == 3 ? 60 * 256 : 20 * 256);
            }
            Row example = sheet.createRow(1);
            String[] values = {"审批服务", "重点企业项目", "某重点项目", "施工许可办理时限超过承诺时限", "区政务服务和大数据管理局、区住房和城市更新局", "调研组走访记录"};
            for (int i = 0; i < values.length; i++) {
                example.createCell(i).setCellValue(values[i]);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports the file's rows into the inquiry's list: all or none; returns how many. */
    public int importFile(long inquiryId, InputStream file) {
        List<NewProblem> problems = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<RowProblem> bad = new ArrayList<>();
        read(file, problems, rowNumbers, bad);
        if (!bad.isEmpty() && rowNumbers.isEmpty()) {
            throw new ImportRejectedException(bad); // the file itself is wrong: no rows to check
        }
        // Every row's problems in one report: the cells read here, then what the facade finds (units …).
        bad.addAll(rows(inquiries.check(problems), rowNumbers));
        if (!bad.isEmpty()) {
            bad.sort(Comparator.comparingInt(RowProblem::row));
            throw new ImportRejectedException(bad);
        }
        try {
            return inquiries.importProblems(inquiryId, problems);
        } catch (InvalidInputException e) {
            throw new ImportRejectedException(rows(e.problems(), rowNumbers));
        }
    }

    /** Facade problems named {@code [index].field} as Excel rows and column headers. */
    private static List<RowProblem> rows(List<InvalidInputException.FieldProblem> problems, List<Integer> rowNumbers) {
        List<RowProblem> rows = new ArrayList<>();
        for (InvalidInputException.FieldProblem p : problems) {
            Matcher m = INDEXED.matcher(p.field());
            if (m.matches()) {
                int index = Integer.parseInt(m.group(1));
                int column = FIELDS.indexOf(m.group(2));
                rows.add(new RowProblem(
                        index < rowNumbers.size() ? rowNumbers.get(index) : 0,
                        column < 0 ? "" : HEADERS.get(column),
                        p.messageKey(),
                        p.arguments()));
            } else {
                rows.add(new RowProblem(0, "", p.messageKey(), p.arguments()));
            }
        }
        return rows;
    }

    /** Reads the rows; {@code rowNumbers} holds each problem's row as Excel numbers it (the facade reports by index). */
    private static void read(
            InputStream file, List<NewProblem> problems, List<Integer> rowNumbers, List<RowProblem> bad) {
        try {
            InputStream in = FileMagic.prepareToCheckMagic(file);
            if (FileMagic.valueOf(in) != FileMagic.OOXML) {
                bad.add(new RowProblem(0, "", "inquiry.import.notXlsx"));
                return;
            }
            try (Workbook wb = WorkbookFactory.create(in)) {
                Sheet sheet = wb.getSheetAt(0);
                DataFormatter format = new DataFormatter();
                Row header = sheet.getRow(0);
                for (int c = 0; c < HEADERS.size(); c++) {
                    String h = header == null ? "" : text(format, header.getCell(c));
                    if (!HEADERS.get(c).equals(h)) {
                        bad.add(new RowProblem(1, HEADERS.get(c), "inquiry.import.header", HEADERS.get(c)));
                    }
                }
                if (!bad.isEmpty()) {
                    return;
                }
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    String[] v = new String[HEADERS.size()];
                    for (int c = 0; c < v.length; c++) {
                        v[c] = row == null ? "" : text(format, row.getCell(c));
                    }
                    if (Arrays.stream(v).allMatch(String::isEmpty)) {
                        continue;
                    }
                    if (problems.size() >= SpecialInquiryFacade.MAX_PROBLEMS) {
                        bad.add(new RowProblem(r + 1, "", "inquiry.error.tooMany", SpecialInquiryFacade.MAX_PROBLEMS));
                        return;
                    }
                    ObjectKind kind = kind(v[1]);
                    if (kind == null) {
                        bad.add(new RowProblem(r + 1, HEADERS.get(1), "inquiry.error.sourceKind"));
                    }
                    rowNumbers.add(r + 1);
                    problems.add(new NewProblem(
                            v[0],
                            kind == null ? ObjectKind.DEPARTMENT : kind,
                            v[2],
                            v[3],
                            UNIT_SEPARATORS
                                    .splitAsStream(v[4])
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList(),
                            v[5].isEmpty() ? null : v[5]));
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException r) {
                throw r;
            }
            bad.clear();
            bad.add(new RowProblem(0, "", "inquiry.import.unreadable"));
        }
    }

    private static ObjectKind kind(String value) {
        if (value.isEmpty()) {
            return null;
        }
        ObjectKind k = KIND_LABELS.get(value);
        if (k != null) {
            return k;
        }
        try {
            return ObjectKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(DataFormatter format, Cell cell) {
        return cell == null ? "" : format.formatCellValue(cell).strip();
    }
}
