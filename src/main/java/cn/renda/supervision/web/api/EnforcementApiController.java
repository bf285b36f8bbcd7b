package cn.renda.supervision.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.supervision.EnforcementFacade;
import cn.renda.supervision.EnforcementFacade.EnforcementReport;
import cn.renda.supervision.EnforcementFacade.EnforcementSummary;
import cn.renda.supervision.EnforcementFacade.EnforcementView;
import cn.renda.supervision.EnforcementFacade.NewEnforcement;
import cn.renda.supervision.EnforcementFacade.NewQuestionnaire;
import cn.renda.supervision.EnforcementMode;
import cn.renda.supervision.InspectionFacade.FindingView;
import cn.renda.supervision.InspectionFacade.NewVisit;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Law-enforcement inspections over JSON. */
@RestController
@RequestMapping("/api/v1/supervision/law-enforcement-inspections")
class EnforcementApiController {

    private static final String READ = SupervisionPlanApiController.READ;
    private static final String STAFF = "hasRole('STAFF')";

    record EnforcementRequest(
            @NotBlank @Size(max = 200) String law,
            @NotNull EnforcementMode mode,
            @Size(max = 200) String cityReference,
            @Size(max = 4000) String scope,
            Long leaderPersonId,
            @Size(max = 100) List<@NotNull Long> teamIds,
            @NotNull LocalDate startsOn,
            Long planItemId,
            Long followUpOf) {}

    record QuestionnaireRequest(
            @NotBlank @Size(max = 200) String title,
            @NotNull @Min(0) @Max(1000000) Integer distributed,
            @NotNull @Min(0) @Max(1000000) Integer returned,
            @Size(max = 10000) String summary) {}

    record ReportRequest(
            @NotBlank @Size(max = 50000) String assessment,
            @NotBlank @Size(max = 50000) String problems,
            @NotBlank @Size(max = 50000) String suggestions,
            @Size(max = 50000) String lawAmendments,
            @NotNull LocalDate reportedOn) {}

    record HearingRequest(@NotNull Long agendaItemId) {}

    private final EnforcementFacade enforcements;

    EnforcementApiController(EnforcementFacade enforcements) {
        this.enforcements = enforcements;
    }

    @GetMapping
    @PreAuthorize(READ)
    Page<EnforcementSummary> list(
            @RequestParam(required = false) EnforcementMode mode,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return enforcements.list(mode, year, Paging.of(page, size, sort, dir));
    }

    @GetMapping("/{id}")
    @PreAuthorize(READ)
    EnforcementView get(@PathVariable long id) {
        return enforcements.get(id);
    }

    @PostMapping
    @PreAuthorize(STAFF)
    ResponseEntity<EnforcementView> create(@Valid @RequestBody EnforcementRequest b) {
        long id = enforcements.create(new NewEnforcement(
                b.law(),
                b.mode(),
                b.cityReference(),
                b.scope(),
                b.leaderPersonId(),
                b.teamIds(),
                b.startsOn(),
                b.planItemId(),
                b.followUpOf()));
        return ResponseEntity.status(201).body(enforcements.get(id));
    }

    @PostMapping("/{id}/visits")
    @PreAuthorize(STAFF)
    ResponseEntity<Map<String, Long>> visit(
            @PathVariable long id, @Valid @RequestBody VisitInspectionApiController.VisitRequest b) {
        long visit = enforcements.addVisit(id, new NewVisit(b.place(), b.visitedOn(), b.peopleMet(), b.findings()));
        return ResponseEntity.status(201).body(Map.of("id", visit));
    }

    @PostMapping("/{id}/questionnaires")
    @PreAuthorize(STAFF)
    ResponseEntity<Map<String, Long>> questionnaire(@PathVariable long id, @Valid @RequestBody QuestionnaireRequest b) {
        long q = enforcements.addQuestionnaire(
                id, new NewQuestionnaire(b.title(), b.distributed(), b.returned(), b.summary()));
        return ResponseEntity.status(201).body(Map.of("id", q));
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize(STAFF)
    ResponseEntity<FindingView> finding(
            @PathVariable long id, @Valid @RequestBody VisitInspectionApiController.FindingRequest b) {
        return ResponseEntity.status(201).body(enforcements.addFinding(id, b.toCommand()));
    }

    @PostMapping("/{id}/report")
    @PreAuthorize(STAFF)
    EnforcementView report(@PathVariable long id, @Valid @RequestBody ReportRequest b) {
        return enforcements.report(
                id,
                new EnforcementReport(
                        b.assessment(), b.problems(), b.suggestions(), b.lawAmendments(), b.reportedOn()));
    }

    @PostMapping("/{id}/hearing")
    @PreAuthorize(STAFF)
    EnforcementView hearing(@PathVariable long id, @Valid @RequestBody HearingRequest b) {
        return enforcements.heard(id, b.agendaItemId());
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize(STAFF)
    EnforcementView publish(@PathVariable long id) {
        return enforcements.publish(id);
    }
}
