package cn.renda.core.web;

import cn.renda.core.PageRequest;

/** Page requests from the query parameters {@code page}, {@code size}, {@code sort}, {@code dir} of list pages and the API. */
public final class Paging {

    private Paging() {}

    /** A page of {@code size} rows (20 when absent), sorted by {@code sort}, descending when {@code dir} is desc. */
    public static PageRequest of(Integer page, Integer size, String sort, String dir) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, sort, "desc".equalsIgnoreCase(dir));
    }

    /** Lists show 20 rows a page. */
    public static PageRequest of(Integer page, String sort, String dir) {
        return of(page, 20, sort, dir);
    }
}
