package cn.renda.supervision.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.Paging;
import cn.renda.supervision.InspectionFacade;
import cn.renda.supervision.InspectionFacade.NewInstruction;
import cn.renda.supervision.InspectionFacade.NewResearchReport;
import cn.renda.supervision.InspectionFacade.NewSurvey;
import cn.renda.supervision.InspectionFacade.WorkQuery;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Research reports to the Party committee (调研专报) with the leaders' instructions (批示) and what was
 * done, and social-condition surveys (社情民意调查) with their issues, by year.
 */
@Controller
class ResearchReportPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String STAFF = "hasRole('STAFF')";

    private final InspectionFacade inspections;

    ResearchReportPageController(InspectionFacade inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/supervision/research-reports")
    @PreAuthorize(PlanPageController.READ)
    String showReports(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        return reportsPage(new WorkQuery(year(year), q), Paging.of(page, sort, dir), model);
    }

    @PostMapping("/supervision/research-reports")
    @PreAuthorize(STAFF)
    String processNewReport(
            @Valid @ModelAttribute("reportForm") ResearchReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.report.created",
                "/supervision/research-reports?year=" + form.getYear(),
                () -> inspections.addResearchReport(new NewResearchReport(
                        form.getInspectionId(),
                        form.getYear(),
                        form.getIssueNo(),
                        form.getTitle(),
                        form.getSubmittedOn(),
                        form.getSummary())),
                () -> reportsPage(new WorkQuery(year(form.getYear()), null), PageRequest.first(), model));
    }

    @PostMapping("/supervision/research-reports/{id}/instructions")
    @PreAuthorize(STAFF)
    String processInstruction(
            @PathVariable long id,
            @RequestParam int year,
            @Valid @ModelAttribute("instructionForm") InstructionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("instructionReport", id);
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.report.instructionAdded",
                "/supervision/research-reports?year=" + year,
                () -> inspections.addInstruction(
                        id, new NewInstruction(form.getLeader(), form.getInstructedOn(), form.getContent())),
                () -> reportsPage(new WorkQuery(year(year), null), PageRequest.first(), model));
    }

    @PostMapping("/supervision/instructions/{id}/action")
    @PreAuthorize(STAFF)
    String processAction(
            @PathVariable long id,
            @RequestParam int year,
            @Valid @ModelAttribute("actionForm") InstructionActionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("actionInstruction", id);
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.report.actionRecorded",
                "/supervision/research-reports?year=" + year,
                () -> inspections.recordAction(id, form.getActionTaken(), form.getActionOn()),
                () -> reportsPage(new WorkQuery(year(year), null), PageRequest.first(), model));
    }

    private String reportsPage(WorkQuery query, PageRequest page, Model model) {
        model.addAttribute("year", query.year());
        model.addAttribute("q", query.q());
        var reports = inspections.researchReports(query, page);
        model.addAttribute("page", reports);
        // the year's figures whatever the search narrows the list to
        model.addAttribute(
                "yearTotal",
                query.text().isEmpty()
                        ? reports.total()
                        : inspections
                                .researchReports(new WorkQuery(query.year(), null), new PageRequest(0, 1, null, false))
                                .total());
        model.addAttribute("instructed", inspections.instructedReports(query.year()));
        if (!model.containsAttribute("reportForm")) {
            ResearchReportForm form = new ResearchReportForm();
            form.setYear(query.year());
            form.setSubmittedOn(LocalDate.now(SHANGHAI));
            model.addAttribute("reportForm", form);
        }
        if (!model.containsAttribute("instructionForm")) {
            model.addAttribute("instructionForm", new InstructionForm());
        }
        if (!model.containsAttribute("actionForm")) {
            model.addAttribute("actionForm", new InstructionActionForm());
        }
        return "supervision/inspection/research-reports";
    }

    @GetMapping("/supervision/surveys")
    @PreAuthorize(PlanPageController.READ)
    String showSurveys(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        SurveyForm form = new SurveyForm();
        form.setRespondents(0);
        model.addAttribute("form", form);
        return surveysPage(new WorkQuery(year(year), q), Paging.of(page, sort, dir), model);
    }

    @PostMapping("/supervision/surveys")
    @PreAuthorize(STAFF)
    String processNewSurvey(
            @Valid @ModelAttribute("form") SurveyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.survey.created",
                () -> {
                    List<String> issues = form.getIssues() == null
                            ? List.of()
                            : Arrays.stream(form.getIssues().split("\\R"))
                                    .map(String::strip)
                                    .filter(s -> !s.isEmpty())
                                    .toList();
                    inspections.addSurvey(new NewSurvey(
                            form.getTopic(),
                            form.getMethod(),
                            form.getStartsOn(),
                            form.getEndsOn(),
                            form.getRespondents(),
                            issues));
                    return "/supervision/surveys?year=" + form.getStartsOn().getYear();
                },
                () -> surveysPage(
                        new WorkQuery(
                                year(
                                        form.getStartsOn() == null
                                                ? null
                                                : form.getStartsOn().getYear()),
                                null),
                        PageRequest.first(),
                        model));
    }

    private String surveysPage(WorkQuery query, PageRequest page, Model model) {
        model.addAttribute("year", query.year());
        model.addAttribute("q", query.q());
        model.addAttribute("page", inspections.surveys(query, page));
        return "supervision/inspection/surveys";
    }

    private static int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new NotFoundException("year", year);
        }
        return year == null ? LocalDate.now(SHANGHAI).getYear() : year;
    }
}
