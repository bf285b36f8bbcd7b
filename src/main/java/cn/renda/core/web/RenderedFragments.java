package cn.renda.core.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Template fragments rendered once per input and kept as HTML, so a page prints a row, a card or the menu it has
 * shown before with one {@code th:utext} instead of evaluating its expressions again: the HTML is keyed by the
 * fragment, its variables, the language and the context path, so a changed input is a new entry and nothing
 * needs invalidating. The variables must be immutable values with value equality (records, strings, numbers,
 * enums, immutable lists of those): they are the cache key. The fragment escapes what it prints ({@code th:text}),
 * so the cached HTML is safe to emit unescaped. Links inside such a fragment are built from {@code ${contextPath}}
 * (it is rendered outside the request). Bounded: the least used entries go first.
 */
@Component
public class RenderedFragments {

    private record Key(String template, String fragment, Map<String, Object> variables, Locale locale, String path) {}

    private final ITemplateEngine templates;
    private final Cache<Key, String> html =
            Caffeine.newBuilder().maximumSize(20_000).build();

    RenderedFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * The HTML of {@code template :: fragment} with these variables (plus {@code contextPath}) in the current
     * request's language.
     */
    public String html(String template, String fragment, Map<String, Object> variables, String contextPath) {
        Locale locale = LocaleContextHolder.getLocale();
        return html.get(
                new Key(template, fragment, Map.copyOf(variables), locale, contextPath),
                k -> render(k.template(), k.fragment(), k.variables(), k.locale(), k.path()));
    }

    /**
     * The HTML of {@code template :: fragment} rendered now, not kept: for a caller that keeps it in a cache of its
     * own (sized for its entries, e.g. by length).
     */
    public String render(String template, String fragment, Map<String, Object> variables, String contextPath) {
        return render(template, fragment, variables, LocaleContextHolder.getLocale(), contextPath);
    }

    /** The HTML of one fragment per element of {@code values}, each bound to {@code name}. */
    public List<String> each(String template, String fragment, String name, List<?> values, String contextPath) {
        return values.stream()
                .map(v -> html(template, fragment, Map.of(name, v), contextPath))
                .toList();
    }

    private String render(
            String template, String fragment, Map<String, Object> variables, Locale locale, String contextPath) {
        Context ctx = new Context(locale);
        Map<String, Object> all = new HashMap<>(variables);
        all.put("contextPath", contextPath);
        ctx.setVariables(all);
        return templates.process(template, Set.of(fragment), ctx);
    }
}
