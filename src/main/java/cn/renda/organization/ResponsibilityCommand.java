package cn.renda.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: create or update a leadership responsibility. */
public record ResponsibilityCommand(
        @NotNull Long leaderId,
        @NotNull ResponsibilityType type,
        @NotBlank @Size(max = 100) String name,
        @Size(max = 1000) String description) {}
