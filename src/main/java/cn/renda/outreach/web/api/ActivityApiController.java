package cn.renda.outreach.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.outreach.ActivityFilter;
import cn.renda.outreach.ActivityPhotos;
import cn.renda.outreach.ActivityView;
import cn.renda.outreach.NewActivity;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.PhotoView;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activities for scripts and apps: list (by street — co-organized ones count for each —, theme, year; paged,
 * sortable by heldOn or title), record one (a deputy records for themselves; street staff and the office name the
 * street, co-organizing streets, group, station and deputies), read one with its photos.
 */
@RestController
@RequestMapping("/api/v1/outreach/activities")
@PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN','LEADER','MEMBER')")
class ActivityApiController {

    private final OutreachActivities activities;
    private final ActivityPhotos photos;

    ActivityApiController(OutreachActivities activities, ActivityPhotos photos) {
        this.activities = activities;
        this.photos = photos;
    }

    /** Body: an activity as held. */
    record ActivityRequest(
            @NotBlank @Size(max = 100) String title,
            @NotNull LocalDate heldOn,
            @Size(max = 200) String place,
            Long themeId,
            Long streetId,
            List<@NotNull Long> coStreetIds,
            Long groupId,
            Long stationId,
            List<@NotNull Long> deputyIds,
            @Min(0) @Max(100000) Integer votersMet,
            @Size(max = 4000) String summary) {}

    /** An activity with its photos (metadata; the bytes at {@code /outreach/photos/{id}}). */
    record ActivityResponse(ActivityView activity, List<PhotoView> photos) {}

    private static int votersMet(ActivityRequest body) {
        return body.votersMet() == null ? 0 : body.votersMet();
    }

    @GetMapping
    Page<ActivityView> list(
            @RequestParam(required = false) Long street,
            @RequestParam(required = false) Long theme,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return activities.list(new ActivityFilter(street, theme, year), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    ActivityResponse get(@PathVariable long id) {
        return new ActivityResponse(activities.get(id), photos.photos(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('DEPUTY','STREET','STAFF','ADMIN')")
    ResponseEntity<ActivityResponse> record(@Valid @RequestBody ActivityRequest body) {
        boolean deputy = CurrentUser.require().hasAny(Role.DEPUTY) && body.streetId() == null;
        NewActivity activity = deputy
                ? NewActivity.byDeputy(
                        body.title(), body.heldOn(), body.place(), body.themeId(), votersMet(body), body.summary())
                : new NewActivity(
                        body.title(),
                        body.heldOn(),
                        body.place(),
                        body.themeId(),
                        body.streetId(),
                        body.coStreetIds(),
                        body.groupId(),
                        body.stationId(),
                        body.deputyIds(),
                        votersMet(body),
                        body.summary());
        ActivityView v = activities.record(activity);
        return ResponseEntity.status(201).body(new ActivityResponse(v, List.of()));
    }
}
