package cn.renda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Command: a nominee of an APPOINTMENT item voted person by person (逐人表决): a registry person or a
 * new one by name, the office, the unit by name, and the action (任命, 免职 …).
 */
public record NomineeCommand(
        Long personId,
        @NotBlank @Size(max = 60) String personName,
        @NotBlank @Size(max = 100) String office,
        @Size(max = 100) String unitName,
        @NotNull AppointmentAction action) {}
