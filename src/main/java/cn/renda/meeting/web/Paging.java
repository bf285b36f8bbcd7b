package cn.renda.meeting.web;

import cn.renda.core.PageRequest;

/** Page requests from the query parameters {@code page}, {@code size}, {@code sort}, {@code dir}. */
public final class Paging {

    private Paging() {}

    public static PageRequest of(Integer page, Integer size, String sort, String dir) {
        return new PageRequest(page == null ? 0 : page, size == null ? 20 : size, sort, "desc".equalsIgnoreCase(dir));
    }
}
