package cn.renda.supervision.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: a team's visit to an enterprise project, department or street, with whom it met and what it found. */
public record NewVisit(
        @NotNull Long teamId,
        @NotNull ObjectKind objectKind,
        @NotBlank @Size(max = 200) String objectName,
        @NotNull LocalDate visitedOn,
        @Size(max = 1000) String peopleMet,
        @Size(max = 4000) String findings) {}
