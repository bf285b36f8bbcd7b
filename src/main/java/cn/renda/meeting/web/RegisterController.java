package cn.renda.meeting.web;

import cn.renda.core.web.Paging;
import cn.renda.meeting.AppointmentAction;
import cn.renda.meeting.AppointmentFilter;
import cn.renda.meeting.RegisterFacade;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Pages of the resolutions and decisions register and the appointments and removals register. */
@Controller
@PreAuthorize("isAuthenticated()")
class RegisterController {

    private final RegisterFacade registers;

    RegisterController(RegisterFacade registers) {
        this.registers = registers;
    }

    @GetMapping("/meetings/resolutions")
    String showResolutions(
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        model.addAttribute("year", year);
        model.addAttribute("page", registers.resolutions(year, Paging.of(page, 20, sort, dir)));
        return "meeting/resolutions";
    }

    @GetMapping("/meetings/resolutions/{id}")
    String showResolution(@PathVariable long id, Model model) {
        model.addAttribute("r", registers.resolution(id));
        return "meeting/resolution";
    }

    @GetMapping("/meetings/appointments")
    String showAppointments(
            @RequestParam(required = false) AppointmentAction action,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir,
            Model model) {
        model.addAttribute("action", action);
        model.addAttribute("year", year);
        model.addAttribute(
                "page",
                registers.appointments(new AppointmentFilter(action, year, null), Paging.of(page, 20, sort, dir)));
        return "meeting/appointments";
    }
}
