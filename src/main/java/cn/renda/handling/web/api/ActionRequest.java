package cn.renda.handling.web.api;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.ClockName;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ResultClass;
import cn.renda.handling.UnitAssignment;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Body of {@code POST /api/v1/cases/{id}/actions/{action}}: the version the client saw and the fields
 * the action needs ({@code extensionDays} with an optional {@code extensionUnit}, default CALENDAR_DAYS).
 */
record ActionRequest(
        @NotNull Long version,
        @Valid @Size(max = 50) List<UnitAssignment> assignments,
        Long unitId,
        Long toUnitId,
        @Size(max = 2000) String reason,
        @Size(max = 20000) String text,
        ResultClass resultClass,
        Boolean publish,
        Evaluation evaluation,
        ClockName clock,
        @Min(1) @Max(366) Integer extensionDays,
        LengthUnit extensionUnit,
        Long extensionId,
        Long leaderId,
        @Min(1) @Max(12) Integer trackingMonths) {

    ActionCommand toCommand(Action action) {
        Length extension = extensionDays == null
                ? null
                : new Length(extensionDays, extensionUnit == null ? LengthUnit.CALENDAR_DAYS : extensionUnit);
        return ActionCommand.of(action, version)
                .withAssignments(assignments)
                .withUnits(unitId, toUnitId)
                .withReason(reason)
                .withText(text)
                .withResult(resultClass, publish)
                .withEvaluation(evaluation)
                .withClock(clock, extension)
                .withExtensionId(extensionId)
                .withKeyCase(leaderId, trackingMonths);
    }
}
