package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.organization.NamePickers;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.OpinionFilter;
import cn.renda.outreach.OpinionState;
import cn.renda.outreach.OpinionSuggestions;
import cn.renda.outreach.OpinionTier;
import cn.renda.outreach.OpinionView;
import cn.renda.outreach.VoterOpinions;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Voter opinion pages: the triage work list (street staff: their street; deputies: what they received; office:
 * all), entering an opinion, and one opinion with its steps (handle at street, escalate to a unit, answer,
 * take up as a suggestion, reopen, dismiss) and its history.
 */
@Controller
@RequestMapping("/outreach/opinions")
@PreAuthorize("hasAnyRole('STREET','STAFF','ADMIN','LEADER','DEPUTY')")
class VoterOpinionController {

    private static final String STREET_WRITE = "hasAnyRole('STREET','STAFF','ADMIN')";

    private final VoterOpinions opinions;
    private final NamePickers pickers;
    private final OpinionSuggestions opinionSuggestions;

    VoterOpinionController(VoterOpinions opinions, NamePickers pickers, OpinionSuggestions opinionSuggestions) {
        this.opinions = opinions;
        this.pickers = pickers;
        this.opinionSuggestions = opinionSuggestions;
    }

    @GetMapping
    String showList(
            @RequestParam(required = false) OpinionState state,
            @RequestParam(required = false) OpinionTier tier,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        model.addAttribute("state", state);
        model.addAttribute("tier", tier);
        model.addAttribute("q", q);
        model.addAttribute("states", OpinionState.values());
        model.addAttribute("tiers", OpinionTier.values());
        model.addAttribute("counts", opinions.counts());
        model.addAttribute(
                "canRecord",
                cn.renda.identity.CurrentUser.get()
                        .map(u -> u.hasAny(
                                cn.renda.identity.Role.STREET,
                                cn.renda.identity.Role.STAFF,
                                cn.renda.identity.Role.ADMIN))
                        .orElse(false));
        model.addAttribute(
                "page",
                opinions.list(
                        new OpinionFilter(state, tier, null, q == null || q.isBlank() ? null : q.strip()),
                        Paging.of(page, sort, dir)));
        return htmx != null ? "outreach/opinions :: results" : "outreach/opinions";
    }

    @GetMapping("/new")
    @PreAuthorize(STREET_WRITE)
    String showNew(Model model) {
        model.addAttribute("form", new OpinionForm());
        model.addAttribute("categories", OutreachForms.CATEGORIES);
        return "outreach/opinion-form";
    }

    @PostMapping("/new")
    @PreAuthorize(STREET_WRITE)
    String processNew(
            @Valid @ModelAttribute("form") OpinionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                OpinionView v = opinions.record(NewOpinion.byStreet(
                        form.getTitle(),
                        form.getContent(),
                        form.getCategory(),
                        form.getCitizenName(),
                        form.getCitizenPhone()));
                redirect.addFlashAttribute("flash", "outreach.flash.recorded");
                return "redirect:/outreach/opinions/" + v.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        model.addAttribute("categories", OutreachForms.CATEGORIES);
        return "outreach/opinion-form";
    }

    @GetMapping("/{id}")
    String showOpinion(@PathVariable long id, Model model) {
        return page(opinions.get(id), new TriageForm(), model);
    }

    /** htmx: the district units an opinion may be escalated to, by name or pinyin initials. */
    @GetMapping(value = "/{id}", params = "pick=unitId")
    @PreAuthorize(STREET_WRITE)
    String showUnitChoices(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("choices", pickers.units(q, 15));
        model.addAttribute("name", "unitId");
        model.addAttribute("multiple", false);
        return "fragments/picker :: options";
    }

    /** The same page with the citizen's name and phone in full, for the street triaging it (audited; else 403). */
    @GetMapping(value = "/{id}", params = "contact")
    @PreAuthorize("hasRole('STREET')")
    String showOpinionWithContact(@PathVariable long id, Model model) {
        model.addAttribute("contact", opinions.citizenContact(id));
        return page(opinions.get(id), new TriageForm(), model);
    }

    private String page(OpinionView opinion, TriageForm form, Model model) {
        form.setVersion(opinion.version());
        if (form.getCategory() == null) {
            form.setCategory(opinion.category());
        }
        model.addAttribute("opinion", opinion);
        model.addAttribute("mayCall", opinions.mayCallCitizen(opinion.id()));
        model.addAttribute(
                "linkedSuggestion",
                opinion.suggestionId() == null
                        ? null
                        : opinionSuggestions.ofOpinion(opinion.id()).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("categories", OutreachForms.CATEGORIES);
        model.addAttribute(
                "unitChoices", pickers.unitsById(form.getUnitId() == null ? List.of() : List.of(form.getUnitId())));
        if (!opinion.actions().isEmpty()) {
            model.addAttribute("similar", opinions.similar(opinion.id(), 5));
        }
        return "outreach/opinion";
    }

    @PostMapping("/{id}/street")
    @PreAuthorize(STREET_WRITE)
    String processStreet(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                errors,
                model,
                response,
                redirect,
                "outreach.flash.street",
                () -> opinions.handleAtStreet(id, form.getVersion(), form.getCategory(), form.getNote()));
    }

    @PostMapping("/{id}/escalate")
    @PreAuthorize(STREET_WRITE)
    String processEscalate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(id, form, errors, model, response, redirect, "outreach.flash.escalated", () -> {
            if (form.getUnitId() == null) {
                throw new InvalidInputException("unitId", "outreach.error.unit");
            }
            return opinions.escalate(id, form.getVersion(), form.getCategory(), form.getUnitId(), form.getNote());
        });
    }

    @PostMapping("/{id}/answer")
    @PreAuthorize(STREET_WRITE)
    String processAnswer(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                errors,
                model,
                response,
                redirect,
                "outreach.flash.answered",
                () -> opinions.answer(id, form.getVersion(), form.getReply(), form.isPublish()));
    }

    @PostMapping("/{id}/reopen")
    @PreAuthorize(STREET_WRITE)
    String processReopen(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                errors,
                model,
                response,
                redirect,
                "outreach.flash.reopened",
                () -> opinions.reopen(id, form.getVersion(), form.getReason()));
    }

    @PostMapping("/{id}/dismiss")
    @PreAuthorize(STREET_WRITE)
    String processDismiss(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                errors,
                model,
                response,
                redirect,
                "outreach.flash.dismissed",
                () -> opinions.dismiss(id, form.getVersion(), form.getReason()));
    }

    @PostMapping("/{id}/take-up")
    @PreAuthorize("hasRole('DEPUTY')")
    String processTakeUp(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                errors,
                model,
                response,
                redirect,
                "outreach.flash.takenUp",
                () -> opinions.takeUp(id, form.getVersion()));
    }

    @PostMapping("/{id}/evaluate")
    @PreAuthorize("hasRole('DEPUTY')")
    String processEvaluate(
            @PathVariable long id,
            @Valid @ModelAttribute("form") TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return step(
                id,
                form,
                errors,
                model,
                response,
                redirect,
                "outreach.flash.evaluated",
                () -> opinions.evaluateForVoter(id, form.getVersion(), form.getEvaluation(), form.getComment()));
    }

    private String step(
            long id,
            TriageForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String flash,
            Supplier<OpinionView> action) {
        if (!errors.hasErrors()) {
            try {
                action.get();
                redirect.addFlashAttribute("flash", flash);
                return "redirect:/outreach/opinions/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        response.setStatus(400);
        return page(opinions.get(id), form, model);
    }
}
