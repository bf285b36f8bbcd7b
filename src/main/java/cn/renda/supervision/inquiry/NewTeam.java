package cn.renda.supervision.inquiry;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Command: a research team (调研组) of the inquiry. */
public record NewTeam(
        @NotBlank @Size(max = 100) String name, @Size(max = 100) String leader, @Size(max = 1000) String members) {}
