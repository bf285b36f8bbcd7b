package cn.renda.supervision.web.api;

import cn.renda.core.Page;
import cn.renda.core.web.Paging;
import cn.renda.handling.UnitAssignment;
import cn.renda.supervision.FindingOutcome;
import cn.renda.supervision.InspectionFacade;
import cn.renda.supervision.InspectionFacade.FindingView;
import cn.renda.supervision.InspectionFacade.InspectionFilter;
import cn.renda.supervision.InspectionFacade.InspectionSummary;
import cn.renda.supervision.InspectionFacade.InspectionView;
import cn.renda.supervision.InspectionFacade.InstructionView;
import cn.renda.supervision.InspectionFacade.NewFinding;
import cn.renda.supervision.InspectionFacade.NewInspection;
import cn.renda.supervision.InspectionFacade.NewInstruction;
import cn.renda.supervision.InspectionFacade.NewResearchReport;
import cn.renda.supervision.InspectionFacade.NewSurvey;
import cn.renda.supervision.InspectionFacade.NewVisit;
import cn.renda.supervision.InspectionFacade.ResearchReportView;
import cn.renda.supervision.InspectionFacade.SurveyView;
import cn.renda.supervision.InspectionFacade.WorkQuery;
import cn.renda.supervision.InspectionKind;
import cn.renda.supervision.InspectionStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
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

/** Inspections and research, research reports with instructions, and surveys over JSON. */
@RestController
@RequestMapping("/api/v1/supervision")
class VisitInspectionApiController {

    private static final String READ = SupervisionPlanApiController.READ;
    private static final String STAFF = "hasRole('STAFF')";

    record InspectionRequest(
            @NotNull InspectionKind kind,
            @NotBlank @Size(max = 200) String topic,
            Long leaderPersonId,
            @Size(max = 100) List<@NotNull Long> teamIds,
            @NotNull LocalDate startsOn,
            Long planItemId,
            Long heardItemId) {}

    record VisitRequest(
            @NotBlank @Size(max = 200) String place,
            @NotNull LocalDate visitedOn,
            @Size(max = 2000) String peopleMet,
            @Size(max = 10000) String findings) {}

    record FindingRequest(
            @NotBlank @Size(max = 2000) String text,
            @Size(max = 100) String article,
            @NotNull FindingOutcome outcome,
            @NotEmpty @Size(max = 50) List<@Valid @NotNull UnitAssignment> units,
            @Min(1) @Max(366) Integer deadlineDays,
            @NotNull LocalDate foundOn) {

        NewFinding toCommand() {
            return new NewFinding(text, article, outcome, units, deadlineDays, foundOn);
        }
    }

    record ReportRequest(@NotBlank @Size(max = 50000) String report, @NotNull LocalDate reportedOn) {}

    record ResearchReportRequest(
            Long inspectionId,
            @NotNull @Min(2000) @Max(2100) Integer year,
            @NotNull @Min(1) @Max(999) Integer issueNo,
            @NotBlank @Size(max = 200) String title,
            @NotNull LocalDate submittedOn,
            @Size(max = 10000) String summary) {}

    record InstructionRequest(
            @NotBlank @Size(max = 100) String leader,
            @NotNull LocalDate instructedOn,
            @NotBlank @Size(max = 4000) String content) {}

    record ActionRequest(@NotBlank @Size(max = 4000) String actionTaken, @NotNull LocalDate actionOn) {}

    record SurveyRequest(
            @NotBlank @Size(max = 200) String topic,
            @Size(max = 200) String method,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn,
            @NotNull @Min(0) Integer respondents,
            @Size(max = 200) List<@NotBlank @Size(max = 2000) String> issues) {}

    private final InspectionFacade inspections;

    VisitInspectionApiController(InspectionFacade inspections) {
        this.inspections = inspections;
    }

