package cn.renda.meeting;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: change a resolution's status and follow-up. */
public record ResolutionUpdate(@NotNull ResolutionStatus status, @Size(max = 4000) String followUp) {}
