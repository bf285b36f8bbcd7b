package cn.renda.outreach.web;

import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.StationFilter;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.TrainingKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Station duty rosters (接待日) with the voters received, and training and study (代表提能). */
@Controller
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class DutyController {

    private static final String WRITE = "hasAnyRole('STREET','STAFF','ADMIN')";

    private final OutreachActivities activities;
    private final StationRegistry stations;
    private final BodyDirectory bodies;
    private final Clock clock;

    DutyController(OutreachActivities activities, StationRegistry stations, BodyDirectory bodies, Clock clock) {
        this.activities = activities;
        this.stations = stations;
        this.bodies = bodies;
        this.clock = clock;
    }

    @GetMapping("/outreach/duty")
    String showDuty(
            @RequestParam(required = false) Long station,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer page,
            Model model) {
        LocalDate start = from == null ? LocalDate.now(clock).minusDays(14) : from;
        model.addAttribute("from", start);
        model.addAttribute(
                "station", station == null ? null : stations.find(station).orElse(null));
        model.addAttribute("page", activities.duties(station, start, Paging.of(page, null, null)));
        CurrentUser user = CurrentUser.require();
        boolean write = user.hasAny(Role.STREET, Role.STAFF, Role.ADMIN);
        model.addAttribute("canWrite", write);
        if (write) {
            Long own = user.hasAny(Role.STAFF, Role.ADMIN) || user.street() == null
                    ? null
                    : bodies.streetId(user.street()).orElse(null);
            List<StationView> options = stations.list(
                            new StationFilter(null, null, null, own, true),
                            new PageRequest(0, PageRequest.MAX_SIZE, null, false))
                    .items();
            model.addAttribute("stationOptions", options);
            model.addAttribute("noChoices", List.of());
        }
        return "outreach/duty";
    }

    @PostMapping("/outreach/duty")
    @PreAuthorize(WRITE)
    String processDuty(
            @RequestParam(required = false) Long stationId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dutyOn,
            @RequestParam(name = "deputyIds", required = false) List<Long> deputyIds,
            RedirectAttributes redirect) {
        try {
            if (stationId == null) {
                throw new InvalidInputException("stationId", "outreach.error.station");
            }
            StationView station = stations.find(stationId)
                    .orElseThrow(() -> new InvalidInputException("stationId", "outreach.error.station"));
            // the deputies picked for the day; none picked: the deputies stationed there (refined on the day's page)
            List<Long> onDuty = deputyIds == null || deputyIds.isEmpty()
                    ? station.deputies().stream().map(d -> d.id()).toList()
                    : deputyIds;
            activities.scheduleDuty(stationId, dutyOn, onDuty);
            redirect.addFlashAttribute("flash", "outreach.flash.dutyScheduled");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
        }
        return "redirect:/outreach/duty";
    }

    @PostMapping("/outreach/duty/{id}/reception")
    @PreAuthorize(WRITE)
    String processReception(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int votersReceived,
            @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            activities.recordReception(id, votersReceived, note);
            redirect.addFlashAttribute("flash", "outreach.flash.reception");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
        }
        return "redirect:/outreach/duty";
    }

    @GetMapping("/outreach/training")
    String showTraining(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", activities.trainings(Paging.of(page, null, null)));
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("canWrite", CurrentUser.require().hasAny(Role.STAFF, Role.ADMIN));
        return "outreach/training";
    }

    @PostMapping("/outreach/training")
    @PreAuthorize("hasAnyRole('STAFF','ADMIN')")
    String processTraining(
            @RequestParam(required = false) TrainingKind kind,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
            @RequestParam(required = false) String place,
            @RequestParam(defaultValue = "0") int attendees,
            RedirectAttributes redirect) {
        try {
            activities.addTraining(kind, title, heldOn, place, attendees);
            redirect.addFlashAttribute("flash", "outreach.flash.training");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.problems().get(0).messageKey());
        }
        return "redirect:/outreach/training";
    }
}
