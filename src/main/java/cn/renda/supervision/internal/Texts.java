package cn.renda.supervision.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import java.time.LocalDate;
import java.util.List;

/** Input checks shared by the supervision services: field errors, never a half-written record. */
final class Texts {

    private Texts() {}

    /** A required single-line or multi-line text of at most {@code max} characters, stripped; no NUL. */
    static String required(List<FieldProblem> problems, String field, String value, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty() || v.length() > max || v.indexOf('\0') >= 0) {
            problems.add(new FieldProblem(field, "supervision.work.error.text", max));
            return null;
        }
        return v;
    }

    /** An optional text: null when blank. */
    static String optional(List<FieldProblem> problems, String field, String value, int max) {
        String v = value == null ? null : value.strip();
        if (v == null || v.isEmpty()) {
            return null;
        }
        if (v.length() > max || v.indexOf('\0') >= 0) {
            problems.add(new FieldProblem(field, "supervision.work.error.text", max));
            return null;
        }
        return v;
    }

    /** A required date between 2000 and 2100. */
    static LocalDate date(List<FieldProblem> problems, String field, LocalDate value) {
        if (value == null || value.getYear() < 2000 || value.getYear() > 2100) {
            problems.add(new FieldProblem(field, "supervision.work.error.date"));
            return null;
        }
        return value;
    }

    static void required(List<FieldProblem> problems, String field, Object value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "supervision.work.error.required"));
        }
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** A bigint[] literal for PostgreSQL. */
    static String array(List<Long> ids) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < ids.size(); i++) {
            s.append(i == 0 ? "" : ",").append(ids.get(i));
        }
        return s.append('}').toString();
    }

    static List<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return java.util.Arrays.stream(values)
                .map(v -> ((Number) v).longValue())
                .toList();
    }
}
