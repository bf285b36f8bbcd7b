package cn.renda.supervision.web;

import cn.renda.core.ConflictException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.Paging;
import cn.renda.supervision.MeetingDirectory;
import cn.renda.supervision.PlanPhase;
import cn.renda.supervision.SupervisionForm;
import cn.renda.supervision.SupervisionPlanFacade;
import cn.renda.supervision.SupervisionPlanFacade.NewPlan;
import cn.renda.supervision.SupervisionPlanFacade.NewPlanItem;
import cn.renda.supervision.SupervisionPlanFacade.PlanView;
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

/** The annual supervision plans: list, a plan with its items, adoption, publication and item phases. */
@Controller
class PlanPageController {

    static final String READ = "hasAnyRole('STAFF','LEADER','MEMBER','ADMIN')";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final SupervisionPlanFacade plans;
    private final WorkChoices choices;
    private final WorkPickers workPickers;

    PlanPageController(SupervisionPlanFacade plans, WorkChoices choices, WorkPickers workPickers) {
        this.plans = plans;
        this.choices = choices;
        this.workPickers = workPickers;
    }

    @GetMapping("/supervision/plans")
    @PreAuthorize(READ)
    String showPlans(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        PlanForm form = new PlanForm();
        form.setYear(LocalDate.now(SHANGHAI).getYear() + 1);
        model.addAttribute("form", form);
        return plansPage(q, Paging.of(page, sort, dir), model);
    }

    @PostMapping("/supervision/plans")
    @PreAuthorize("hasRole('STAFF')")
    String processNewPlan(
            @Valid @ModelAttribute("form") PlanForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.plan.created",
                () -> "/supervision/plans/" + plans.create(new NewPlan(form.getYear(), form.getTitle())),
                () -> plansPage(null, PageRequest.first(), model));
    }

    private String plansPage(String q, PageRequest page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("page", plans.plans(q, page));
        return "supervision/plan/list";
    }

    /** htmx: the choices of a picker on the page, by name or pinyin initials. */
    @GetMapping(value = "/supervision/plans/{id}", params = "pick")
    @PreAuthorize("hasRole('STAFF')")
    String showPlanChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        return workPickers.options(pick, q, model);
    }

    @GetMapping("/supervision/plans/{id}")
    @PreAuthorize(READ)
    String showPlan(@PathVariable long id, Model model) {
        return planPage(id, model);
    }

    @PostMapping("/supervision/plans/{id}/items")
    @PreAuthorize("hasRole('STAFF')")
    String processNewItem(
            @PathVariable long id,
            @Valid @ModelAttribute("itemForm") PlanItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.plan.itemAdded",
                "/supervision/plans/" + id,
                () -> plans.addItem(
                        id,
                        new NewPlanItem(
                                form.getForm(),
                                form.getTitle(),
                                form.getLeadCommitteeId(),
                                form.getLeaderPersonId(),
                                form.getParticipantIds(),
                                form.getStartsOn(),
                                form.getEndsOn(),
                                form.getHeardItemId())),
                () -> planPage(id, model));
    }

    @PostMapping("/supervision/plans/{id}/adoption")
    @PreAuthorize("hasRole('STAFF')")
    String processAdoption(
            @PathVariable long id,
            @Valid @ModelAttribute("adoptionForm") AdoptionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        return WorkSubmission.submit(
                errors,
                redirect,
                "supervision.plan.adopted",
                "/supervision/plans/" + id,
                () -> plans.adopt(id, form.getMeetingId(), form.getAdoptedOn()),
                () -> planPage(id, model));
    }

    @PostMapping("/supervision/plans/{id}/publication")
    @PreAuthorize("hasRole('STAFF')")
    String processPublication(@PathVariable long id, RedirectAttributes redirect) {
        try {
            plans.publish(id);
            redirect.addFlashAttribute("flash", "supervision.plan.published");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/supervision/plans/" + id;
    }

    @PostMapping("/supervision/plans/{id}/items/{itemId}/phase")
    @PreAuthorize("hasRole('STAFF')")
    String processPhase(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam PlanPhase phase,
            RedirectAttributes redirect) {
        try {
            plans.moveItem(itemId, phase);
            redirect.addFlashAttribute("flash", "supervision.plan.phaseMoved");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:/supervision/plans/" + id;
    }

    private String planPage(long id, Model model) {
        PlanView plan = plans.get(id);
        model.addAttribute("plan", plan);
        if (!model.containsAttribute("itemForm")) {
            PlanItemForm item = new PlanItemForm();
            item.setStartsOn(LocalDate.of(plan.year(), 1, 1));
            item.setEndsOn(LocalDate.of(plan.year(), 12, 31));
            model.addAttribute("itemForm", item);
        }
        if (!model.containsAttribute("adoptionForm")) {
            model.addAttribute("adoptionForm", new AdoptionForm());
        }
        model.addAttribute("forms", choices.labels(SupervisionForm.class, "supervision.form."));
        model.addAttribute("committees", choices.committees());
        // A plan is adopted early in its year or late in the year before.
        var directors = choices.meetings(MeetingDirectory.Kind.DIRECTORS_MEETING, plan.year());
        directors.putAll(choices.meetings(MeetingDirectory.Kind.DIRECTORS_MEETING, plan.year() - 1));
        model.addAttribute("directorsMeetings", directors);
        model.addAttribute("reportItems", choices.scItems(plan.year()));
        return "supervision/plan/view";
    }
}
