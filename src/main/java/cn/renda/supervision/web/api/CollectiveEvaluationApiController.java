package cn.renda.supervision.web.api;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.Evaluation;
import cn.renda.supervision.CollectiveEvaluationFacade;
import cn.renda.supervision.CollectiveEvaluationFacade.CollectiveEvaluationView;
import cn.renda.supervision.CollectiveEvaluationFacade.NewCollectiveEvaluation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
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

/** Collective evaluations of handling reports (监督法 第十七条) over JSON. */
@RestController
@RequestMapping("/api/v1/supervision/collective-evaluations")
class CollectiveEvaluationApiController {

    /** The SC meeting the report comes back to, and either {@code ballots} (person id → choice) or the three tallies. */
    record EvaluationRequest(
            @NotNull Long caseId,
            @NotNull Long meetingId,
            @Size(max = 500) Map<Long, @NotNull Evaluation> ballots,
            @Min(0) @Max(1000) Integer satisfied,
            @Min(0) @Max(1000) Integer basicallySatisfied,
            @Min(0) @Max(1000) Integer unsatisfied,
            @NotNull LocalDate evaluatedOn) {}

    private final CollectiveEvaluationFacade evaluations;

    CollectiveEvaluationApiController(CollectiveEvaluationFacade evaluations) {
        this.evaluations = evaluations;
    }

    @GetMapping
    @PreAuthorize(SupervisionPlanApiController.READ)
    Page<CollectiveEvaluationView> list(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return evaluations.list(new PageRequest(page, size, null, false));
    }

    @GetMapping("/{id}")
    @PreAuthorize(SupervisionPlanApiController.READ)
    CollectiveEvaluationView get(@PathVariable long id) {
        return evaluations.get(id);
    }

    @PostMapping
    @PreAuthorize("hasRole('STAFF')")
    ResponseEntity<CollectiveEvaluationView> evaluate(@Valid @RequestBody EvaluationRequest b) {
        return ResponseEntity.status(201)
                .body(evaluations.evaluate(new NewCollectiveEvaluation(
                        b.caseId(),
                        b.meetingId(),
                        b.ballots(),
                        b.satisfied(),
                        b.basicallySatisfied(),
                        b.unsatisfied(),
                        b.evaluatedOn())));
    }

    @PostMapping("/{id}/publication")
    @PreAuthorize("hasRole('STAFF')")
    CollectiveEvaluationView publish(@PathVariable long id) {
        return evaluations.publish(id);
    }
}
