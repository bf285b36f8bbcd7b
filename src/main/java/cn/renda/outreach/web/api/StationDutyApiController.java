package cn.renda.outreach.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.outreach.DutyView;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.OutreachRosters;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
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

/**
 * Station duty (接待日) for scripts and apps: reception days from a date on (a station's or all; paged), schedule
 * one with the deputies on duty (person ids), read one, change who is on duty, record the voters received.
 */
@RestController
@RequestMapping("/api/v1/outreach/duty")
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class StationDutyApiController {

    private static final String WRITE = "hasAnyRole('STREET','STAFF','ADMIN')";

    private final OutreachActivities activities;
    private final OutreachRosters rosters;

    StationDutyApiController(OutreachActivities activities, OutreachRosters rosters) {
        this.activities = activities;
        this.rosters = rosters;
    }

    /** Body: a reception day at a station with the deputies on duty. */
    record DutyRequest(
            @NotNull Long stationId,
            @NotNull LocalDate dutyOn,
            @NotNull @Size(max = 500) List<@NotNull Long> deputyIds) {}

    /** Body: who is on duty. */
    record DeputiesRequest(@NotNull @Size(max = 500) List<@NotNull Long> deputyIds) {}

    /** Body: the voters received on the day. */
    record ReceptionRequest(@NotNull @Min(0) @Max(10000) Integer votersReceived, @Size(max = 1000) String note) {}

    @GetMapping
    Page<DutyView> list(
            @RequestParam(required = false) Long station,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return activities.duties(station, from, Paging.of(page, size, null, null));
    }

    @GetMapping("/{id}")
    DutyView get(@PathVariable long id) {
        return rosters.duty(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<DutyView> schedule(@Valid @RequestBody DutyRequest body) {
        return ResponseEntity.status(201)
                .body(activities.scheduleDuty(body.stationId(), body.dutyOn(), body.deputyIds()));
    }

    @PutMapping("/{id}/deputies")
    @PreAuthorize(WRITE)
    DutyView deputies(@PathVariable long id, @Valid @RequestBody DeputiesRequest body) {
        return rosters.setOnDuty(id, body.deputyIds());
    }

    @PostMapping("/{id}/reception")
    @PreAuthorize(WRITE)
    DutyView reception(@PathVariable long id, @Valid @RequestBody ReceptionRequest body) {
        return activities.recordReception(id, body.votersReceived(), body.note());
    }
}
