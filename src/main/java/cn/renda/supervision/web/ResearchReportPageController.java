package cn.renda.supervision.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.web.FormErrors;
import cn.renda.supervision.InspectionFacade;
import cn.renda.supervision.InspectionFacade.NewInstruction;
import cn.renda.supervision.InspectionFacade.NewResearchReport;
import cn.renda.supervision.InspectionFacade.NewSurvey;
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
    String showReports(@RequestParam(required = false) Integer year, Model model) {
        return reportsPage(year(year), model);
    }

    @PostMapping("/supervision/research-reports")
    @PreAuthorize(STAFF)
    String processNewReport(
            @Valid @ModelAttribute("reportForm") ResearchReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                inspections.addResearchReport(new NewResearchReport(
                        form.getInspectionId(),
                        form.getYear(),
                        form.getIssueNo(),
                        form.getTitle(),
                        form.getSubmittedOn(),
                        form.getSummary()));
                redirect.addFlashAttribute("flash", "supervision.report.created");
                return "redirect:/supervision/research-reports?year=" + form.getYear();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return reportsPage(year(form.getYear()), model);
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
        if (!errors.hasErrors()) {
            try {
                inspections.addInstruction(
                        id, new NewInstruction(form.getLeader(), form.getInstructedOn(), form.getContent()));
                redirect.addFlashAttribute("flash", "supervision.report.instructionAdded");
                return "redirect:/supervision/research-reports?year=" + year;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        model.addAttribute("instructionReport", id);
        return reportsPage(year, model);
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
        if (!errors.hasErrors()) {
            try {
                inspections.recordAction(id, form.getActionTaken(), form.getActionOn());
                redirect.addFlashAttribute("flash", "supervision.report.actionRecorded");
                return "redirect:/supervision/research-reports?year=" + year;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        model.addAttribute("actionInstruction", id);
        return reportsPage(year, model);
    }

    private String reportsPage(int year, Model model) {
        model.addAttribute("year", year);
        var reports = inspections.researchReports(year);
        model.addAttribute("reports", reports);
        model.addAttribute(
                "instructed",
                reports.stream().filter(r -> !r.instructions().isEmpty()).count());
        if (!model.containsAttribute("reportForm")) {
            ResearchReportForm form = new ResearchReportForm();
            form.setYear(year);
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
    String showSurveys(@RequestParam(required = false) Integer year, Model model) {
        SurveyForm form = new SurveyForm();
        form.setRespondents(0);
        model.addAttribute("form", form);
        return surveysPage(year(year), model);
    }

    @PostMapping("/supervision/surveys")
    @PreAuthorize(STAFF)
    String processNewSurvey(
            @Valid @ModelAttribute("form") SurveyForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
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
                redirect.addFlashAttribute("flash", "supervision.survey.created");
                return "redirect:/supervision/surveys?year="
                        + form.getStartsOn().getYear();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return surveysPage(
                year(form.getStartsOn() == null ? null : form.getStartsOn().getYear()), model);
    }

    private String surveysPage(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("surveys", inspections.surveys(year));
        return "supervision/inspection/surveys";
    }

    private static int year(Integer year) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new NotFoundException("year", year);
        }
        return year == null ? LocalDate.now(SHANGHAI).getYear() : year;
    }
}
