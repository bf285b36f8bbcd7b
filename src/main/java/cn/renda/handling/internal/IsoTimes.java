package cn.renda.handling.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Dates and timestamps as PostgreSQL writes them into JSON ({@code 2026-12-07}, {@code
 * 2026-12-07T20:47:25.123456+08:00}), read without {@code DateTimeFormatter}: a step's snapshot holds a few dozen of
 * them and the formatter's general parser was a visible share of the step's CPU. Anything else falls back to the
 * formatter, so the result is always {@link LocalDate#parse} / {@link OffsetDateTime#parse}'s.
 */
final class IsoTimes {

    private IsoTimes() {}

    /** {@code yyyy-MM-dd}. */
    static LocalDate date(String v) {
        if (v.length() == 10 && v.charAt(4) == '-' && v.charAt(7) == '-') {
            int y = digits(v, 0, 4);
            int m = digits(v, 5, 7);
            int d = digits(v, 8, 10);
            if ((y | m | d) >= 0) {
                try {
                    return LocalDate.of(y, m, d);
                } catch (java.time.DateTimeException e) {
                    // not a date (2026-02-30): the formatter's message below
                }
            }
        }
        return LocalDate.parse(v);
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]±HH:MM} at the same instant in UTC. */
    static OffsetDateTime utc(String v) {
        OffsetDateTime t = fast(v);
        return (t != null ? t : OffsetDateTime.parse(v)).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static OffsetDateTime fast(String v) {
        int n = v.length();
        if (n < 25
                || v.charAt(4) != '-'
                || v.charAt(7) != '-'
                || v.charAt(10) != 'T'
                || v.charAt(13) != ':'
                || v.charAt(16) != ':') {
            return null;
        }
        int y = digits(v, 0, 4);
        int mo = digits(v, 5, 7);
        int d = digits(v, 8, 10);
        int h = digits(v, 11, 13);
        int mi = digits(v, 14, 16);
        int s = digits(v, 17, 19);
        if ((y | mo | d | h | mi | s) < 0) {
            return null;
        }
        int i = 19;
        int nanos = 0;
        if (v.charAt(i) == '.') {
            int start = ++i;
            while (i < n && i - start < 9 && Character.isDigit(v.charAt(i))) {
                nanos = nanos * 10 + (v.charAt(i) - '0');
                i++;
            }
            if (i == start) {
                return null;
            }
            for (int k = i - start; k < 9; k++) {
                nanos *= 10;
            }
        }
        // the offset: exactly ±HH:MM to the end
        if (n - i != 6 || v.charAt(i + 3) != ':') {
            return null;
        }
        char sign = v.charAt(i);
        int oh = digits(v, i + 1, i + 3);
        int om = digits(v, i + 4, i + 6);
        if ((sign != '+' && sign != '-') || (oh | om) < 0) {
            return null;
        }
        int seconds = oh * 3600 + om * 60;
        try {
            return OffsetDateTime.of(
                    y, mo, d, h, mi, s, nanos, ZoneOffset.ofTotalSeconds(sign == '-' ? -seconds : seconds));
        } catch (java.time.DateTimeException e) {
            return null; // out of range: the formatter reports it
        }
    }

    /** The decimal number in {@code v[from, to)}, or −1 if any character is not a digit. */
    private static int digits(String v, int from, int to) {
        int out = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            out = out * 10 + (c - '0');
        }
        return out;
    }
}
