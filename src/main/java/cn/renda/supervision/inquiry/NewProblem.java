package cn.renda.supervision.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Command: a problem of the list, in a category (created when new), from a source object, with its
 * responsible units by name (the first leads) and the evidence.
 */
public record NewProblem(
        @NotBlank @Size(max = 100) String category,
        @NotNull ObjectKind sourceKind,
        @NotBlank @Size(max = 200) String sourceObject,
        @NotBlank @Size(max = 4000) String description,
        @NotNull @Size(min = 1, max = 10) List<String> unitNames,
        @Size(max = 4000) String evidence) {

    public NewProblem {
        unitNames = unitNames == null ? List.of() : List.copyOf(unitNames);
    }
}
