package cn.renda.meeting.web.api;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.meeting.AgendaItemCommand;
import cn.renda.meeting.AgendaItemView;
import cn.renda.meeting.AppointmentCommand;
import cn.renda.meeting.AppointmentView;
import cn.renda.meeting.AttendanceStatus;
import cn.renda.meeting.ItemFollowUp;
import cn.renda.meeting.MeetingCommand;
import cn.renda.meeting.MeetingDetail;
import cn.renda.meeting.MeetingFacade;
import cn.renda.meeting.MeetingFilter;
import cn.renda.meeting.MeetingKind;
import cn.renda.meeting.MeetingStatus;
import cn.renda.meeting.MeetingView;
import cn.renda.meeting.ObserverCommand;
import cn.renda.meeting.OpinionCommand;
import cn.renda.meeting.OpinionLink;
import cn.renda.meeting.RegisterFacade;
import cn.renda.meeting.ResolutionCommand;
import cn.renda.meeting.ResolutionView;
import cn.renda.meeting.VoteChoice;
import cn.renda.meeting.VoteCommand;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Meetings: list, detail, create, edit, status, agenda, timeline, attendance, observers, votes, outputs. */
@RestController
@RequestMapping("/api/v1/meetings")
@PreAuthorize("isAuthenticated()")
class MeetingApi {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    /** Request: move a meeting to a status. */
    record StatusRequest(@NotNull MeetingStatus status) {}

    /** Request: attendance of SC members, person id → status. */
    record AttendanceRequest(@NotEmpty Map<Long, AttendanceStatus> attendance) {}

    /** Request: the recorded dates of the 第十五条 timeline. */
    record TimelineRequest(LocalDate reportToCommittee, LocalDate revisedToSc, LocalDate sentToMembers) {}

    private final MeetingFacade meetings;
    private final RegisterFacade registers;

    MeetingApi(MeetingFacade meetings, RegisterFacade registers) {
        this.meetings = meetings;
        this.registers = registers;
    }

    @GetMapping
    Page<MeetingView> list(
            @RequestParam(required = false) MeetingKind kind,
            @RequestParam(required = false) MeetingStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return meetings.list(new MeetingFilter(kind, status, year), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    MeetingDetail get(@PathVariable long id) {
        return meetings.detail(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<MeetingView> create(@Valid @RequestBody MeetingCommand command) {
        MeetingView created = meetings.create(command);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + created.id()))
                .body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(WRITE)
    MeetingView update(@PathVariable long id, @Valid @RequestBody MeetingCommand command) {
        return meetings.update(id, command);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(WRITE)
    MeetingView status(@PathVariable long id, @Valid @RequestBody StatusRequest request) {
        return meetings.transition(id, request.status());
    }

    @PostMapping("/{id}/items")
    @PreAuthorize(WRITE)
    ResponseEntity<AgendaItemView> addItem(@PathVariable long id, @Valid @RequestBody AgendaItemCommand command) {
        long itemId = meetings.addItem(id, command);
        return ResponseEntity.created(URI.create("/api/v1/meetings/" + id + "/items/" + itemId))
                .body(meetings.item(itemId));
    }

    @GetMapping("/{id}/items/{itemId}")
    AgendaItemView item(@PathVariable long id, @PathVariable long itemId) {
        return itemOf(id, itemId);
    }

    @PutMapping("/{id}/items/{itemId}/timeline")
    @PreAuthorize(WRITE)
    AgendaItemView timeline(@PathVariable long id, @PathVariable long itemId, @RequestBody TimelineRequest request) {
        itemOf(id, itemId);
        return meetings.recordTimeline(
                itemId, request.reportToCommittee(), request.revisedToSc(), request.sentToMembers());
    }

    @PutMapping("/{id}/attendance")
    @PreAuthorize(WRITE)
    MeetingDetail attendance(@PathVariable long id, @Valid @RequestBody AttendanceRequest request) {
        return meetings.recordAttendance(id, request.attendance());
    }

    @PostMapping("/{id}/observers")
    @PreAuthorize(WRITE)
    MeetingDetail observer(@PathVariable long id, @Valid @RequestBody ObserverCommand command) {
        meetings.addObserver(id, command);
        return meetings.detail(id);
    }

    @PostMapping("/{id}/items/{itemId}/votes")
    @PreAuthorize(WRITE)
    AgendaItemView vote(@PathVariable long id, @PathVariable long itemId, @Valid @RequestBody VoteCommand command) {
        itemOf(id, itemId);
        return meetings.vote(itemId, command);
    }

    @GetMapping("/{id}/items/{itemId}/votes")
    Map<Long, VoteChoice> votes(@PathVariable long id, @PathVariable long itemId) {
        itemOf(id, itemId);
        return meetings.votes(itemId);
    }

    @GetMapping("/{id}/items/{itemId}/follow-up")
    ItemFollowUp followUp(@PathVariable long id, @PathVariable long itemId) {
        itemOf(id, itemId);
        return meetings.followUp(itemId);
    }

    @PostMapping("/{id}/items/{itemId}/opinions")
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<OpinionLink> opinion(
            @PathVariable long id, @PathVariable long itemId, @Valid @RequestBody OpinionCommand command) {
        itemOf(id, itemId);
        return ResponseEntity.status(201).body(meetings.generateOpinion(itemId, command));
    }

    @PostMapping("/{id}/items/{itemId}/resolution")
    @PreAuthorize(WRITE)
    ResponseEntity<ResolutionView> resolution(
            @PathVariable long id, @PathVariable long itemId, @Valid @RequestBody ResolutionCommand command) {
        itemOf(id, itemId);
        ResolutionView r = registers.adopt(itemId, command);
        return ResponseEntity.created(URI.create("/api/v1/resolutions/" + r.id()))
                .body(r);
    }

    @PostMapping("/{id}/items/{itemId}/appointments")
    @PreAuthorize(WRITE)
    ResponseEntity<AppointmentView> appointment(
            @PathVariable long id, @PathVariable long itemId, @Valid @RequestBody AppointmentCommand command) {
        itemOf(id, itemId);
        AppointmentView a = registers.record(itemId, command);
        return ResponseEntity.created(URI.create("/api/v1/appointments/" + a.id()))
                .body(a);
    }

    private AgendaItemView itemOf(long meetingId, long itemId) {
        AgendaItemView item = meetings.item(itemId);
        if (item.meetingId() != meetingId) {
            throw new NotFoundException("agendaItem", itemId);
        }
        return item;
    }
}
