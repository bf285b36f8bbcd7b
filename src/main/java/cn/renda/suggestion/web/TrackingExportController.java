package cn.renda.suggestion.web;

import cn.renda.core.web.SheetExport;
import cn.renda.suggestion.SuggestionReports;
import cn.renda.suggestion.TrackingRow;
import java.time.Clock;
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

/** The bi-monthly tracking report (双月跟踪) as an Excel workbook, the same rows as the page. */
@Controller
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
class TrackingExportController {

    private final SuggestionReports reports;
    private final Clock clock;
    private final MessageSource messages;

    TrackingExportController(SuggestionReports reports, Clock clock, MessageSource messages) {
        this.reports = reports;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping("/suggestions/reports/tracking.xlsx")
    ResponseEntity<byte[]> downloadTracking() {
        Locale locale = LocaleContextHolder.getLocale();
        LocalDate today = LocalDate.now(clock.withZone(SuggestionController.SuggestionFacadeZone.ZONE));
        List<List<Object>> rows = new ArrayList<>();
        for (TrackingRow r : reports.tracking(today)) {
            rows.add(Arrays.asList(
                    r.number(),
                    r.title(),
                    r.key() ? msg("suggestion.key", locale) : "",
                    r.units(),
                    msg("suggestion.state." + r.state(), locale),
                    r.replyDue(),
                    r.overdue() ? msg("suggestion.tracking.overdue", locale) : "",
                    String.join("\n", r.progress()),
                    r.latestReply()));
        }
        List<String> header = List.of(
                msg("suggestion.number", locale),
                msg("suggestion.title", locale),
                msg("suggestion.key", locale),
                msg("suggestion.unit", locale),
                msg("suggestion.caseState", locale),
                msg("suggestion.clock.REPLY", locale),
                msg("suggestion.tracking.overdue", locale),
                msg("suggestion.progressNote", locale),
                msg("suggestion.latestReply", locale));
        String sheet = msg("suggestion.tracking.sheet", locale);
        return SheetExport.download(
                msg("suggestion.tracking.title", locale) + "-" + today + ".xlsx",
                SheetExport.workbook(sheet, header, rows));
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
