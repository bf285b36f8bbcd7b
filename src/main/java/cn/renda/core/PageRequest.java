package cn.renda.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page of a list: zero-based page number, size (1–200), optional sort key and direction. */
public record PageRequest(int page, int size, String sort, boolean descending) {

    /** Largest page a client may ask for. */
    public static final int MAX_SIZE = 200;

    public PageRequest {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }

    /** The first page of the default size. */
    public static PageRequest first() {
        return new PageRequest(0, 20, null, false);
    }

    /** Row offset of this page. */
    public long offset() {
        return (long) page * size;
    }

    /**
     * Resolves the requested sort key against a whitelist (key → SQL expression) so that a client
     * value never reaches SQL; falls back to the given default expression.
     */
    public String orderBy(java.util.Map<String, String> allowed, String defaultExpression) {
        String expr = sort == null ? null : allowed.get(sort);
        if (expr == null) {
            return defaultExpression;
        }
        return directed(expr, descending ? "DESC" : "ASC");
    }

    /**
     * Puts the direction on the first term of a whitelisted expression, before any {@code nulls first/last}
     * ({@code "m.kind, m.starts_at desc"} → {@code "m.kind DESC, m.starts_at desc"}); later terms are tie-breakers
     * and keep their own order. A first term that already names its direction is left as written.
     */
    static String directed(String expression, String direction) {
        int comma = expression.indexOf(',');
        String first =
                comma < 0 ? expression.trim() : expression.substring(0, comma).trim();
        String rest = comma < 0 ? "" : expression.substring(comma);
        String lower = first.toLowerCase(Locale.ROOT);
        if (lower.endsWith(" asc")
                || lower.endsWith(" desc")
                || lower.matches(".*\\s(asc|desc)\\s+nulls\\s+(first|last)$")) {
            return first + rest;
        }
        Matcher nulls = Pattern.compile("(?i)\\s+nulls\\s+(first|last)$").matcher(first);
        if (nulls.find()) {
            return first.substring(0, nulls.start()) + " " + direction + first.substring(nulls.start()) + rest;
        }
        return first + " " + direction + rest;
    }
}
