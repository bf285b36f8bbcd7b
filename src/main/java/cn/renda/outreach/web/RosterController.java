package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.NamePickers;
import cn.renda.outreach.DutyView;
import cn.renda.outreach.OutreachRosters;
import cn.renda.outreach.TrainingDetail;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Who was there: one reception day with its deputies on duty (picked by name) and the voters received; one
 * training with the deputies who attended (picked by name).
 */
@Controller
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class RosterController {

    private final OutreachRosters rosters;
    private final NamePickers pickers;
    private final Clock clock;

    RosterController(OutreachRosters rosters, NamePickers pickers, Clock clock) {
        this.rosters = rosters;
        this.pickers = pickers;
        this.clock = clock;
    }

    /** htmx: deputies matching what was typed in a picker of these pages (name, pinyin, constituency). */
    @GetMapping(
            value = {"/outreach/duty", "/outreach/duty/{id}", "/outreach/training/{id}"},
            params = "pick=deputies")
    @PreAuthorize("hasAnyRole('STREET','STAFF','ADMIN')")
    String showDeputyChoices(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("choices", pickers.deputies(q, 12));
        model.addAttribute("name", "deputyIds");
        model.addAttribute("multiple", true);
        return "fragments/picker :: options";
    }

    @GetMapping("/outreach/duty/{id}")
    String showDutyDay(@PathVariable long id, Model model) {
        DutyView duty = duty(id);
        model.addAttribute("duty", duty);
        CurrentUser user = CurrentUser.require();
        model.addAttribute("canWrite", user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN));
        model.addAttribute("chosen", pickers.deputiesById(dutyIds(duty)));
        model.addAttribute("held", !duty.dutyOn().isAfter(LocalDate.now(clock)));
        return "outreach/duty-day";
    }

    @PostMapping("/outreach/duty/{id}/roster")
    @PreAuthorize("hasAnyRole('STREET','STAFF','ADMIN')")
    String processRoster(
            @PathVariable long id,
            @RequestParam(name = "deputyIds", required = false) List<Long> deputyIds,
            RedirectAttributes redirect) {
        return saveDeputies(
                () -> rosters.setOnDuty(id, deputyIds == null ? List.of() : deputyIds),
                "outreach.flash.roster",
                "redirect:/outreach/duty/" + id,
                redirect);
    }

    @GetMapping("/outreach/training/{id}")
    String showTraining(@PathVariable long id, Model model) {
        TrainingDetail t = rosters.training(id);
        model.addAttribute("t", t);
        model.addAttribute("canWrite", CurrentUser.require().hasAny(Role.STAFF, Role.ADMIN));
        model.addAttribute(
                "chosen",
                pickers.deputiesById(t.deputies().stream()
                        .map(TrainingDetail.Attendee::personId)
                        .toList()));
        return "outreach/training-day";
    }

    @PostMapping("/outreach/training/{id}/attendance")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String processAttendance(
            @PathVariable long id,
            @RequestParam(name = "deputyIds", required = false) List<Long> deputyIds,
            RedirectAttributes redirect) {
        return saveDeputies(
                () -> rosters.setAttendance(id, deputyIds == null ? List.of() : deputyIds),
                "outreach.flash.attendance",
                "redirect:/outreach/training/" + id,
                redirect);
    }

    private DutyView duty(long id) {
        return rosters.duty(id);
    }

    private static List<Long> dutyIds(DutyView duty) {
        return duty.deputyIds();
    }

    /** Saves a list of deputies picked by name; a refusal comes back as the page's flash error with its arguments. */
    private static String saveDeputies(Runnable save, String flash, String back, RedirectAttributes redirect) {
        try {
            save.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
            redirect.addFlashAttribute("flashErrorArgs", e.problems().get(0).arguments());
        }
        return back;
    }
}
