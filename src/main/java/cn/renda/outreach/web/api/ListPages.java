package cn.renda.outreach.web.api;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.List;

/** A page cut from a list the facade answers whole (a year's themes, a theme's orders: tens of rows). */
final class ListPages {

    private ListPages() {}

    static <T> Page<T> of(List<T> all, PageRequest request) {
        int from = (int) Math.min(all.size(), request.offset());
        int to = Math.min(all.size(), from + request.size());
        return Page.of(all.subList(from, to), request, all.size());
    }
}
