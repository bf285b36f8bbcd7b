package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: log a visit to a responsibility target. */
public record VisitCommand(
        @NotNull @PastOrPresent LocalDate date,
        @NotBlank @Size(max = 2000) String summary,
        @Size(max = 2000) String problems) {}
