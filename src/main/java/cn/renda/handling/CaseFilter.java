package cn.renda.handling;

import java.time.LocalDate;

/**
 * Filters of the case list; null fields do not filter. {@code colour} and the due dates look at the
 * case's active clocks; {@code q} matches number, title and content.
 */
public record CaseFilter(
        String kind,
        String state,
        Long unitId,
        Colour colour,
        LocalDate dueBefore,
        LocalDate dueAfter,
        String q,
        Boolean keyCase) {

    /** No filter. */
    public static CaseFilter all() {
        return new CaseFilter(null, null, null, null, null, null, null, null);
    }

    /** Only cases of one kind. */
    public static CaseFilter ofKind(String kind) {
        return new CaseFilter(kind, null, null, null, null, null, null, null);
    }
}
