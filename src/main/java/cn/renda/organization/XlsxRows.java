package cn.renda.organization;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an .xlsx file as a stream of rows of formatted cell texts, formatted as POI's
 * {@code XSSFSheetXMLHandler} (and so the user model's {@link DataFormatter}) formats them, without its
 * per-cell rich text objects (an XMLBeans document per string cell, most of the cost of a large import);
 * a number formatted as a date also keeps its date.
 */
final class XlsxRows {

    private static final String NS = XSSFRelation.NS_SPREADSHEETML;

    /** Receives each row (0-based row number) with its cells, {@code width} wide; cells beyond are dropped. */
    @FunctionalInterface
    interface Sink {
        void row(int rowNum, String[] values, LocalDate[] dates);
    }

    private XlsxRows() {}

    /** Reads the first sheet into the sink; false when the workbook has no sheet. */
    static boolean read(OPCPackage pkg, Locale locale, int width, Sink sink)
            throws IOException, SAXException, OpenXML4JException, ParserConfigurationException {
        XSSFReader xssf = new XSSFReader(pkg);
        List<String> strings = sharedStrings(pkg);
        StylesTable styles = xssf.getStylesTable();
        var sheets = xssf.getSheetsData();
        if (!sheets.hasNext()) {
            return false;
        }
        try (InputStream sheet = sheets.next()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new SheetHandler(strings, styles, new Formatter(locale), width, sink));
            xml.parse(new InputSource(sheet));
        }
        return true;
    }

    /** The shared strings as POI's {@code ReadOnlySharedStringsTable} reads them (phonetic runs left out). */
    private static List<String> sharedStrings(OPCPackage pkg)
            throws IOException, SAXException, ParserConfigurationException {
        List<String> strings = new ArrayList<>();
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return strings;
        }
        try (InputStream in = parts.get(0).getInputStream()) {
            XMLReader xml = XMLHelper.newXMLReader();
            xml.setContentHandler(new DefaultHandler() {
                private final StringBuilder text = new StringBuilder();
                private boolean inT;
                private boolean inPhonetic;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    if (uri != null && !uri.equals(NS)) {
                        return;
                    }
                    switch (localName) {
                        case "si" -> text.setLength(0);
                        case "t" -> inT = true;
                        case "rPh" -> inPhonetic = true;
                        default -> {}
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if (uri != null && !uri.equals(NS)) {
                        return;
                    }
                    switch (localName) {
                        case "si" -> strings.add(text.toString());
                        case "t" -> inT = false;
                        case "rPh" -> inPhonetic = false;
                        default -> {}
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inT && !inPhonetic) {
                        text.append(ch, start, length);
                    }
                }
            });
            xml.parse(new InputSource(in));
        }
        return strings;
    }

    /** A string cell's text as POI's rich text gives it back: {@code _xHHHH_} escapes decoded. */
    private static String decoded(String value) {
        return value.contains("_x") ? new XSSFRichTextString(value).getString() : value;
    }

    /** The 0-based column of a cell reference such as {@code AB12}. */
    static int column(String reference) {
        int col = 0;
        int i = 0;
        for (; i < reference.length(); i++) {
            char ch = reference.charAt(i);
            if (ch < 'A' || ch > 'Z') {
                break;
            }
            col = col * 26 + (ch - 'A' + 1);
        }
        return i == 0 || i == reference.length() ? new CellReference(reference).getCol() : col - 1;
    }

    /**
     * Formats numbers like the user model's {@link DataFormatter} and remembers the date of the last number
     * formatted as a date, for the date column.
     */
    private static final class Formatter extends DataFormatter {
        private LocalDate date;

        Formatter(Locale locale) {
            super(locale);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            date = DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)
                    ? DateUtil.getLocalDateTime(value, use1904).toLocalDate()
                    : null;
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }

    /** A formatted number and its date, if formatted as a date. */
    private record Formatted(String text, LocalDate date) {}

    /** A cell style's number format. */
    private record NumberFormat(int index, String format) {}

    private enum Type {
        NUMBER,
        BOOLEAN,
        ERROR,
        INLINE_STRING,
        SHARED_STRING,
        FORMULA
    }

    /** The sheet's XML to rows: the cell types and text elements of {@code XSSFSheetXMLHandler}. */
    private static final class SheetHandler extends DefaultHandler {
        /** Formatted numbers cached by format and raw value (repeated terms and dates), up to this many. */
        private static final int CACHE = 20_000;

        private final List<String> strings;
        private final StylesTable styles;
        private final Formatter formatter;
        private final int width;
        private final Sink sink;
        private final Map<Integer, NumberFormat> formats = new HashMap<>();
        private final Map<String, Formatted> formatted = new HashMap<>();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder key = new StringBuilder();

        private boolean textOpen;
        private boolean inlineOpen;
        private Type type = Type.NUMBER;
        private NumberFormat format;
        private String reference;
        private int rowNum;
        private int nextRowNum;
        private int nextColumn;
        private String[] values;
        private LocalDate[] dates;

        SheetHandler(List<String> strings, StylesTable styles, Formatter formatter, int width, Sink sink) {
            this.strings = strings;
            this.styles = styles;
            this.formatter = formatter;
            this.width = width;
            this.sink = sink;
        }

        private boolean textTag(String name) {
            return "v".equals(name) || "inlineStr".equals(name) || ("t".equals(name) && inlineOpen);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            if (uri != null && !uri.equals(NS)) {
                return;
            }
            if (textTag(localName)) {
                textOpen = true;
                if (!inlineOpen) {
                    value.setLength(0);
                }
            } else if ("is".equals(localName)) {
                inlineOpen = true;
            } else if ("f".equals(localName)) {
                if (type == Type.NUMBER) {
                    type = Type.FORMULA;
                }
            } else if ("row".equals(localName)) {
                String r = attributes.getValue("r");
                rowNum = r != null ? Integer.parseInt(r.trim()) - 1 : nextRowNum;
                values = new String[width];
                dates = new LocalDate[width];
                nextColumn = 0;
            } else if ("c".equals(localName)) {
                type = Type.NUMBER;
                format = null;
                reference = attributes.getValue("r");
                String t = attributes.getValue("t");
                if ("b".equals(t)) {
                    type = Type.BOOLEAN;
                } else if ("e".equals(t)) {
                    type = Type.ERROR;
                } else if ("inlineStr".equals(t)) {
                    type = Type.INLINE_STRING;
                } else if ("s".equals(t)) {
                    type = Type.SHARED_STRING;
                } else if ("str".equals(t)) {
                    type = Type.FORMULA;
                } else {
                    format = format(attributes.getValue("s"));
                }
            }
        }

        /** The number format of a style (cached: the styles table makes a new style object per call). */
        private NumberFormat format(String style) {
            if (styles == null) {
                return null;
            }
            int index;
            if (style != null) {
                index = Integer.parseInt(style.trim());
            } else if (styles.getNumCellStyles() > 0) {
                index = 0;
            } else {
                return null;
            }
            return formats.computeIfAbsent(index, i -> {
                XSSFCellStyle s = styles.getStyleAt(i);
                if (s == null) {
                    return null;
                }
                int formatIndex = s.getDataFormat();
                String formatString = s.getDataFormatString();
                return new NumberFormat(
                        formatIndex,
                        formatString == null ? BuiltinFormats.getBuiltinFormat(formatIndex) : formatString);
            });
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (uri != null && !uri.equals(NS)) {
                return;
            }
            if (textTag(localName)) {
                textOpen = false;
                if (!inlineOpen) {
                    cell();
                    value.setLength(0);
                }
            } else if ("is".equals(localName)) {
                inlineOpen = false;
                cell();
                value.setLength(0);
            } else if ("row".equals(localName)) {
                if (values == null) {
                    values = new String[width];
                    dates = new LocalDate[width];
                }
                sink.row(rowNum, values, dates);
                values = null;
                dates = null;
                nextRowNum = rowNum + 1;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (textOpen) {
                value.append(ch, start, length);
            }
        }

        private void cell() {
            String text = null;
            LocalDate date = null;
            switch (type) {
                case BOOLEAN -> text = value.charAt(0) == '0' ? "FALSE" : "TRUE";
                case ERROR -> text = "ERROR:" + value;
                case INLINE_STRING -> text = decoded(value.toString());
                case SHARED_STRING -> {
                    String index = value.toString().trim();
                    if (!index.isEmpty()) {
                        try {
                            text = decoded(strings.get(Integer.parseInt(index)));
                        } catch (NumberFormatException e) {
                            text = null;
                        }
                    }
                }
                case NUMBER, FORMULA -> {
                    String raw = value.toString();
                    if (format != null && format.format() != null && !(type == Type.NUMBER && raw.isEmpty())) {
                        Formatted f = number(raw);
                        text = f.text();
                        date = f.date();
                    } else {
                        text = raw;
                    }
                }
            }
            if (values == null) {
                values = new String[width];
                dates = new LocalDate[width];
            }
            int c = reference == null ? nextColumn : column(reference);
            nextColumn = c + 1;
            if (c < width) {
                values[c] = text;
                dates[c] = date;
            }
        }

        /** A number formatted with the cell's format; its raw text when it is no number. */
        private Formatted number(String raw) {
            key.setLength(0);
            key.append(format.index())
                    .append('\u0000')
                    .append(format.format())
                    .append('\u0000')
                    .append(raw);
            String k = key.toString();
            Formatted cached = formatted.get(k);
            if (cached != null) {
                return cached;
            }
            Formatted f;
            try {
                formatter.date = null;
                String text = formatter.formatRawCellContents(
                        Double.parseDouble(raw.trim()), format.index(), format.format());
                f = new Formatted(text, formatter.date);
            } catch (RuntimeException e) {
                f = new Formatted(raw, null);
            }
            if (formatted.size() < CACHE) {
                formatted.put(k, f);
            }
            return f;
        }
    }
}
