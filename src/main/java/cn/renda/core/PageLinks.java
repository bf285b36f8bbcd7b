package cn.renda.core;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Links to the current page with one query parameter changed, for pagers, sort headers and the
 * language switch in templates ({@code ${@pageLinks.with('page', 2)}}); Thymeleaf 3.1 hides the request.
 */
@Component("pageLinks")
public class PageLinks {

    /** The current request's path and query with {@code name} set to {@code value}. */
    public String with(String name, Object value) {
        var builder = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(name, value);
        if (!"page".equals(name)) {
            builder.replaceQueryParam("page");
        }
        var uri = builder.build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }

    /** Sort link: toggles the direction when the column is already the sort key. */
    public String sort(String key) {
        var current = ServletUriComponentsBuilder.fromCurrentRequest().build().getQueryParams();
        boolean sameKey = key.equals(current.getFirst("sort"));
        boolean desc = sameKey && !"desc".equals(current.getFirst("dir"));
        var uri = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("sort", key)
                .replaceQueryParam("dir", desc ? "desc" : "asc")
                .replaceQueryParam("page")
                .build();
        return uri.getPath() + "?" + uri.getQuery();
    }

    /** Whether the current path is the given section or below it (for the active navigation entry). */
    public boolean isUnder(String path) {
        String current =
                ServletUriComponentsBuilder.fromCurrentRequest().build().getPath();
        return current != null && !"/".equals(path) && (current.equals(path) || current.startsWith(path + "/"));
    }
}
