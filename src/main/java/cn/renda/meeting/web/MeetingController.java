package cn.renda.meeting.web;

import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.web.FormErrors;
import cn.renda.core.web.Paging;
import cn.renda.meeting.AgendaItemCommand;
import cn.renda.meeting.AgendaItemType;
import cn.renda.meeting.AgendaItemView;
import cn.renda.meeting.AppointmentAction;
import cn.renda.meeting.AppointmentCommand;
import cn.renda.meeting.AttendanceStatus;
import cn.renda.meeting.DocumentFacade;
import cn.renda.meeting.MeetingCommand;
import cn.renda.meeting.MeetingDetail;
import cn.renda.meeting.MeetingFacade;
import cn.renda.meeting.MeetingFilter;
import cn.renda.meeting.MeetingKind;
import cn.renda.meeting.MeetingStatus;
import cn.renda.meeting.MeetingView;
import cn.renda.meeting.ObserverCommand;
import cn.renda.meeting.ObserverKind;
import cn.renda.meeting.OpinionCommand;
import cn.renda.meeting.RegisterFacade;
import cn.renda.meeting.ResearchKind;
import cn.renda.meeting.ResolutionCommand;
import cn.renda.meeting.VoteChoice;
import cn.renda.meeting.VoteCommand;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.NamePickers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of meetings: list, create, edit, the meeting page (agenda, attendance, quorum, votes), items, minutes. */
@Controller
@RequestMapping("/meetings")
@PreAuthorize("isAuthenticated()")
class MeetingController {

    static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final MeetingFacade meetings;
    private final RegisterFacade registers;
    private final DocumentFacade documents;
    private final NamePickers pickers;
    private final BodyDirectory bodies;

    MeetingController(
            MeetingFacade meetings,
            RegisterFacade registers,
            DocumentFacade documents,
            NamePickers pickers,
            BodyDirectory bodies) {
        this.meetings = meetings;
        this.registers = registers;
        this.documents = documents;
        this.pickers = pickers;
        this.bodies = bodies;
    }

    /** Query of the list page. */
    record Query(MeetingKind kind, MeetingStatus status, Integer year, Integer page, String sort, String dir) {}

    /** Form: a meeting (times local to Asia/Shanghai). */
    static final class MeetingForm {
        @NotNull
        private MeetingKind kind;

        @Positive
        private Integer number;

        @Size(max = 200)
        private String title;

        @NotNull
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime startsAt;

        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime endsAt;

        @Size(max = 200)
        private String place;

        @Size(max = 100)
        private String convener;

        static MeetingForm of(MeetingView m) {
            MeetingForm f = new MeetingForm();
            f.kind = m.kind();
            f.number = m.number();
            f.title = m.title();
            f.startsAt = m.startsAt();
            f.endsAt = m.endsAt();
            f.place = m.place();
            f.convener = m.convener();
            return f;
        }

        MeetingCommand command() {
            return new MeetingCommand(kind, number, title, startsAt, endsAt, place, convener);
        }

        public MeetingKind getKind() {
            return kind;
        }

        public void setKind(MeetingKind v) {
            kind = v;
        }

        public Integer getNumber() {
            return number;
        }

        public void setNumber(Integer v) {
            number = v;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String v) {
            title = v;
        }

        public LocalDateTime getStartsAt() {
            return startsAt;
        }

        public void setStartsAt(LocalDateTime v) {
            startsAt = v;
        }

        public LocalDateTime getEndsAt() {
            return endsAt;
        }

        public void setEndsAt(LocalDateTime v) {
            endsAt = v;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String v) {
            place = v;
        }

        public String getConvener() {
            return convener;
        }

        public void setConvener(String v) {
            convener = v;
        }
    }

    /** Form: an agenda item. */
    static final class ItemForm {
        @NotNull
        private AgendaItemType type;

        @NotBlank
        @Size(max = 200)
        private String title;

        private Long reportingUnitId;
        private Long committeeId;

        public AgendaItemType getType() {
            return type;
        }

