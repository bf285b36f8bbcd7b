package cn.renda.web;

import cn.renda.core.web.RenderedFragments;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * The layout's fixed parts — stylesheets and scripts, the skip link, the brand and menu toggle, the account links,
 * the footer — rendered once per language and context path (fragments/shell.html) instead of evaluating their
 * dozen link and message expressions on every page. The layout reads them as {@code ${@layoutParts.current()}}.
 * What differs per request stays in the layout: the CSRF token, the title, the menu (itself kept per roles,
 * language, section and badges), the language link of the current address, the user's name and the logout form.
 */
@Component("layoutParts")
public class LayoutParts {

    /** The parts of one language and context path, as HTML. */
    public record Parts(String assets, String skip, String brand, String accountLinks, String footer) {}

    private record Key(Locale locale, String contextPath) {}

    private static final String TEMPLATE = "fragments/shell";

    private final RenderedFragments fragments;
    private final ResourceUrlProvider resources;
    private final Map<Key, Parts> parts = new ConcurrentHashMap<>();

    /** Versionless webjar path → the versioned path the resource chain serves (what the pages linked to before). */
    private final Map<String, String> webjars = new ConcurrentHashMap<>();

    LayoutParts(RenderedFragments fragments, ResourceUrlProvider mvcResourceUrlProvider) {
        this.fragments = fragments;
        this.resources = mvcResourceUrlProvider;
    }

    /** The parts in the current request's language and context path. */
    public Parts current() {
        String contextPath = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
                ? a.getRequest().getContextPath()
                : "";
        Key key = new Key(LocaleContextHolder.getLocale(), contextPath);
        Parts p = parts.get(key);
        if (p == null) {
            // rendered outside the map's lock (a few languages: two threads may render the same once)
            p = render(key);
            parts.putIfAbsent(key, p);
        }
        return p;
    }

    private Parts render(Key k) {
        Map<String, Object> assets = Map.of(
                "bootstrapCss", webjar("/webjars/bootstrap/css/bootstrap.min.css"),
                "htmxJs", webjar("/webjars/htmx.org/dist/htmx.min.js"),
                "bootstrapJs", webjar("/webjars/bootstrap/js/bootstrap.bundle.min.js"));
        // RenderedFragments renders in the calling thread's language: the key's, since it is the request's
        return new Parts(
                fragments.html(TEMPLATE, "assets", assets, k.contextPath()),
                fragments.html(TEMPLATE, "skip", Map.of(), k.contextPath()),
                fragments.html(TEMPLATE, "brand", Map.of(), k.contextPath()),
                fragments.html(TEMPLATE, "accountLinks", Map.of(), k.contextPath()),
                fragments.html(TEMPLATE, "footer", Map.of(), k.contextPath()));
    }

    /** The versioned form of a webjar path, as {@code core.web}'s link filter gives it to {@code @{…}} links. */
    private String webjar(String path) {
        return webjars.computeIfAbsent(path, p -> Objects.requireNonNullElse(resources.getForLookupPath(p), p));
    }
}
