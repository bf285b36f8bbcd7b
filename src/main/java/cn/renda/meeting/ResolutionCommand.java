package cn.renda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Command: register the resolution or decision adopted by a passed RESOLUTION item; a blank number is assigned. */
public record ResolutionCommand(
        @Size(max = 60) String number,
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20000) String text,
        @Size(max = 4000) String followUp) {}