        public void setType(AgendaItemType v) {
            type = v;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String v) {
            title = v;
        }

        public Long getReportingUnitId() {
            return reportingUnitId;
        }

        public void setReportingUnitId(Long v) {
            reportingUnitId = v;
        }

        public Long getCommitteeId() {
            return committeeId;
        }

        public void setCommitteeId(Long v) {
            committeeId = v;
        }
    }

    // --- list, create, edit

    @GetMapping
    String showList(@ModelAttribute("query") Query query, Model model) {
        model.addAttribute(
                "page",
                meetings.list(
                        new MeetingFilter(query.kind(), query.status(), query.year()),
                        Paging.of(query.page(), 20, query.sort(), query.dir())));
        return "meeting/list";
    }

    @GetMapping("/new")
    @PreAuthorize(WRITE)
    String showCreate(Model model) {
        MeetingForm form = new MeetingForm();
        form.kind = MeetingKind.SC_MEETING;
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/new")
    @PreAuthorize(WRITE)
    String processCreate(
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, null);
        }
        try {
            long id = meetings.create(form.command()).id();
            redirect.addFlashAttribute("flash", "meeting.flash.created");
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String showEdit(@PathVariable long id, Model model) {
        model.addAttribute("form", MeetingForm.of(meetings.get(id)));
        return form(model, id);
    }

    @PostMapping("/{id}/edit")
    @PreAuthorize(WRITE)
    String processEdit(
            @PathVariable long id,
            @Valid @ModelAttribute("form") MeetingForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return form(model, id);
        }
        try {
            meetings.update(id, form.command());
            redirect.addFlashAttribute("flash", "meeting.flash.saved");
            return "redirect:/meetings/" + id;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return form(model, id);
        }
    }

    private String form(Model model, Long id) {
        model.addAttribute("id", id);
        return "meeting/form";
    }

    // --- the meeting page

