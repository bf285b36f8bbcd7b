package cn.renda.supervision.web.api;

import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.supervision.PlanPhase;
import cn.renda.supervision.SupervisionForm;
import cn.renda.supervision.SupervisionPlanFacade;
import cn.renda.supervision.SupervisionPlanFacade.NewPlan;
import cn.renda.supervision.SupervisionPlanFacade.NewPlanItem;
import cn.renda.supervision.SupervisionPlanFacade.PlanItemView;
import cn.renda.supervision.SupervisionPlanFacade.PlanSummary;
import cn.renda.supervision.SupervisionPlanFacade.PlanView;
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

/** The annual supervision plan over JSON: plans, items, adoption, publication, item phases. */
@RestController
@RequestMapping("/api/v1/supervision/plans")
class SupervisionPlanApiController {

    static final String READ = "hasAnyRole('STAFF','LEADER','MEMBER','ADMIN')";

    record PlanRequest(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 200) String title) {}

    record PlanItemRequest(
            @NotNull SupervisionForm form,
            @NotBlank @Size(max = 200) String title,
            Long leadCommitteeId,
            Long leaderPersonId,
            @Size(max = 200) List<@NotNull Long> participantIds,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            Long heardItemId) {}

    record AdoptionRequest(@NotNull Long meetingId, LocalDate adoptedOn) {}

    record PhaseRequest(@NotNull PlanPhase phase) {}

    private final SupervisionPlanFacade plans;

    SupervisionPlanApiController(SupervisionPlanFacade plans) {
        this.plans = plans;
    }

    @GetMapping
    @PreAuthorize(READ)
    Page<PlanSummary> list(
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return plans.plans(q, Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    PlanView get(@PathVariable long id) {
        return plans.get(id);
    }

    @GetMapping("/year/{year}")
    @PreAuthorize(READ)
    PlanView ofYear(@PathVariable int year) {
        return plans.ofYear(year).orElseThrow(() -> new NotFoundException("plan", year));
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<PlanView> create(@Valid @RequestBody PlanRequest body) {
        return ResponseEntity.status(201).body(plans.get(plans.create(new NewPlan(body.year(), body.title()))));
    }

    @PostMapping("/{id}/items")
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<PlanView> addItem(@PathVariable long id, @Valid @RequestBody PlanItemRequest body) {
        plans.addItem(
                id,
                new NewPlanItem(
                        body.form(),
                        body.title(),
                        body.leadCommitteeId(),
                        body.leaderPersonId(),
                        body.participantIds(),
                        body.startsOn(),
                        body.endsOn(),
                        body.heardItemId()));
        return ResponseEntity.status(201).body(plans.get(id));
    }

    @PostMapping("/{id}/adoption")
    @PreAuthorize("hasRole('STAFF')")
    PlanView adopt(@PathVariable long id, @Valid @RequestBody AdoptionRequest body) {
        return plans.adopt(id, body.meetingId(), body.adoptedOn());
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasRole('STAFF')")
    PlanView publish(@PathVariable long id) {
        return plans.publish(id);
    }

    @PostMapping("/items/{itemId}/phase")
    @PreAuthorize("hasRole('STAFF')")
    PlanItemView phase(@PathVariable long itemId, @Valid @RequestBody PhaseRequest body) {
        return plans.moveItem(itemId, body.phase());
    }
}