    @GetMapping("/inspections")
    @PreAuthorize(READ)
    Page<InspectionSummary> list(
            @RequestParam(required = false) InspectionKind kind,
            @RequestParam(required = false) InspectionStatus status,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return inspections.list(new InspectionFilter(kind, status, year), Paging.of(page, size, sort, dir));
    }

    @GetMapping("/inspections/{id}")
    @PreAuthorize(READ)
    InspectionView get(@PathVariable long id) {
        return inspections.get(id);
    }

    @PostMapping("/inspections")
    @PreAuthorize(STAFF)
    ResponseEntity<InspectionView> create(@Valid @RequestBody InspectionRequest b) {
        long id = inspections.create(new NewInspection(
                b.kind(), b.topic(), b.leaderPersonId(), b.teamIds(), b.startsOn(), b.planItemId(), b.heardItemId()));
        return ResponseEntity.status(201).body(inspections.get(id));
    }

    @PostMapping("/inspections/{id}/visits")
    @PreAuthorize(STAFF)
    ResponseEntity<Map<String, Long>> visit(@PathVariable long id, @Valid @RequestBody VisitRequest b) {
        long visit = inspections.addVisit(id, new NewVisit(b.place(), b.visitedOn(), b.peopleMet(), b.findings()));
        return ResponseEntity.status(201).body(Map.of("id", visit));
    }

    @PostMapping("/inspections/{id}/findings")
    @PreAuthorize(STAFF)
    ResponseEntity<FindingView> finding(@PathVariable long id, @Valid @RequestBody FindingRequest b) {
        return ResponseEntity.status(201).body(inspections.addFinding(id, b.toCommand()));
    }

    @PostMapping("/inspections/{id}/report")
    @PreAuthorize(STAFF)
    InspectionView report(@PathVariable long id, @Valid @RequestBody ReportRequest b) {
        return inspections.report(id, b.report(), b.reportedOn());
    }

    @PostMapping("/inspections/{id}/close")
    @PreAuthorize(STAFF)
    InspectionView close(@PathVariable long id) {
        return inspections.close(id);
    }

    @GetMapping("/research-reports")
    @PreAuthorize(READ)
    Page<ResearchReportView> reports(
            @RequestParam int year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return inspections.researchReports(new WorkQuery(year, q), Paging.of(page, size, sort, dir));
    }

    @PostMapping("/research-reports")
    @PreAuthorize(STAFF)
    ResponseEntity<Map<String, Long>> report(@Valid @RequestBody ResearchReportRequest b) {
        long id = inspections.addResearchReport(new NewResearchReport(
                b.inspectionId(), b.year(), b.issueNo(), b.title(), b.submittedOn(), b.summary()));
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    @PostMapping("/research-reports/{id}/instructions")
    @PreAuthorize(STAFF)
    ResponseEntity<Map<String, Long>> instruction(@PathVariable long id, @Valid @RequestBody InstructionRequest b) {
        long instruction =
                inspections.addInstruction(id, new NewInstruction(b.leader(), b.instructedOn(), b.content()));
        return ResponseEntity.status(201).body(Map.of("id", instruction));
    }

    @PostMapping("/instructions/{id}/action")
    @PreAuthorize(STAFF)
    InstructionView action(@PathVariable long id, @Valid @RequestBody ActionRequest b) {
        return inspections.recordAction(id, b.actionTaken(), b.actionOn());
    }

    @GetMapping("/surveys")
    @PreAuthorize(READ)
    Page<SurveyView> surveys(
            @RequestParam int year,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir) {
        return inspections.surveys(new WorkQuery(year, q), Paging.of(page, size, sort, dir));
    }

    @PostMapping("/surveys")
    @PreAuthorize(STAFF)
    ResponseEntity<Map<String, Long>> survey(@Valid @RequestBody SurveyRequest b) {
        long id = inspections.addSurvey(
                new NewSurvey(b.topic(), b.method(), b.startsOn(), b.endsOn(), b.respondents(), b.issues()));
        return ResponseEntity.status(201).body(Map.of("id", id));
    }
}
