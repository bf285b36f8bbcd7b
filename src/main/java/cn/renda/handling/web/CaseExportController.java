package cn.renda.handling.web;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.web.SheetExport;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.HandlingFacade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The case list as an Excel workbook, with the same filters and order as the page and the page's labels. */
@Controller
class CaseExportController {

    /** The most rows one download carries; a wider export should be filtered first. */
    static final int MAX_ROWS = 20_000;

    private final HandlingFacade handling;
    private final CaseLabels labels;
    private final MessageSource messages;

    CaseExportController(HandlingFacade handling, CaseLabels labels, MessageSource messages) {
        this.handling = handling;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/cases.xlsx")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<byte[]> downloadCases(@ModelAttribute("query") CaseListController.ListQuery query) {
        Locale locale = LocaleContextHolder.getLocale();
        List<List<Object>> rows = new ArrayList<>();
        PageRequest first = query.toPage();
        for (int page = 0; rows.size() < MAX_ROWS; page++) {
            Page<CaseSummary> p = handling.list(
                    query.toFilter(), new PageRequest(page, PageRequest.MAX_SIZE, first.sort(), first.descending()));
            for (CaseSummary s : p.items()) {
                rows.add(Arrays.asList(
                        s.number(),
                        s.title(),
                        msg(labels.kind(s.kind()), locale),
                        msg(labels.state(s.kind(), s.state()), locale),
                        msg("handling.colour." + s.colour(), locale),
                        s.nextClock() == null ? null : msg("handling.clock." + s.nextClock(), locale),
                        s.nextDue(),
                        s.createdAt() == null ? null : s.createdAt().toLocalDate()));
            }
            if (p.items().size() < PageRequest.MAX_SIZE || (long) (page + 1) * PageRequest.MAX_SIZE >= p.total()) {
                break;
            }
        }
        List<String> header = List.of(
                msg("handling.web.col.number", locale),
                msg("handling.web.col.title", locale),
                msg("handling.web.filter.kind", locale),
                msg("handling.web.col.state", locale),
                msg("handling.web.col.colour", locale),
                msg("handling.web.col.clock", locale),
                msg("handling.web.col.due", locale),
                msg("handling.web.col.created", locale));
        String title = msg("handling.web.cases.title", locale);
        return SheetExport.download(title + "-" + LocalDate.now() + ".xlsx", SheetExport.workbook(title, header, rows));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
