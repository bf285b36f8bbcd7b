package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.FormErrors;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.GroupFilter;
import cn.renda.organization.GroupRegistry;
import cn.renda.outreach.NewTheme;
import cn.renda.outreach.ThemeCatalogue;
import cn.renda.outreach.ThemeView;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * The outreach overview (themes of the year and coverage per street), publishing a theme, and one theme with
 * the groups' orders (点单) and whether they were carried out (照单落实).
 */
@Controller
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class ThemeController {

    private static final String PUBLISH = "hasAnyRole('STREET','STAFF','ADMIN')";

    private final ThemeCatalogue themes;
    private final BodyDirectory bodies;
    private final GroupRegistry groups;
    private final Clock clock;

    ThemeController(ThemeCatalogue themes, BodyDirectory bodies, GroupRegistry groups, Clock clock) {
        this.themes = themes;
        this.bodies = bodies;
        this.groups = groups;
        this.clock = clock;
    }

    @GetMapping("/outreach")
    String showOverview(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("themes", themes.themes(y));
        model.addAttribute("coverage", themes.coverage(y));
        CurrentUser user = CurrentUser.require();
        model.addAttribute("canPublish", user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN));
        model.addAttribute("canSeeFigures", user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN, Role.LEADER, Role.MEMBER));
        // a deputy's own public page and QR code (码上见代表), to print or share
        model.addAttribute("myDeputyId", user.hasAny(Role.DEPUTY) ? user.personId() : null);
        return "outreach/index";
    }

    @GetMapping("/outreach/themes/new")
    @PreAuthorize(PUBLISH)
    String showNewTheme(Model model) {
        ThemeForm form = new ThemeForm();
        LocalDate today = LocalDate.now(clock);
        form.setYear(today.getYear());
        form.setQuarter((today.getMonthValue() - 1) / 3 + 1);
        model.addAttribute("form", form);
        model.addAttribute("quarters", quarters());
        return "outreach/theme-form";
    }

    @PostMapping("/outreach/themes/new")
    @PreAuthorize(PUBLISH)
    String processNewTheme(
            @Valid @ModelAttribute("form") ThemeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                CurrentUser user = CurrentUser.require();
                Long street = user.hasAny(Role.STAFF, Role.ADMIN) || user.street() == null
                        ? null
                        : bodies.streetId(user.street()).orElse(null);
                ThemeView v = themes.publish(
                        street == null
                                ? NewTheme.district(
                                        form.getTitle(), form.getGuidance(), form.getYear(), form.getQuarter())
                                : NewTheme.ofStreet(
                                        form.getTitle(),
                                        form.getGuidance(),
                                        form.getYear(),
                                        form.getQuarter(),
                                        street));
                redirect.addFlashAttribute("flash", "outreach.flash.themePublished");
                return "redirect:/outreach/themes/" + v.id();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, errors);
            }
        }
        model.addAttribute("quarters", quarters());
        return "outreach/theme-form";
    }

    @GetMapping("/outreach/themes/{id}")
    String showTheme(@PathVariable long id, Model model) {
        ThemeView theme = themes.get(id);
        model.addAttribute("theme", theme);
        model.addAttribute("orders", themes.orders(id));
        CurrentUser user = CurrentUser.require();
        boolean canOrder = user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN);
        model.addAttribute("canOrder", canOrder);
        if (canOrder) {
            Long own = user.hasAny(Role.STAFF, Role.ADMIN) || user.street() == null
                    ? null
                    : bodies.streetId(user.street()).orElse(null);
            Map<Long, String> options = new LinkedHashMap<>();
            groups.list(new GroupFilter(null, own, null, true), new PageRequest(0, PageRequest.MAX_SIZE, null, false))
                    .items()
                    .forEach(g -> options.put(g.id(), g.name()));
            model.addAttribute("groupOptions", options);
        }
        return "outreach/theme";
    }

    @PostMapping("/outreach/themes/{id}/orders")
    @PreAuthorize(PUBLISH)
    String processOrder(
            @PathVariable long id,
            @RequestParam(required = false) Long groupId,
            @RequestParam(defaultValue = "1") int plannedActivities,
            @RequestParam(required = false) String plan,
            RedirectAttributes redirect) {
        try {
            if (groupId == null) {
                throw new InvalidInputException("groupId", "outreach.error.group");
            }
            themes.order(id, groupId, plannedActivities, plan);
            redirect.addFlashAttribute("flash", "outreach.flash.ordered");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
        }
        return "redirect:/outreach/themes/" + id;
    }

    private static java.util.List<Integer> quarters() {
        return java.util.List.of(1, 2, 3, 4);
    }
}
