package cn.renda.supervision.web;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.supervision.EnforcementFacade;
import cn.renda.supervision.EnforcementFacade.EnforcementReport;
import cn.renda.supervision.EnforcementFacade.EnforcementView;
import cn.renda.supervision.EnforcementFacade.NewEnforcement;
import cn.renda.supervision.EnforcementFacade.NewQuestionnaire;
import cn.renda.supervision.EnforcementMode;
import cn.renda.supervision.FindingOutcome;
import cn.renda.supervision.InspectionFacade.NewVisit;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Law-enforcement inspections: list, new (or follow-up of one), and one inspection with visits,
 * questionnaires, findings per article, report, hearing and publication.
 */
@Controller
class EnforcementPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String STAFF = "hasRole('STAFF')";
    private static final String BASE = "/supervision/law-enforcement-inspections";

    private final EnforcementFacade enforcements;
    private final WorkChoices choices;
    private final WorkPickers workPickers;

    EnforcementPageController(EnforcementFacade enforcements, WorkChoices choices, WorkPickers workPickers) {
        this.enforcements = enforcements;
        this.choices = choices;
        this.workPickers = workPickers;
    }

    /** htmx: the choices of a picker on the new-inspection page, by name or pinyin initials. */
    @GetMapping(value = BASE + "/new", params = "pick")
    @PreAuthorize(STAFF)
    String showNewEnforcementChoices(
            @RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    /** htmx: the choices of a picker on an inspection's page (the finding's units). */
    @GetMapping(value = BASE + "/{id}", params = "pick")
    @PreAuthorize(STAFF)
    String showEnforcementChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    @GetMapping(BASE)
    @PreAuthorize(PlanPageController.READ)
    String showEnforcements(
            @RequestParam(required = false) EnforcementMode mode,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        model.addAttribute("mode", mode);
        model.addAttribute("year", year);
        model.addAttribute("page", enforcements.list(mode, year, Paging.of(page, sort, dir)));
        model.addAttribute("modes", choices.labels(EnforcementMode.class, "supervision.enforcement.mode."));
        return "supervision/enforcement/list";
    }

    @GetMapping(BASE + "/new")
    @PreAuthorize(STAFF)
    String showNewEnforcement(@RequestParam(required = false) Long followUpOf, Model model) {
        EnforcementForm form = new EnforcementForm();
        form.setStartsOn(LocalDate.now(SHANGHAI));
        if (followUpOf != null) {
            EnforcementView original = enforcements.get(followUpOf);
            form.setFollowUpOf(original.id());
            form.setLaw(original.law());
            form.setMode(original.mode());
            form.setCityReference(original.cityReference());
        }
        model.addAttribute("form", form);
        return newPage(model);
    }

    @PostMapping(BASE + "/new")
    @PreAuthorize(STAFF)
    String processNewEnforcement(
            @Valid @ModelAttribute("form") EnforcementForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = enforcements.create(new NewEnforcement(
                        form.getLaw(),
                        form.getMode(),
                        form.getCityReference(),
                        form.getScope(),
                        form.getLeaderPersonId(),
                        form.getTeamIds(),
                        form.getStartsOn(),
                        form.getPlanItemId(),
                        form.getFollowUpOf()));
                redirect.addFlashAttribute("flash", "supervision.enforcement.created");
                return "redirect:" + BASE + "/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return newPage(model);
    }

    private String newPage(Model model) {
        model.addAttribute("modes", choices.labels(EnforcementMode.class, "supervision.enforcement.mode."));
        model.addAttribute(
                "planItems", choices.planItems(LocalDate.now(SHANGHAI).getYear()));
        return "supervision/enforcement/form";
    }

    @GetMapping(BASE + "/{id}")
    @PreAuthorize(PlanPageController.READ)
    String showEnforcement(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping(BASE + "/{id}/visits")
    @PreAuthorize(STAFF)
    String processVisit(
            @PathVariable long id,
            @Valid @ModelAttribute("visitForm") VisitForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.work.visitAdded",
                BASE + "/" + id,
                () -> {
                    enforcements.addVisit(
                            id,
                            new NewVisit(
                                    form.getPlace(), form.getVisitedOn(), form.getPeopleMet(), form.getFindings()));
                },
                () -> page(id, model));
    }

    @PostMapping(BASE + "/{id}/questionnaires")
    @PreAuthorize(STAFF)
    String processQuestionnaire(
            @PathVariable long id,
            @Valid @ModelAttribute("questionnaireForm") QuestionnaireForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.enforcement.questionnaireAdded",
                BASE + "/" + id,
                () -> {
                    enforcements.addQuestionnaire(
                            id,
                            new NewQuestionnaire(
                                    form.getTitle(), form.getDistributed(), form.getReturned(), form.getSummary()));
                },
                () -> page(id, model));
    }

    @PostMapping(BASE + "/{id}/findings")
    @PreAuthorize(STAFF)
    String processFinding(
            @PathVariable long id,
            @Valid @ModelAttribute("findingForm") FindingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (form.getOutcome() == FindingOutcome.RECTIFICATION && form.getDeadlineDays() == null) {
            errors.rejectValue("deadlineDays", "supervision.inspection.error.deadlineDays");
        }
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.work.findingIssued",
                BASE + "/" + id,
                () -> {
                    enforcements.addFinding(id, InspectionPageController.finding(form));
                },
                () -> page(id, model));
    }

    @PostMapping(BASE + "/{id}/report")
    @PreAuthorize(STAFF)
    String processReport(
            @PathVariable long id,
            @Valid @ModelAttribute("reportForm") EnforcementReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.enforcement.reported",
                BASE + "/" + id,
                () -> {
                    enforcements.report(
                            id,
                            new EnforcementReport(
                                    form.getAssessment(),
                                    form.getProblems(),
                                    form.getSuggestions(),
                                    form.getLawAmendments(),
                                    form.getReportedOn()));
                },
                () -> page(id, model));
    }

    @PostMapping(BASE + "/{id}/hearing")
    @PreAuthorize(STAFF)
    String processHearing(
            @PathVariable long id,
            @Valid @ModelAttribute("hearingForm") HearingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.enforcement.heard",
                BASE + "/" + id,
                () -> {
                    enforcements.heard(id, form.getAgendaItemId());
                },
                () -> page(id, model));
    }

    @PostMapping(BASE + "/{id}/publication")
    @PreAuthorize(STAFF)
    String processPublication(@PathVariable long id, RedirectAttributes redirect) {
        try {
            enforcements.publish(id);
            redirect.addFlashAttribute("flash", "supervision.enforcement.published");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + BASE + "/" + id;
    }

    private String page(long id, Model model) {
        EnforcementView e = enforcements.get(id);
        model.addAttribute("e", e);
        LocalDate today = LocalDate.now(SHANGHAI);
        if (!model.containsAttribute("visitForm")) {
            VisitForm visit = new VisitForm();
            visit.setVisitedOn(today);
            model.addAttribute("visitForm", visit);
        }
        if (!model.containsAttribute("questionnaireForm")) {
            QuestionnaireForm q = new QuestionnaireForm();
            q.setDistributed(0);
            q.setReturned(0);
            model.addAttribute("questionnaireForm", q);
        }
        if (!model.containsAttribute("findingForm")) {
            FindingForm finding = new FindingForm();
            finding.setFoundOn(today);
            finding.setOutcome(FindingOutcome.OPINION);
            finding.setDeadlineDays(30);
            model.addAttribute("findingForm", finding);
        }
        if (!model.containsAttribute("reportForm")) {
            EnforcementReportForm report = new EnforcementReportForm();
            report.setReportedOn(today);
            model.addAttribute("reportForm", report);
        }
        if (!model.containsAttribute("hearingForm")) {
            model.addAttribute("hearingForm", new HearingForm());
        }
        model.addAttribute("outcomes", choices.labels(FindingOutcome.class, "supervision.finding.outcome."));
        int year =
                e.report() == null ? today.getYear() : e.report().reportedOn().getYear();
        var items = choices.scItems(year, "LAW_ENFORCEMENT_INSPECTION_REPORT");
        items.putAll(choices.scItems(year + 1, "LAW_ENFORCEMENT_INSPECTION_REPORT"));
        model.addAttribute("hearingItems", items);
        return "supervision/enforcement/view";
    }
}
