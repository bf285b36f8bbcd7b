package cn.renda.outreach.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.OutreachRosters;
import cn.renda.outreach.TrainingDetail;
import cn.renda.outreach.TrainingKind;
import cn.renda.outreach.TrainingView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
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
 * Training and study (代表提能) for scripts and apps: list (newest first, paged), add one (STAFF) with the deputies
 * who attended, read one with its attendance, set the attendance.
 */
@RestController
@RequestMapping("/api/v1/outreach/trainings")
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class TrainingApiController {

    private static final String WRITE = "hasAnyRole('STAFF','ADMIN')";

    private final OutreachActivities activities;
    private final OutreachRosters rosters;

    TrainingApiController(OutreachActivities activities, OutreachRosters rosters) {
        this.activities = activities;
        this.rosters = rosters;
    }

    /** Body: a lecture, study tour or course; {@code deputyIds} the deputies who attended (person ids). */
    record TrainingRequest(
            @NotNull TrainingKind kind,
            @NotBlank @Size(max = 100) String title,
            @NotNull LocalDate heldOn,
            @Size(max = 200) String place,
            @Min(0) @Max(10000) Integer attendees,
            @Size(max = 500) List<@NotNull Long> deputyIds) {}

    /** Body: the deputies who attended. */
    record AttendanceRequest(@NotNull @Size(max = 500) List<@NotNull Long> deputyIds) {}

    @GetMapping
    Page<TrainingView> list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return activities.trainings(Paging.of(page, size, null, null));
    }

    @GetMapping("/{id}")
    TrainingDetail get(@PathVariable long id) {
        return rosters.training(id);
    }

    @PostMapping
    @PreAuthorize(WRITE)
    ResponseEntity<TrainingDetail> add(@Valid @RequestBody TrainingRequest body) {
        return ResponseEntity.status(201)
                .body(rosters.addTraining(
                        body.kind(),
                        body.title(),
                        body.heldOn(),
                        body.place(),
                        body.attendees() == null ? 0 : body.attendees(),
                        body.deputyIds()));
    }

    @PutMapping("/{id}/attendance")
    @PreAuthorize(WRITE)
    TrainingDetail attendance(@PathVariable long id, @Valid @RequestBody AttendanceRequest body) {
        return rosters.setAttendance(id, body.deputyIds());
    }
}
