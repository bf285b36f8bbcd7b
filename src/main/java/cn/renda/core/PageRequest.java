package cn.renda.core;

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
        return expr + (descending ? " DESC" : " ASC");
    }
}