    @GetMapping("/{id}")
    String showMeeting(@PathVariable long id, Model model) {
        model.addAttribute("m", meetings.detail(id));
        model.addAttribute("resolutions", registers.resolutionsOfMeeting(id));
        model.addAttribute("documents", documents.documents(id));
        return "meeting/view";
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(WRITE)
    String processStatus(@PathVariable long id, @RequestParam MeetingStatus status, RedirectAttributes redirect) {
        return act(redirect, "/meetings/" + id, "meeting.flash.status", () -> meetings.transition(id, status));
    }

    @PostMapping("/{id}/attendance")
    @PreAuthorize(WRITE)
    String processAttendance(
            @PathVariable long id, @RequestParam Map<String, String> params, RedirectAttributes redirect) {
        Map<Long, AttendanceStatus> attendance = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("a_") && v != null && !v.isBlank()) {
                attendance.put(Long.parseLong(k.substring(2)), AttendanceStatus.valueOf(v));
            }
        });
        return act(
                redirect,
                "/meetings/" + id + "#attendance",
                "meeting.flash.attendance",
                () -> meetings.recordAttendance(id, attendance));
    }

    @PostMapping("/{id}/observers")
    @PreAuthorize(WRITE)
    String processObserver(
            @PathVariable long id,
            @RequestParam ObserverKind kind,
            @RequestParam String name,
            @RequestParam(required = false) String organization,
            RedirectAttributes redirect) {
        return act(
                redirect,
                "/meetings/" + id + "#attendance",
                "meeting.flash.saved",
                () -> meetings.addObserver(id, new ObserverCommand(kind, name, organization)));
    }

    /** Records a vote; an htmx request gets the item's card back with the result at once. */
    @PostMapping("/{id}/items/{itemId}/votes")
    @PreAuthorize(WRITE)
    String processVote(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam Map<String, String> params,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        Map<Long, VoteChoice> byMember = new HashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith("v_") && v != null && !v.isBlank()) {
                byMember.put(Long.parseLong(k.substring(2)), VoteChoice.valueOf(v));
            }
        });
        VoteCommand command = byMember.isEmpty()
                ? new VoteCommand(
                        Map.of(),
                        number(params.get("votesFor")),
                        number(params.get("votesAgainst")),
                        number(params.get("votesAbstain")),
                        number(params.get("votesNotVoting")))
                : new VoteCommand(byMember, null, null, null, null);
        if (request.getHeader("HX-Request") != null) {
            try {
                meetings.vote(itemId, command);
            } catch (DomainException e) {
                model.addAttribute("voteError", e.messageKey());
            }
            model.addAttribute("m", meetings.detail(id));
            model.addAttribute("i", meetings.item(itemId));
            return "meeting/view :: item";
        }
        return act(redirect, "/meetings/" + id, "meeting.flash.voted", () -> meetings.vote(itemId, command));
    }

    @GetMapping("/{id}/minutes")
    String showMinutes(@PathVariable long id, Model model) {
        model.addAttribute("m", meetings.detail(id));
        model.addAttribute("resolutions", registers.resolutionsOfMeeting(id));
        model.addAttribute(
                "appointments",
                registers
                        .appointments(
                                new cn.renda.meeting.AppointmentFilter(null, null, id),
                                new cn.renda.core.PageRequest(0, cn.renda.core.PageRequest.MAX_SIZE, null, false))
                        .items());
        return "meeting/minutes";
    }

    // --- agenda items

    @GetMapping("/{id}/items/new")
    @PreAuthorize(WRITE)
    String showNewItem(@PathVariable long id, Model model) {
        model.addAttribute("form", new ItemForm());
        return itemForm(model, id);
    }

    @PostMapping("/{id}/items/new")
    @PreAuthorize(WRITE)
    String processNewItem(
            @PathVariable long id,
            @Valid @ModelAttribute("form") ItemForm form,
            BindingResult errors,
            Model model,
            RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            return itemForm(model, id);
        }
        try {
            long itemId = meetings.addItem(
                    id, new AgendaItemCommand(form.type, form.title, form.reportingUnitId, form.committeeId));
            redirect.addFlashAttribute("flash", "meeting.flash.itemAdded");
            return "redirect:/meetings/" + id + "/items/" + itemId;
        } catch (InvalidInputException e) {
            FormErrors.apply(e, errors);
            return itemForm(model, id);
        }
    }

    private String itemForm(Model model, long id) {
        model.addAttribute("meeting", meetings.get(id));
        // the reporting unit is picked by name (MeetingUnitPickers); one already chosen stays chosen
        Long chosen = model.getAttribute("form") instanceof ItemForm f ? f.reportingUnitId : null;
        model.addAttribute("reportingUnitChoices", chosen == null ? List.of() : pickers.unitsById(List.of(chosen)));
        model.addAttribute("committees", bodies.committeeNames());
        return "meeting/item-form";
    }

    @GetMapping("/{id}/items/{itemId}")
    String showItem(@PathVariable long id, @PathVariable long itemId, Model model) {
        AgendaItemView item = itemOf(id, itemId);
        MeetingDetail detail = meetings.detail(id);
        model.addAttribute("meeting", detail.meeting());
        model.addAttribute("quorum", detail.quorum());
        model.addAttribute(
                "present",
                detail.attendance().stream()
                        .filter(a -> a.status() == AttendanceStatus.PRESENT)
                        .toList());
        model.addAttribute("i", item);
        model.addAttribute("f", meetings.followUp(itemId));
        model.addAttribute("actions", Arrays.asList(AppointmentAction.values()));
        model.addAttribute(
                "appointments",
                registers
                        .appointments(
                                new cn.renda.meeting.AppointmentFilter(null, null, id),
                                new cn.renda.core.PageRequest(0, cn.renda.core.PageRequest.MAX_SIZE, null, false))
                        .items());
        model.addAttribute(
                "resolution",
                registers.resolutionsOfMeeting(id).stream()
                        .filter(r -> r.itemId() != null && r.itemId() == itemId)
                        .findFirst()
                        .orElse(null));
        return "meeting/item";
    }

    @PostMapping("/{id}/items/{itemId}/timeline")
    @PreAuthorize(WRITE)
    String processTimeline(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportToCommittee,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revisedToSc,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate sentToMembers,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        return act(
                redirect,
                itemPath(id, itemId),
                "meeting.flash.saved",
                () -> meetings.recordTimeline(itemId, reportToCommittee, revisedToSc, sentToMembers));
    }

    @PostMapping("/{id}/items/{itemId}/research")
    @PreAuthorize(WRITE)
    String processResearch(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam ResearchKind kind,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate notedOn,
            @RequestParam String content,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        return act(
                redirect,
                itemPath(id, itemId),
                "meeting.flash.saved",
                () -> meetings.addResearch(itemId, kind, notedOn, content));
    }

    @PostMapping("/{id}/items/{itemId}/remarks")
    @PreAuthorize(WRITE)
    String processRemark(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam String discussionGroup,
            @RequestParam String speaker,
            @RequestParam String content,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        return act(
                redirect,
                itemPath(id, itemId),
                "meeting.flash.saved",
                () -> meetings.addRemark(itemId, discussionGroup, null, speaker, content));
    }

    @PostMapping("/{id}/items/{itemId}/opinions")
    @PreAuthorize("hasRole('STAFF')")
    String processOpinion(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam String title,
            @RequestParam(required = false) String content,
            @RequestParam String issues,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        List<String> list =
                issues.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (list.isEmpty() || title.isBlank()) {
            redirect.addFlashAttribute("flashError", "meeting.error.opinionInput");
            return "redirect:" + itemPath(id, itemId);
        }
        return act(
                redirect,
                itemPath(id, itemId),
                "meeting.flash.opinion",
                () -> meetings.generateOpinion(itemId, new OpinionCommand(title.strip(), content, list)));
    }

    @PostMapping("/{id}/items/{itemId}/resolution")
    @PreAuthorize(WRITE)
    String processResolution(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam(required = false) String number,
            @RequestParam String title,
            @RequestParam(required = false) String text,
            @RequestParam(required = false) String followUp,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        if (title.isBlank()) {
            redirect.addFlashAttribute("flashError", "meeting.error.title");
            return "redirect:" + itemPath(id, itemId);
        }
        return act(
                redirect,
                itemPath(id, itemId),
                "meeting.flash.resolution",
                () -> registers.adopt(itemId, new ResolutionCommand(number, title, text, followUp)));
    }

    @PostMapping("/{id}/items/{itemId}/appointments")
    @PreAuthorize(WRITE)
    String processAppointment(
            @PathVariable long id,
            @PathVariable long itemId,
            @RequestParam String personName,
            @RequestParam String position,
            @RequestParam(required = false) Long unitId,
            @RequestParam AppointmentAction action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
            RedirectAttributes redirect) {
        itemOf(id, itemId);
        if (position.isBlank()) {
            redirect.addFlashAttribute("flashError", "meeting.error.position");
            return "redirect:" + itemPath(id, itemId);
        }
        return act(
                redirect,
                itemPath(id, itemId),
                "meeting.flash.appointment",
                () -> registers.record(
                        itemId, new AppointmentCommand(null, personName, position, unitId, action, effectiveOn)));
    }

    // --- helpers

    private AgendaItemView itemOf(long meetingId, long itemId) {
        AgendaItemView item = meetings.item(itemId);
        if (item.meetingId() != meetingId) {
            throw new cn.renda.core.NotFoundException("agendaItem", itemId);
        }
        return item;
    }

    private static String itemPath(long id, long itemId) {
        return "/meetings/" + id + "/items/" + itemId;
    }

    /** Runs an action; a rule it breaks becomes the page's error message. */
    private static String act(RedirectAttributes redirect, String path, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (DomainException e) {
            redirect.addFlashAttribute(
                    "flashError",
                    e instanceof InvalidInputException invalid
                                    && !invalid.problems().isEmpty()
                            ? invalid.problems().get(0).messageKey()
                            : e.messageKey());
        }
        return "redirect:" + path;
    }

    private static Integer number(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
