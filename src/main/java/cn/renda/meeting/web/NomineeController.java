package cn.renda.meeting.web;

import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.meeting.AgendaItemView;
import cn.renda.meeting.AppointmentAction;
import cn.renda.meeting.AppointmentVoting;
import cn.renda.meeting.AttendanceStatus;
import cn.renda.meeting.MeetingFacade;
import cn.renda.meeting.NomineeCommand;
import cn.renda.meeting.VoteChoice;
import cn.renda.meeting.VoteCommand;
import cn.renda.organization.PickChoice;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.format.annotation.DateTimeFormat;
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

/** The nominees of an appointment item, voted person by person (逐人表决), and their oath (宪法宣誓). */
@Controller
@RequestMapping("/meetings/{id}/items/{itemId}/nominees")
@PreAuthorize("isAuthenticated()")
class NomineeController {

    private final MeetingFacade meetings;
    private final AppointmentVoting voting;
    private final UnitDirectory units;

    NomineeController(MeetingFacade meetings, AppointmentVoting voting, UnitDirectory units) {
        this.meetings = meetings;
        this.voting = voting;
        this.units = units;
    }

    /** Form: a nominee, the unit picked by name. */
    static final class NomineeForm {
        @NotBlank
        @Size(max = 60)
        private String personName;

        @NotBlank
        @Size(max = 100)
        private String office;

        /** The nominee's unit, picked by name (its id). */
        private Long unitId;

        @NotNull
        private AppointmentAction action = AppointmentAction.APPOINT;

        public String getPersonName() {
            return personName;
        }

        public void setPersonName(String v) {
            personName = v;
        }

        public String getOffice() {
            return office;
        }

        public void setOffice(String v) {
            office = v;
        }

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long v) {
            unitId = v;
        }

        public AppointmentAction getAction() {
            return action;
        }

        public void setAction(AppointmentAction v) {
            action = v;
        }
    }

    @GetMapping
    String showNominees(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        return page(id, itemId, new NomineeForm(), model, htmx != null);
    }

    @PostMapping
    @PreAuthorize(MeetingController.WRITE)
    String processNominee(
            @PathVariable long id,
            @PathVariable long itemId,
            @Valid @ModelAttribute("form") NomineeForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        // the unit is picked (its id); the command names it, as the API does
        String unitName = null;
        if (form.getUnitId() != null) {
            unitName = units.find(form.getUnitId()).map(UnitView::name).orElse(null);
            if (unitName == null) {
                errors.rejectValue("unitId", "meeting.nominee.error.unit");
            }
        }
        if (!errors.hasErrors()) {
            try {
                item(id, itemId);
                voting.addNominee(
                        itemId,
                        new NomineeCommand(null, form.getPersonName(), form.getOffice(), unitName, form.getAction()));
                redirect.addFlashAttribute("flash", "meeting.nominee.flash.added");
                return "redirect:" + path(id, itemId);
            } catch (InvalidInputException e) {
                for (var p : e.problems()) {
                    String field = "unitName".equals(p.field()) ? "unitId" : p.field();
                    errors.rejectValue(field, p.messageKey(), p.arguments(), p.messageKey());
                }
            } catch (DomainException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        return page(id, itemId, form, model, false);
    }

    /**
     * The vote on one nominee: member by member ({@code v_<personId>} = choice for each present member, the tallies
     * derived) or, when no ballot is given, as tallies.
     */
    @PostMapping("/{nomineeId}/vote")
    @PreAuthorize(MeetingController.WRITE)
    String processVote(
            @PathVariable long id,
            @PathVariable long itemId,
            @PathVariable long nomineeId,
            @RequestParam Map<String, String> params,
            RedirectAttributes redirect) {
        return act(redirect, id, itemId, () -> {
            item(id, itemId);
            Map<Long, VoteChoice> ballots = new HashMap<>();
            params.forEach((k, v) -> {
                if (k.startsWith("v_") && v != null && !v.isBlank()) {
                    try {
                        ballots.put(Long.parseLong(k.substring(2)), VoteChoice.valueOf(v));
                    } catch (IllegalArgumentException e) { // a forged field: no such member or choice
                        throw new InvalidInputException("members", "meeting.error.voter", k);
                    }
                }
            });
            VoteCommand command = ballots.isEmpty()
                    ? VoteCommand.tallies(
                            number(params.get("votesFor")),
                            number(params.get("votesAgainst")),
                            number(params.get("votesAbstain")),
                            number(params.get("votesNotVoting")))
                    : new VoteCommand(ballots, null, null, null, null);
            boolean passed =
                    Boolean.TRUE.equals(voting.vote(itemId, nomineeId, command).passed());
            return passed ? "meeting.nominee.flash.passed" : "meeting.nominee.flash.failed";
        });
    }

    /** A tally field: blank is 0, anything not a number is refused as a bad tally. */
    private static int number(String v) {
        if (v == null || v.isBlank()) {
            return 0;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("votesFor", "meeting.error.tally", 0);
        }
    }

    @PostMapping("/{nomineeId}/oath")
    @PreAuthorize(MeetingController.WRITE)
    String processOath(
            @PathVariable long id,
            @PathVariable long itemId,
            @PathVariable long nomineeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate oathOn,
            @RequestParam(required = false) String oathNote,
            RedirectAttributes redirect) {
        return act(redirect, id, itemId, () -> {
            item(id, itemId);
            voting.recordOath(itemId, nomineeId, oathOn, oathNote);
            return "meeting.nominee.flash.oath";
        });
    }

    private String page(long id, long itemId, NomineeForm form, Model model, boolean fragment) {
        AgendaItemView item = item(id, itemId);
        model.addAttribute("meeting", meetings.get(id));
        model.addAttribute("i", item);
        model.addAttribute("nominees", voting.nominees(itemId));
        // the members present, who vote on each nominee in turn
        model.addAttribute(
                "present",
                meetings.detail(id).attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.PRESENT)
                        .toList());
        model.addAttribute("form", form);
        model.addAttribute("actions", AppointmentAction.values());
        model.addAttribute(
                "unitChoices",
                form.getUnitId() == null
                        ? List.of()
                        : units.find(form.getUnitId())
                                .map(u -> List.of(new PickChoice(u.id(), u.name(), null)))
                                .orElse(List.of()));
        return fragment ? "meeting/nominees :: nominees" : "meeting/nominees";
    }

    private AgendaItemView item(long id, long itemId) {
        AgendaItemView item = meetings.item(itemId);
        if (item.meetingId() != id) {
            throw new cn.renda.core.NotFoundException("agendaItem", itemId);
        }
        return item;
    }

    private static String path(long id, long itemId) {
        return "/meetings/" + id + "/items/" + itemId + "/nominees";
    }

    private static String act(RedirectAttributes redirect, long id, long itemId, Supplier<String> step) {
        try {
            redirect.addFlashAttribute("flash", step.get());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e.problems().isEmpty()
                            ? e.messageKey()
                            : e.problems().get(0).messageKey());
        } catch (DomainException e) {
            redirect.addFlashAttribute("flashError", e.messageKey());
        }
        return "redirect:" + path(id, itemId);
    }
}
