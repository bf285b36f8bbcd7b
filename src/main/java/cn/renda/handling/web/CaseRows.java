package cn.renda.handling.web;

import cn.renda.core.Page;
import cn.renda.core.web.RenderedFragments;
import cn.renda.handling.CaseSummary;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a page of case summaries into {@link CaseRow}s, with each label resolved once per language. */
@Component
class CaseRows {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private final MessageSource messages;
    private final CaseLabels labels;
    private final RenderedFragments fragments;

    /** Resolved labels by language and message key (a few hundred keys: kinds, states, clocks, colours). */
    private final Map<Locale, Map<String, String>> resolved = new ConcurrentHashMap<>();

    CaseRows(MessageSource messages, CaseLabels labels, RenderedFragments fragments) {
        this.messages = messages;
        this.labels = labels;
        this.fragments = fragments;
    }

    /**
     * Each row's HTML (the {@code handling/parts :: caseRow} fragment), rendered once per row value and language and
     * then reused: a row's value holds everything it shows, so a changed case is a new row.
     */
    List<String> html(Page<CaseRow> rows, String contextPath) {
        return fragments.each("handling/parts", "caseRow", "s", rows.items(), contextPath);
    }

    Page<CaseRow> rows(Page<CaseSummary> page) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> texts = resolved.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
        return page.map(s -> row(s, locale, texts));
    }

    private CaseRow row(CaseSummary s, Locale locale, Map<String, String> texts) {
        boolean suggestionPage = "SUGGESTION".equals(s.kind()) || "MOTION".equals(s.kind());
        String colour = s.colour().name();
        return new CaseRow(
                s.id(),
                (suggestionPage ? "/suggestions/case/" : "/cases/") + s.id(),
                s.number(),
                s.title(),
                s.keyCase(),
                text(texts, labels.kind(s.kind()), locale),
                text(texts, labels.state(s.kind(), s.state()), locale),
                "clock-" + colour,
                text(texts, "handling.colour." + colour, locale),
                s.nextDue() == null || s.nextClock() == null
                        ? null
                        : text(texts, "handling.clock." + s.nextClock().name(), locale),
                s.nextDue() == null ? null : DAY.format(s.nextDue()),
                s.createdAt() == null ? null : DAY.format(s.createdAt()));
    }

    // Keys come from the registered kinds and enums (a bounded set), never from user input.
    private String text(Map<String, String> texts, String key, Locale locale) {
        return texts.computeIfAbsent(key, k -> messages.getMessage(k, null, k, locale));
    }
}
