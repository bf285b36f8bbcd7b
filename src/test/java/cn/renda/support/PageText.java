package cn.renda.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a page says to its reader: engine codes, raw fields and placeholders found in its visible text. */
public final class PageText {

    /** Upper-case words a page may show: file types, units, product names. */
    private static final Set<String> ALLOWED = Set.of(
            "PDF", "API", "HTTP", "HTTPS", "SMS", "URL", "XLSX", "CSV", "DOCX", "JSON", "ICS", "PNG", "JPG", "JPEG",
            "WORD", "EXCEL", "OK", "KB", "MB", "GB", "SHA", "UTC", "ID", "SC", "CN", "EN", "II", "III", "IV", "VI",
            "VII", "VIII", "IX", "XI", "XII", "A", "B", "C", "D", "RSS", "TXT", "DOC", "XLS", "OTP", "CSRF", "MIT");

    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");
    private static final Pattern RAW = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*=|\\{\\d[^}]*}|\\?\\?[^?]+\\?\\?|#\\d{2,}\\b|\\b[a-z]+:\\d+\\b|\\b\\w+\\[\\w+=");

    private PageText() {}

    /** Codes and raw fields in the visible text of a page (tags, attributes, scripts and styles removed). */
    public static List<String> findings(String html) {
        String text = html.replaceAll("(?is)<script.*?</script>", " ")
                .replaceAll("(?is)<style.*?</style>", " ")
                .replaceAll("(?is)<title.*?</title>", " ")
                // text shown to be copied verbatim (an API token's prefix, random letters and digits) is data
                .replaceAll("(?is)<code[^>]*>.*?</code>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&nbsp;", " ")
                .replace("&gt;", ">")
                .replace("&lt;", "<")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
        // public tracking codes of voter opinions (MY-ANK4-SHQY) are meant to be read and typed by citizens
        text = text.replaceAll("\\b[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){2,}\\b", " ");
        List<String> out = new ArrayList<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (w.length() >= 2 && !ALLOWED.contains(w) && !w.matches("[A-Z]\\d*")) {
                out.add(w);
            }
        }
        Matcher r = RAW.matcher(text);
        while (r.find()) {
            out.add(r.group());
        }
        return out;
    }
}
