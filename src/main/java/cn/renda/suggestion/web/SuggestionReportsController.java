package cn.renda.suggestion.web;

import cn.renda.suggestion.SuggestionReports;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 督有效 pages: bi-monthly tracking, year-end evaluation of the units, the handling report (printable and Excel). */
@Controller
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
class SuggestionReportsController {

    private final SuggestionReports reports;
    private final Clock clock;
    private final MessageSource messages;

    /**
     * The report's title by locale and year: formatting a message with arguments synchronises on one shared
     * {@code MessageFormat}, which 64 concurrent requests for the report queued on (bench/README.md).
     */
    private final Cache<String, String> titles =
            Caffeine.newBuilder().maximumSize(200).build();

    SuggestionReportsController(SuggestionReports reports, Clock clock, MessageSource messages) {
        this.reports = reports;
        this.clock = clock;
        this.messages = messages;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(SuggestionController.SuggestionFacadeZone.ZONE));
    }

    @GetMapping("/suggestions/reports")
    String showReports(Model model) {
        model.addAttribute("year", today().getYear());
        return "suggestion/reports";
    }

    @GetMapping("/suggestions/reports/tracking")
    String showTracking(Model model) {
        model.addAttribute("asOf", today());
        model.addAttribute("rows", reports.tracking(today()));
        return "suggestion/tracking";
    }

    @GetMapping("/suggestions/reports/evaluation")
    String showEvaluation(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("units", reports.evaluation(y));
        return "suggestion/evaluation";
    }

    @GetMapping("/suggestions/reports/handling")
    String showHandlingReport(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? today().getYear() : year;
        model.addAttribute("report", reports.handlingReport(y));
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute(
                "reportTitle",
                titles.get(
                        locale.toLanguageTag() + "|" + y,
                        k -> messages.getMessage("suggestion.handlingReport.title", new Object[] {y}, locale)));
        return "suggestion/handling-report";
    }

    @GetMapping("/suggestions/reports/handling.xlsx")
    ResponseEntity<byte[]> downloadHandlingReport(@RequestParam(required = false) Integer year) {
        int y = year == null ? today().getYear() : year;
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(y + "年代表建议办理情况.xlsx", StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(reports.handlingReportExcel(y));
    }
}
