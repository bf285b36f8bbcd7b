package cn.renda.suggestion.web.api;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.suggestion.InspectionView;
import cn.renda.suggestion.NewInspection;
import cn.renda.suggestion.SuggestionInspections;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 半年视察 records of key suggestions: list, detail and recording. */
@RestController
@RequestMapping("/api/v1/suggestions/inspections")
@PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
class InspectionApiController {

    /** Body of an inspection record. */
    record InspectionRequest(
            @NotNull LocalDate inspectedOn,
            @NotBlank @Size(max = 200) String leader,
            @Size(max = 2000) String participants,
            @NotBlank @Size(max = 2000) String places,
            @NotBlank @Size(max = 20000) String findings,
            @NotBlank @Size(max = 20000) String requirements,
            @NotEmpty @Size(max = 100) List<Long> suggestionIds) {}

    private final SuggestionInspections inspections;

    InspectionApiController(SuggestionInspections inspections) {
        this.inspections = inspections;
    }

    @GetMapping
    Page<InspectionView> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return inspections.list(new PageRequest(page, size, null, true));
    }

    @GetMapping("/{id}")
    InspectionView get(@PathVariable long id) {
        return inspections.get(id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('STAFF','LEADER')")
    InspectionView record(@Valid @RequestBody InspectionRequest body) {
        return inspections.record(new NewInspection(
                body.inspectedOn(),
                body.leader(),
                body.participants(),
                body.places(),
                body.findings(),
                body.requirements(),
                body.suggestionIds()));
    }
}
