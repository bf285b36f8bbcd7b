package cn.renda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Command: add an attending deputy or observer (列席). */
public record ObserverCommand(
        @NotNull ObserverKind kind, @NotBlank @Size(max = 60) String name, @Size(max = 200) String organization) {}
