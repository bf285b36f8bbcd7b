package cn.renda.handling.web;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NavigationItem;
import cn.renda.handling.ClockName;
import cn.renda.handling.DeadlinePolicyView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.KindView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page to read and edit every deadline policy of the bound congress: per registered kind, each
 * clock's length and reminder lead (the engine's defaults until the congress overrides them).
 */
@Controller
@RequestMapping("/admin/policies")
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
class PolicyPageController {

    /** Longest policy length accepted from the page, per unit (a year in each). */
    private static final Map<LengthUnit, Integer> MAX = Map.of(
            LengthUnit.CALENDAR_DAYS, 366, LengthUnit.WORKING_DAYS, 250, LengthUnit.WEEKS, 52, LengthUnit.MONTHS, 12);

    private final HandlingFacade handling;

    PolicyPageController(HandlingFacade handling) {
        this.handling = handling;
    }

    @Bean
    static NavigationItem policyNavigationItem() {
        return new NavigationItem("policy.nav", "/admin/policies", 880, Set.of("STAFF", "ADMIN"));
    }

    @GetMapping
    String showPolicies(Model model) {
        Map<KindView, List<DeadlinePolicyView>> policies = new LinkedHashMap<>();
        for (KindView kind : handling.kinds()) {
            policies.put(kind, handling.policies(kind.code()));
        }
        model.addAttribute("policies", policies);
        model.addAttribute("units", LengthUnit.values());
        return "handling/policies";
    }

    @PostMapping("/{kind}/{clock}")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String processPolicy(
            @PathVariable String kind,
            @PathVariable ClockName clock,
            @RequestParam(required = false) Integer amount,
            @RequestParam(required = false) LengthUnit unit,
            @RequestParam(required = false) Integer reminderAmount,
            @RequestParam(required = false) LengthUnit reminderUnit,
            RedirectAttributes redirect) {
        String anchor = "redirect:/admin/policies#" + kind + "-" + clock;
        if (amount == null || unit == null || amount < 1 || amount > MAX.get(unit)) {
            redirect.addFlashAttribute("flashError", "policy.error.length");
            return anchor;
        }
        List<Length> leads = List.of();
        if (reminderAmount != null && reminderAmount > 0) {
            LengthUnit u = reminderUnit == null ? LengthUnit.WORKING_DAYS : reminderUnit;
            if (reminderAmount > MAX.get(u)) {
                redirect.addFlashAttribute("flashError", "policy.error.reminder");
                return anchor;
            }
            leads = List.of(new Length(reminderAmount, u));
        }
        try {
            handling.setPolicy(kind, clock, new Length(amount, unit), leads);
            redirect.addFlashAttribute("flash", "policy.flash.saved");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", "policy.error.length");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return anchor;
    }
}
