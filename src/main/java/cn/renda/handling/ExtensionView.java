package cn.renda.handling;

import cn.renda.calendar.Length;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A requested or granted extension of a clock. */
public record ExtensionView(
        long id,
        ClockName clock,
        Length length,
        String reason,
        ExtensionStatus status,
        long requestedBy,
        OffsetDateTime requestedAt,
        Long decidedBy,
        LocalDate oldDue,
        LocalDate newDue) {}
