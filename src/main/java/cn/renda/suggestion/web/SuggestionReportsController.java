package cn.renda.suggestion.web;

import cn.renda.suggestion.SuggestionReports;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
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

    SuggestionReportsController(SuggestionReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
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
