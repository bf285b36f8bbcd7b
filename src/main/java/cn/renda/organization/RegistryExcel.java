package cn.renda.organization;

import cn.renda.core.InvalidInputException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.xml.sax.SAXException;

/**
 * Excel (.xlsx) export and import of units, deputies and stations. The template has the export's
 * columns. An import checks every row first and imports nothing when any row is bad, answering with a
 * row-by-row report ({@link ImportRejectedException}); otherwise it inserts all rows in one transaction.
 * Files are in Chinese (the offices' working language); enum cells accept the Chinese label or the code.
 * Phones are exported masked; a masked phone in an imported file counts as no phone. Deputies may
 * also be imported from CSV (UTF-8, with or without a byte order mark, the template's header row and
 * columns), under the same rules.
 */
@Service
@Transactional(readOnly = true)
public class RegistryExcel {

    /** The media type of .csv files. */
    public static final String CSV_CONTENT_TYPE = "text/csv";

    /** Whether an uploaded file is CSV rather than Excel, by its name (or else its media type). */
    public static boolean isCsv(String filename, String contentType) {
        if (filename != null && !filename.isBlank()) {
            return filename.strip().toLowerCase(Locale.ROOT).endsWith(".csv");
        }
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CSV_CONTENT_TYPE);
    }

    /** The media type of .xlsx files. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Most data rows one Excel import accepts: .xlsx files are read as a stream (POI's event API), so
     * memory does not grow with the workbook; the same limit as CSV.
     */
    public static final int MAX_ROWS = 100_000;

    /** Most data rows one CSV import accepts (read as a stream: a province's deputies in one file). */
    public static final int MAX_CSV_ROWS = 100_000;

    /** The kinds of sheet. */
    public enum Kind {
        UNITS,
        DEPUTIES,
        STATIONS
    }

    private static final Locale FILE_LOCALE = Locale.SIMPLIFIED_CHINESE;
    private static final Pattern INDEXED_FIELD = Pattern.compile("\\[(\\d+)]\\.(\\w+)");
    private static final Pattern MASKED_PHONE = Pattern.compile(".*\\*{4}.*");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter IMPORTED_DATE = DateTimeFormatter.ofPattern("yyyy-M-d");
    private static final Pattern TRAILING_ZEROS = Pattern.compile("\\.0+$");

    /** Column: header text and the command field it fills (for mapping facade problems to columns). */
    private record Column(String header, String field) {}

    private static final Map<Kind, List<Column>> COLUMNS = Map.of(
            Kind.UNITS,
            List.of(
                    new Column("名称", "name"),
                    new Column("简称", "shortName"),
                    new Column("类型", "type"),
                    new Column("街道", "streetId"),
                    new Column("地址", "address"),
                    new Column("电话", "phone")),
            Kind.DEPUTIES,
            List.of(
                    new Column("姓名", "name"),
                    new Column("性别", "gender"),
                    new Column("工作单位及职务", "employer"),
                    new Column("电话", "phone"),
                    new Column("代表层级", "level"),
                    new Column("选区", "constituency"),
                    new Column("街道", "streetId"),
                    new Column("届次", "term"),
                    new Column("任职起始日期", "since")),
            Kind.STATIONS,
            List.of(
                    new Column("名称", "name"),
                    new Column("类型", "type"),
                    new Column("工作室类型", "studioKind"),
                    new Column("街道", "streetId"),
                    new Column("地址", "address"),
                    new Column("接待安排", "receptionSchedule"),
                    new Column("驻站代表", "deputyIds")));

    private final UnitDirectory units;
    private final PersonRegistry people;
    private final StationRegistry stations;
    private final BodyRepository bodies;
    private final PersonRepository persons;
    private final MessageSource messages;

    RegistryExcel(
            UnitDirectory units,
            PersonRegistry people,
            StationRegistry stations,
            BodyRepository bodies,
            PersonRepository persons,
            MessageSource messages) {
        this.units = units;
        this.people = people;
        this.stations = stations;
        this.bodies = bodies;
        this.persons = persons;
        this.messages = messages;
    }

    /** An empty workbook with the header row of the kind (same columns as the export). */
    public byte[] template(Kind kind) {
        return write(kind, List.of());
    }

    public byte[] exportUnits(UnitFilter filter) {
        return write(
                Kind.UNITS,
                all(p -> units.list(filter, p)).stream()
                        .map(u -> List.<Object>of(
                                u.name(),
                                nz(u.shortName()),
                                label(u.type()),
                                nz(u.streetName()),
                                nz(u.address()),
                                nz(u.phone())))
                        .toList());
    }

    public byte[] exportDeputies(DeputyFilter filter) {
        return write(
                Kind.DEPUTIES,
                all(p -> people.deputies(filter, p)).stream()
                        .map(d -> List.<Object>of(
                                d.name(),
                                d.gender() == null ? "" : label(d.gender()),
                                nz(d.employer()),
                                nz(d.phone()),
                                label(d.level()),
                                nz(d.constituency()),
                                nz(d.streetName()),
                                d.term() == null ? "" : d.term(),
                                d.since() == null ? "" : DATE.format(d.since())))
                        .toList());
    }

    public byte[] exportStations(StationFilter filter) {
        return write(
                Kind.STATIONS,
                all(p -> stations.list(filter, p)).stream()
                        .map(s -> List.<Object>of(
                                s.name(),
                                label(s.type()),
                                s.studioKind() == null ? "" : label(s.studioKind()),
                                s.streetName(),
                                nz(s.address()),
                                nz(s.receptionSchedule()),
                                String.join(
                                        "、",
                                        s.deputies().stream()
                                                .map(PersonRef::name)
                                                .toList())))
                        .toList());
    }

    /** Imports units; returns the count, or throws the row report and imports nothing. */
    @Transactional
    public int importUnits(InputStream file) {
        Map<String, Long> streets = streets();
        Parsed<UnitCommand> parsed = parse(
                Kind.UNITS,
                file,
                (cells, problems, row) -> new UnitCommand(
                        cells.text(0),
                        cells.text(1),
                        cells.enumValue(2, UnitType.class, problems, row, true),
                        cells.street(3, streets, problems, row),
                        cells.text(4),
                        cells.phone(5)));
        return parsed.commit(units::problems, units::createAll);
    }

    /** Imports deputies (people with a DEPUTY role); returns the count, or throws the row report. */
    @Transactional
    public int importDeputies(InputStream file) {
        return importDeputies(file, false);
    }

    /** Imports deputies from CSV (UTF-8, the template's columns); returns the count, or throws the row report. */
    @Transactional
    public int importDeputiesCsv(InputStream file) {
        return importDeputies(file, true);
    }

    private int importDeputies(InputStream file, boolean csv) {
        Map<String, Long> streets = streets();
        RowReader<DeputyCommand> reader = (cells, problems, row) -> new DeputyCommand(
                cells.text(0),
                cells.enumValue(1, Gender.class, problems, row, false),
                cells.text(2),
                cells.phone(3),
                cells.enumValue(4, DeputyLevel.class, problems, row, true),
                cells.text(5),
                cells.street(6, streets, problems, row),
                cells.integer(7, problems, row),
                cells.date(8, problems, row),
                null);
        Parsed<DeputyCommand> parsed = csv ? parseCsv(Kind.DEPUTIES, file, reader) : parse(Kind.DEPUTIES, file, reader);
        return parsed.commit(
                people::deputyProblems, c -> people.insertDeputies(c).size());
    }

    /** Imports stations with their stationed deputies (by name); returns the count, or throws the row report. */
    @Transactional
    public int importStations(InputStream file) {
        Map<String, Long> streets = streets();
        Map<String, List<Long>> deputies = new HashMap<>();
        persons.currentRefs(RoleKind.DEPUTY).forEach(d -> deputies.computeIfAbsent(d.name(), k -> new ArrayList<>())
                .add(d.id()));
        Parsed<StationCommand> parsed = parse(
                Kind.STATIONS,
                file,
                (cells, problems, row) -> new StationCommand(
                        cells.enumValue(1, StationType.class, problems, row, true),
                        cells.enumValue(2, StudioKind.class, problems, row, false),
                        cells.text(0),
                        cells.street(3, streets, problems, row),
                        cells.text(4),
                        cells.text(5),
                        cells.deputies(6, deputies, problems, row)));
        return parsed.commit(stations::problems, c -> stations.createAll(c).size());
    }

    // --- reading

    @FunctionalInterface
    private interface RowReader<C> {
        C read(Cells cells, List<RowProblem> problems, int row);
    }

    /** Parsed rows with their Excel row numbers, and the problems found while parsing. */
    private final class Parsed<C> {
        private final Kind kind;
        private final List<C> commands = new ArrayList<>();
        private final List<Integer> rows = new ArrayList<>();
        private final List<RowProblem> problems = new ArrayList<>();

        Parsed(Kind kind) {
            this.kind = kind;
        }

        /**
         * Checks the rows with the facade's rules too (problems named {@code [index].field} map back
         * onto rows and columns; a cell that already failed to convert keeps only that message), then
         * inserts all rows or throws the report.
         */
        int commit(
                Function<List<C>, List<InvalidInputException.FieldProblem>> check, Function<List<C>, Integer> insert) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            problems.forEach(p -> seen.add(p.row() + "/" + p.column()));
            for (var p : check.apply(commands)) {
                Matcher m = INDEXED_FIELD.matcher(p.field());
                if (m.matches()) {
                    int row = rows.get(Integer.parseInt(m.group(1)));
                    String column = header(kind, m.group(2));
                    if (seen.add(row + "/" + column)) {
                        problems.add(new RowProblem(row, column, p.messageKey(), p.arguments()));
                    }
                } else {
                    problems.add(new RowProblem(0, p.field(), p.messageKey(), p.arguments()));
                }
            }
            if (problems.isEmpty()) {
                return insert.apply(commands);
            }
            // Only problems of rows we parsed remain; sort them by row and column for the report.
            List<RowProblem> sorted = new ArrayList<>(problems);
            List<String> headers =
                    COLUMNS.get(kind).stream().map(Column::header).toList();
            sorted.sort((a, b) -> a.row() != b.row()
                    ? Integer.compare(a.row(), b.row())
                    : Integer.compare(headers.indexOf(a.column()), headers.indexOf(b.column())));
            throw new ImportRejectedException(sorted);
        }
    }

    private <C> Parsed<C> parse(Kind kind, InputStream file, RowReader<C> reader) {
        InputStream in = FileMagic.prepareToCheckMagic(file);
        boolean ooxml;
        try {
            ooxml = FileMagic.valueOf(in) == FileMagic.OOXML;
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new RowProblem(0, "", "organization.import.unreadable")));
        }
        return ooxml ? parseXlsx(kind, in, reader) : parseWorkbook(kind, in, reader);
    }

    /**
     * Reads the first sheet of an .xlsx file as a stream of rows ({@link XlsxRows}: cells formatted like
     * {@link DataFormatter#formatCellValue}); a number formatted as a date also keeps its date, as the
     * user model's date cells did.
     */
    private <C> Parsed<C> parseXlsx(Kind kind, InputStream file, RowReader<C> reader) {
        Parsed<C> parsed = new Parsed<>(kind);
        List<Column> columns = COLUMNS.get(kind);
        int width = columns.size();
        Labels labels = new Labels();
        boolean[] header = {true};
        XlsxRows.Sink rows = (rowNum, values, dates) -> {
            int r = rowNum + 1;
            if (header[0]) {
                header[0] = false;
                for (int c = 0; c < width; c++) {
                    String text = values[c] == null ? "" : values[c].strip();
                    if (!text.equals(columns.get(c).header())) {
                        throw new ImportRejectedException(List.of(new RowProblem(
                                1,
                                columns.get(c).header(),
                                "organization.import.header",
                                columns.get(c).header())));
                    }
                }
                return;
            }
            Cells cells = new Cells(Arrays.asList(values), dates, columns, labels);
            if (cells.blank()) {
                return;
            }
            if (parsed.commands.size() >= MAX_ROWS) {
                throw new ImportRejectedException(
                        List.of(new RowProblem(r, "", "organization.import.tooMany", MAX_ROWS)));
            }
            parsed.commands.add(reader.read(cells, parsed.problems, r));
            parsed.rows.add(r);
        };
        try (OPCPackage pkg = OPCPackage.open(file)) {
            if (!XlsxRows.read(pkg, FILE_LOCALE, width, rows)) {
                throw new ImportRejectedException(List.of(new RowProblem(0, "", "organization.import.unreadable")));
            }
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ImportRejectedException rejected) {
                    throw rejected;
                }
            }
            throw new ImportRejectedException(List.of(new RowProblem(0, "", "organization.import.unreadable")));
        }
        if (parsed.commands.isEmpty()) {
            throw new ImportRejectedException(List.of(new RowProblem(2, "", "organization.import.empty")));
        }
        return parsed;
    }

    /** Reads a workbook into memory (the user model): for .xls files, which have no stream reader here. */
    private <C> Parsed<C> parseWorkbook(Kind kind, InputStream file, RowReader<C> reader) {
        Parsed<C> parsed = new Parsed<>(kind);
        List<Column> columns = COLUMNS.get(kind);
        Labels labels = new Labels();
        try (Workbook workbook = WorkbookFactory.create(file)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            DataFormatter formatter = new DataFormatter(FILE_LOCALE);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header == null ? null : header.getCell(c);
                String text =
                        cell == null ? "" : formatter.formatCellValue(cell).strip();
                if (!text.equals(columns.get(c).header())) {
                    throw new ImportRejectedException(List.of(new RowProblem(
                            1,
                            columns.get(c).header(),
                            "organization.import.header",
                            columns.get(c).header())));
                }
            }
            int first = sheet.getFirstRowNum() + 1;
            for (int r = first; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cells cells = new Cells(row, formatter, columns, labels);
                if (row == null || cells.blank()) {
                    continue;
                }
                if (parsed.commands.size() >= MAX_ROWS) {
                    throw new ImportRejectedException(
                            List.of(new RowProblem(r + 1, "", "organization.import.tooMany", MAX_ROWS)));
                }
                parsed.commands.add(reader.read(cells, parsed.problems, r + 1));
                parsed.rows.add(r + 1);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(List.of(new RowProblem(0, "", "organization.import.unreadable")));
        }
        if (parsed.commands.isEmpty()) {
            throw new ImportRejectedException(List.of(new RowProblem(2, "", "organization.import.empty")));
        }
        return parsed;
    }

    /** Reads CSV like a sheet: the first record is the header row, record numbers are row numbers. */
    private <C> Parsed<C> parseCsv(Kind kind, InputStream file, RowReader<C> reader) {
        Parsed<C> parsed = new Parsed<>(kind);
        List<Column> columns = COLUMNS.get(kind);
        Labels labels = new Labels();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();
        try (Reader in = new InputStreamReader(file, StandardCharsets.UTF_8);
                CSVParser csv = CSVParser.parse(in, format)) {
            boolean header = true;
            for (CSVRecord record : csv) {
                int r = (int) record.getRecordNumber();
                List<String> values = record.toList();
                if (header) {
                    header = false;
                    for (int c = 0; c < columns.size(); c++) {
                        String text = c < values.size() ? values.get(c).strip() : "";
                        if (c == 0 && text.startsWith("\uFEFF")) {
                            text = text.substring(1).strip();
                        }
                        if (!text.equals(columns.get(c).header())) {
                            throw new ImportRejectedException(List.of(new RowProblem(
                                    1,
                                    columns.get(c).header(),
                                    "organization.import.header",
                                    columns.get(c).header())));
                        }
                    }
                    continue;
                }
                Cells cells = new Cells(values, columns, labels);
                if (cells.blank()) {
                    continue;
                }
                if (parsed.commands.size() >= MAX_CSV_ROWS) {
                    throw new ImportRejectedException(
                            List.of(new RowProblem(r, "", "organization.import.tooMany", MAX_CSV_ROWS)));
                }
                parsed.commands.add(reader.read(cells, parsed.problems, r));
                parsed.rows.add(r);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ImportRejectedException rejected) {
                throw rejected;
            }
            throw new ImportRejectedException(List.of(new RowProblem(0, "", "organization.import.unreadableCsv")));
        }
        if (parsed.commands.isEmpty()) {
            throw new ImportRejectedException(List.of(new RowProblem(2, "", "organization.import.empty")));
        }
        return parsed;
    }

    /**
     * The enum constants by upper-cased code and by label, looked up once per import rather than
     * through the message source for every cell.
     */
    private final class Labels {
        private final Map<Class<?>, Map<String, Enum<?>>> byText = new HashMap<>();

        <E extends Enum<E>> E find(Class<E> type, String value) {
            Map<String, Enum<?>> constants = byText.computeIfAbsent(type, t -> {
                // Reverse order, so that the first constant wins where a code and a label coincide.
                Map<String, Enum<?>> m = new HashMap<>();
                E[] all = type.getEnumConstants();
                for (int i = all.length - 1; i >= 0; i--) {
                    m.put("label:" + label(all[i]), all[i]);
                    m.put("code:" + all[i].name().toUpperCase(Locale.ROOT), all[i]);
                }
                return m;
            });
            Enum<?> byCode = constants.get("code:" + value.toUpperCase(Locale.ROOT));
            Enum<?> byLabel = constants.get("label:" + value);
            Enum<?> found = byCode == null
                    ? byLabel
                    : byLabel == null || byCode.ordinal() <= byLabel.ordinal() ? byCode : byLabel;
            return found == null ? null : type.cast(found);
        }
    }

    /** Typed access to the cells of one row; conversion problems are added to the report. */
    private final class Cells {
        private final Row row;
        private final DataFormatter formatter;
        private final List<String> values;
        private final LocalDate[] dates;
        private final List<Column> columns;
        private final Labels labels;

        Cells(Row row, DataFormatter formatter, List<Column> columns, Labels labels) {
            this.row = row;
            this.formatter = formatter;
            this.values = null;
            this.dates = null;
            this.columns = columns;
            this.labels = labels;
        }

        /** A CSV record's values. */
        Cells(List<String> values, List<Column> columns, Labels labels) {
            this(values, null, columns, labels);
        }

        /** A streamed sheet row's formatted values, with the dates of date-formatted numbers (or null). */
        Cells(List<String> values, LocalDate[] dates, List<Column> columns, Labels labels) {
            this.row = null;
            this.formatter = null;
            this.values = values;
            this.dates = dates;
            this.columns = columns;
            this.labels = labels;
        }

        boolean blank() {
            for (int c = 0; c < columns.size(); c++) {
                if (text(c) != null) {
                    return false;
                }
            }
            return true;
        }

        String text(int c) {
            if (values != null) {
                return c < values.size() && values.get(c) != null ? Sql.clean(values.get(c)) : null;
            }
            Cell cell = row == null ? null : row.getCell(c);
            if (cell == null) {
                return null;
            }
            return Sql.clean(formatter.formatCellValue(cell));
        }

        String phone(int c) {
            String value = text(c);
            // The regex only for values that may be masked (most phones have no asterisk).
            return value == null
                            || (value.contains("****")
                                    && MASKED_PHONE.matcher(value).matches())
                    ? null
                    : value;
        }

        <E extends Enum<E>> E enumValue(int c, Class<E> type, List<RowProblem> problems, int r, boolean required) {
            String value = text(c);
            if (value == null) {
                if (required) {
                    problems.add(new RowProblem(r, columns.get(c).header(), "organization.error.required"));
                }
                return null;
            }
            E constant = labels.find(type, value);
            if (constant != null) {
                return constant;
            }
            problems.add(new RowProblem(r, columns.get(c).header(), "organization.import.choice", value));
            return null;
        }

        Long street(int c, Map<String, Long> streets, List<RowProblem> problems, int r) {
            String value = text(c);
            if (value == null) {
                return null;
            }
            Long id = streets.get(value);
            if (id == null) {
                problems.add(new RowProblem(r, columns.get(c).header(), "organization.import.street", value));
            }
            return id;
        }

        Integer integer(int c, List<RowProblem> problems, int r) {
            String value = text(c);
            if (value == null) {
                return null;
            }
            try {
                return Integer.valueOf(TRAILING_ZEROS.matcher(value).replaceAll(""));
            } catch (NumberFormatException e) {
                problems.add(new RowProblem(r, columns.get(c).header(), "organization.import.number", value));
                return null;
            }
        }

        LocalDate date(int c, List<RowProblem> problems, int r) {
            if (dates != null && c < dates.length && dates[c] != null) {
                return dates[c];
            }
            Cell cell = row == null ? null : row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate();
            }
            String value = text(c);
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value.replace('/', '-').replace('.', '-'), IMPORTED_DATE);
            } catch (DateTimeParseException e) {
                problems.add(new RowProblem(r, columns.get(c).header(), "organization.import.date", value));
                return null;
            }
        }

        List<Long> deputies(int c, Map<String, List<Long>> byName, List<RowProblem> problems, int r) {
            String value = text(c);
            List<Long> ids = new ArrayList<>();
            if (value == null) {
                return ids;
            }
            for (String name : value.split("[、,,;;\\s]+")) {
                if (name.isBlank()) {
                    continue;
                }
                List<Long> matches = byName.getOrDefault(name, List.of());
                if (matches.size() == 1) {
                    ids.add(matches.get(0));
                } else {
                    problems.add(new RowProblem(
                            r,
                            columns.get(c).header(),
                            matches.isEmpty()
                                    ? "organization.import.deputyUnknown"
                                    : "organization.import.deputyAmbiguous",
                            name));
                }
            }
            return ids;
        }
    }

    // --- writing

    private byte[] write(Kind kind, List<List<Object>> rows) {
        try (Workbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(
                    messages.getMessage("organization.excel.sheet." + kind.name(), null, kind.name(), FILE_LOCALE));
            Font bold = workbook.createFont();
            bold.setBold(true);
            var headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            List<Column> columns = COLUMNS.get(kind);
            Row header = sheet.createRow(0);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(columns.get(c).header());
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(c, 18 * 256);
            }
            int r = 1;
            for (List<Object> values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- helpers

    private static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
        List<T> all = new ArrayList<>();
        for (int p = 0; ; p++) {
            Page<T> page = pages.apply(new PageRequest(p, PageRequest.MAX_SIZE, null, false));
            all.addAll(page.items());
            if (!page.hasNext() || all.size() >= 50_000) {
                return all;
            }
        }
    }

    private Map<String, Long> streets() {
        Map<String, Long> streets = new HashMap<>();
        bodies.streets().forEach(s -> streets.put(s.name(), s.id()));
        return streets;
    }

    private static String header(Kind kind, String field) {
        return COLUMNS.get(kind).stream()
                .filter(c -> c.field().equals(field))
                .map(Column::header)
                .findFirst()
                .orElse(field);
    }

    private String label(Enum<?> value) {
        return messages.getMessage(
                "organization." + lowerFirst(value.getDeclaringClass().getSimpleName()) + "." + value.name(),
                null,
                value.name(),
                FILE_LOCALE);
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
