package cn.renda.core.web;

import cn.renda.core.InvalidInputException.FieldProblem;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.beans.BeanWrapperImpl;

/**
 * Values no command may carry, whatever its own rules: text with a NUL character (PostgreSQL cannot store
 * it) and dates outside 1900–2199 (PostgreSQL turns the extremes into ±infinity, which nothing reads
 * back). Walks records, form beans, collections and maps of the application's own types.
 */
final class SaneInput {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);
    private static final int MAX_DEPTH = 6;

    private SaneInput() {}

    /** The problems of a request body or form object, with dotted field paths. */
    static List<FieldProblem> problems(Object value) {
        List<FieldProblem> out = new ArrayList<>();
        walk(value, "", out, 0);
        return out;
    }

    private static void walk(Object value, String path, List<FieldProblem> out, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence s) {
            if (s.toString().indexOf('\u0000') >= 0) {
                out.add(new FieldProblem(field(path), "error.input.control"));
            }
        } else if (value instanceof Temporal t) {
            LocalDate date = dateOf(t);
            if (date != null && (date.isBefore(EARLIEST) || date.isAfter(LATEST))) {
                out.add(new FieldProblem(field(path), "error.input.dateRange", EARLIEST, LATEST));
            }
        } else if (value instanceof Collection<?> c) {
            int i = 0;
            for (Object o : c) {
                walk(o, path + "[" + i++ + "]", out, depth + 1);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (var e : m.entrySet()) {
                walk(e.getKey(), path, out, depth + 1);
                walk(e.getValue(), path + "[" + e.getKey() + "]", out, depth + 1);
            }
        } else if (value instanceof Object[] array) {
            for (int i = 0; i < array.length; i++) {
                walk(array[i], path + "[" + i + "]", out, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                try {
                    rc.getAccessor().setAccessible(true);
                    walk(rc.getAccessor().invoke(value), join(path, rc.getName()), out, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // an accessor that cannot be read carries nothing we could check
                }
            }
        } else if (value.getClass().getName().startsWith("cn.renda.")
                && !value.getClass().isEnum()) {
            BeanWrapperImpl bean = new BeanWrapperImpl(value);
            for (var pd : bean.getPropertyDescriptors()) {
                if (pd.getReadMethod() != null && !"class".equals(pd.getName())) {
                    try {
                        walk(bean.getPropertyValue(pd.getName()), join(path, pd.getName()), out, depth + 1);
                    } catch (RuntimeException e) {
                        // a computed property that fails to read is not input
                    }
                }
            }
        }
    }

    private static LocalDate dateOf(Temporal t) {
        if (t instanceof LocalDate d) {
            return d;
        }
        if (t instanceof LocalDateTime dt) {
            return dt.toLocalDate();
        }
        if (t instanceof OffsetDateTime odt) {
            return odt.toLocalDate();
        }
        if (t instanceof ZonedDateTime zdt) {
            return zdt.toLocalDate();
        }
        if (t instanceof Instant i) {
            if (i.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || i.isAfter(Instant.parse("2199-12-31T00:00:00Z"))) {
                return i.isBefore(Instant.EPOCH) ? EARLIEST.minusDays(1) : LATEST.plusDays(1);
            }
            return LocalDate.ofInstant(i, ZoneOffset.UTC);
        }
        return null;
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }
}
