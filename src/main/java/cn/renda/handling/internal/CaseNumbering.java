package cn.renda.handling.internal;

import cn.renda.handling.NumberFormat;
import java.util.function.LongFunction;

/**
 * The gap-free number of a new case, taken in the same round trip as the CREATE event whenever the kind's format
 * puts the sequence as plain digits between a fixed prefix and suffix (every format so far): the sequence row is
 * advanced, the case numbered and the event appended by three statements sent together, so the number_sequence
 * row lock — held from here to the commit, shared by every creation of the kind in the congress — covers one
 * round trip fewer. Any other format falls back to reading the sequence first.
 */
final class CaseNumbering {

    /** The transaction-local setting holding the number just taken (set by {@code handling.append_event} when it numbers the case). */
    static final String SETTING = "app.new_case_number";

    /**
     * The new number in a statement of the numbering round trip: read by the statement when it runs, after the
     * numbering call before it in the same batch has set it (no sub-select, no value bound by the client).
     */
    static final String NUMBER_SQL = "current_setting('" + SETTING + "')";

    /** A sequence no real congress reaches, whose digits cannot be mistaken for the rest of a number. */
    static final long PROBE = 7_919_393_257L;

    private CaseNumbering() {}

    /** Prefix and suffix around the sequence, or null when the format is not {@code prefix + digits + suffix}. */
    static String[] around(LongFunction<String> format) {
        String probe = format.apply(PROBE);
        String digits = Long.toString(PROBE);
        int at = probe == null ? -1 : probe.indexOf(digits);
        if (at < 0 || probe.indexOf(digits, at + 1) >= 0) {
            return null;
        }
        String prefix = probe.substring(0, at);
        String suffix = probe.substring(at + digits.length());
        // the sequence must be written as its plain decimal digits for every value (no padding, no numerals)
        for (long n : new long[] {1, 9, 10, 123}) {
            if (!(prefix + n + suffix).equals(format.apply(n))) {
                return null;
            }
        }
        return new String[] {prefix, suffix};
    }

    /** The format as a function of the sequence. */
    static LongFunction<String> of(
            NumberFormat format, java.util.function.LongFunction<cn.renda.handling.NumberContext> context) {
        return n -> format.format(context.apply(n));
    }
}
