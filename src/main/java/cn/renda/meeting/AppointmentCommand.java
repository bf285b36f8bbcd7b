package cn.renda.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * Command: register an appointment or removal decided by a passed APPOINTMENT item: a person of the
 * registry ({@code personId}) or a new one by name, the position and unit, the action and the effective
 * date (the meeting's date when null).
 */
public record AppointmentCommand(
        Long personId,
        @Size(max = 60) String personName,
        @NotBlank @Size(max = 100) String position,
        Long unitId,
        @NotNull AppointmentAction action,
        LocalDate effectiveOn) {}
