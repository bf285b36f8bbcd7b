package cn.renda.suggestion.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.InspectionView;
import cn.renda.suggestion.SuggestionInspections;
import jakarta.validation.Valid;
import java.util.Set;
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

/** 半年视察 pages: the list of inspection records, one record, and the form to record one. */
@Controller
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
class InspectionController {

    private static final Set<String> FIELDS =
            Set.of("inspectedOn", "leader", "participants", "places", "findings", "requirements", "suggestionIds");

    private final SuggestionInspections inspections;

    InspectionController(SuggestionInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/suggestions/reports/inspections")
    String showInspections(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", inspections.list(new PageRequest(page, 20, null, true)));
        model.addAttribute("mayRecord", CurrentUser.require().hasAny(Role.STAFF, Role.LEADER));
        return "suggestion/inspections";
    }

    @GetMapping("/suggestions/reports/inspections/{id}")
    String showInspection(@PathVariable long id, Model model) {
        model.addAttribute("i", inspections.get(id));
        return "suggestion/inspection";
    }

    @GetMapping("/suggestions/reports/inspections/new")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String showNewInspection(@RequestParam(required = false) Long suggestion, Model model) {
        InspectionForm form = new InspectionForm();
        if (suggestion != null) {
            form.getSuggestionIds().add(suggestion);
        }
        model.addAttribute("form", form);
        model.addAttribute("keys", inspections.keySuggestions());
        return "suggestion/inspection-form";
    }

    @PostMapping("/suggestions/reports/inspections/new")
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    String processNewInspection(
            @Valid @ModelAttribute("form") InspectionForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        model.addAttribute("keys", inspections.keySuggestions());
        if (errors.hasErrors()) {
            return "suggestion/inspection-form";
        }
        try {
            InspectionView saved = inspections.record(form.toCommand());
            redirect.addFlashAttribute("flash", "suggestion.flash.inspection");
            return "redirect:/suggestions/reports/inspections/" + saved.id();
        } catch (InvalidInputException e) {
            e.problems()
                    .forEach(p -> errors.rejectValue(
                            FIELDS.contains(p.field()) ? p.field() : "findings",
                            p.messageKey(),
                            p.arguments(),
                            p.messageKey()));
            return "suggestion/inspection-form";
        }
    }
}
