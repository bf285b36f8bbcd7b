package cn.renda.handling.web;

import cn.renda.handling.OverdueBoardRow;
import cn.renda.organization.UnitDirectory;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The three-colour board's table as HTML, rendered once per computed board and language instead of on every
 * request: the board (a row per unit and kind, ~130 KB at scale 0.1) is cached per congress for a few seconds
 * and shared by all leaders, and rendering its rows was most of the page's CPU (bench/README.md).
 */
@Component
class BoardTable {

    private final ITemplateEngine templates;
    private final UnitDirectory units;
    private final CaseLabels labels;

    /**
     * By board instance (compared by identity: the cached board is one list until it is recomputed, and its
     * entry goes with it), then by language and context path.
     */
    private final Cache<List<OverdueBoardRow>, Map<String, String>> rendered =
            Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

    BoardTable(ITemplateEngine templates, UnitDirectory units, CaseLabels labels) {
        this.templates = templates;
        this.units = units;
        this.labels = labels;
    }

    /** The table of these rows in the request's language, links under {@code contextPath}. */
    String html(List<OverdueBoardRow> rows, String contextPath) {
        Locale locale = LocaleContextHolder.getLocale();
        return rendered.get(rows, r -> new ConcurrentHashMap<>())
                .computeIfAbsent(locale.toLanguageTag() + " " + contextPath, k -> render(rows, locale, contextPath));
    }

    private String render(List<OverdueBoardRow> rows, Locale locale, String contextPath) {
        Context ctx = new Context(locale);
        ctx.setVariable("rows", rows);
        // Every unit on the board by name, also units no longer active that still hold cases.
        ctx.setVariable(
                "unitNames",
                units.names(rows.stream().map(OverdueBoardRow::unitId).toList()));
        ctx.setVariable("labels", labels);
        ctx.setVariable("contextPath", contextPath);
        return templates.process("handling/board-table", Set.of("table"), ctx);
    }
}
