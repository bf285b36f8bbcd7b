package cn.renda.supervision.web;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.UnitAssignment;
import cn.renda.supervision.FindingOutcome;
import cn.renda.supervision.InspectionFacade;
import cn.renda.supervision.InspectionFacade.InspectionFilter;
import cn.renda.supervision.InspectionFacade.InspectionView;
import cn.renda.supervision.InspectionFacade.NewFinding;
import cn.renda.supervision.InspectionFacade.NewInspection;
import cn.renda.supervision.InspectionFacade.NewPhoto;
import cn.renda.supervision.InspectionFacade.NewVisit;
import cn.renda.supervision.InspectionKind;
import cn.renda.supervision.InspectionStatus;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inspections and research visits: list, new, and one inspection with visits, photos, findings and report. */
@Controller
class InspectionPageController {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String STAFF = "hasRole('STAFF')";

    private final InspectionFacade inspections;
    private final WorkChoices choices;
    private final WorkPickers workPickers;

    InspectionPageController(InspectionFacade inspections, WorkChoices choices, WorkPickers workPickers) {
        this.inspections = inspections;
        this.choices = choices;
        this.workPickers = workPickers;
    }

    @GetMapping("/supervision/inspections")
    @PreAuthorize(PlanPageController.READ)
    String showInspections(
            @RequestParam(required = false) InspectionKind kind,
            @RequestParam(required = false) InspectionStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        InspectionFilter filter = new InspectionFilter(kind, status, year);
        model.addAttribute("query", filter);
        model.addAttribute("page", inspections.list(filter, Paging.of(page, sort, dir)));
        model.addAttribute("kinds", choices.labels(InspectionKind.class, "supervision.inspection.kind."));
        model.addAttribute("statuses", choices.labels(InspectionStatus.class, "supervision.inspection.status."));
        return "supervision/inspection/list";
    }

    /** htmx: the choices of a picker on the page, by name or pinyin initials. */
    @GetMapping(value = "/supervision/inspections/new", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showNewInspectionChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    /** htmx: the choices of a picker on the page, by name or pinyin initials. */
    @GetMapping(value = "/supervision/inspections/{id}", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showInspectionChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    @GetMapping("/supervision/inspections/new")
    @PreAuthorize(STAFF)
    String showNewInspection(Model model) {
        VisitInspectionForm form = new VisitInspectionForm();
        form.setStartsOn(LocalDate.now(SHANGHAI));
        model.addAttribute("form", form);
        return newPage(model);
    }

    @PostMapping("/supervision/inspections/new")
    @PreAuthorize(STAFF)
    String processNewInspection(
            @Valid @ModelAttribute("form") VisitInspectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = inspections.create(new NewInspection(
                        form.getKind(),
                        form.getTopic(),
                        form.getLeaderPersonId(),
                        form.getTeamIds(),
                        form.getStartsOn(),
                        form.getPlanItemId(),
                        form.getHeardItemId()));
                redirect.addFlashAttribute("flash", "supervision.inspection.created");
                return "redirect:/supervision/inspections/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        return newPage(model);
    }

    private String newPage(Model model) {
        int year = LocalDate.now(SHANGHAI).getYear();
        model.addAttribute("kinds", choices.labels(InspectionKind.class, "supervision.inspection.kind."));
        model.addAttribute("planItems", choices.planItems(year));
        model.addAttribute("reportItems", choices.scItems(year, "SPECIAL_WORK_REPORT"));
        return "supervision/inspection/form";
    }

    @GetMapping("/supervision/inspections/{id}")
    @PreAuthorize(PlanPageController.READ)
    String showInspection(@PathVariable long id, Model model) {
        return page(id, model);
    }

    @PostMapping("/supervision/inspections/{id}/visits")
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
                "/supervision/inspections/" + id,
                () -> {
                    inspections.addVisit(
                            id,
                            new NewVisit(
                                    form.getPlace(), form.getVisitedOn(), form.getPeopleMet(), form.getFindings()));
                },
                () -> page(id, model));
    }

    @PostMapping("/supervision/inspections/{id}/visits/{visitId}/photos")
    @PreAuthorize(STAFF)
    String processPhoto(
            @PathVariable long id,
            @PathVariable long visitId,
            @RequestParam("photo") MultipartFile photo,
            RedirectAttributes redirect)
            throws IOException {
        try {
            inspections.addPhoto(
                    visitId, new NewPhoto(photo.getOriginalFilename(), photo.getContentType(), photo.getBytes()));
            redirect.addFlashAttribute("flash", "supervision.inspection.photoAdded");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
        }
        return "redirect:/supervision/inspections/" + id;
    }

    @GetMapping("/supervision/photos/{photoId}")
    @PreAuthorize(PlanPageController.READ)
    ResponseEntity<byte[]> showPhoto(@PathVariable long photoId) {
        NewPhoto photo = inspections.photo(photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .body(photo.content());
    }

    @PostMapping("/supervision/inspections/{id}/findings")
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
                "/supervision/inspections/" + id,
                () -> {
                    inspections.addFinding(id, finding(form));
                },
                () -> page(id, model));
    }

    /** The finding as a command: the lead unit and the co-units picked by name. */
    static NewFinding finding(FindingForm form) {
        List<UnitAssignment> units = new ArrayList<>();
        units.add(new UnitAssignment(form.getLeadUnitId(), AssignmentRole.LEAD));
        form.getCoUnitIds().stream()
                .filter(u -> !u.equals(form.getLeadUnitId()))
                .forEach(u -> units.add(new UnitAssignment(u, AssignmentRole.CO)));
        return new NewFinding(
                form.getText(),
                form.getArticle(),
                form.getOutcome(),
                units,
                form.getOutcome() == FindingOutcome.RECTIFICATION ? form.getDeadlineDays() : null,
                form.getFoundOn());
    }

    @PostMapping("/supervision/inspections/{id}/report")
    @PreAuthorize(STAFF)
    String processReport(
            @PathVariable long id,
            @Valid @ModelAttribute("reportForm") InspectionReportForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.inspection.reported",
                "/supervision/inspections/" + id,
                () -> {
                    inspections.report(id, form.getReport(), form.getReportedOn());
                },
                () -> page(id, model));
    }

    @PostMapping("/supervision/inspections/{id}/close")
    @PreAuthorize(STAFF)
    String processClose(@PathVariable long id, RedirectAttributes redirect) {
        try {
            inspections.close(id);
            redirect.addFlashAttribute("flash", "supervision.inspection.closed");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/supervision/inspections/" + id;
    }

    private String page(long id, Model model) {
        InspectionView inspection = inspections.get(id);
        model.addAttribute("i", inspection);
        LocalDate today = LocalDate.now(SHANGHAI);
        if (!model.containsAttribute("visitForm")) {
            VisitForm visit = new VisitForm();
            visit.setVisitedOn(today);
            model.addAttribute("visitForm", visit);
        }
        if (!model.containsAttribute("findingForm")) {
            FindingForm finding = new FindingForm();
            finding.setFoundOn(today);
            finding.setOutcome(FindingOutcome.OPINION);
            finding.setDeadlineDays(30);
            model.addAttribute("findingForm", finding);
        }
        if (!model.containsAttribute("reportForm")) {
            InspectionReportForm report = new InspectionReportForm();
            report.setReportedOn(today);
            model.addAttribute("reportForm", report);
        }
        model.addAttribute("outcomes", choices.labels(FindingOutcome.class, "supervision.finding.outcome."));
        return "supervision/inspection/view";
    }
}
