package cn.renda.handling;

import cn.renda.calendar.Length;
import java.time.LocalDate;
import java.util.List;

/**
 * A clock: its anchor, length on the congress calendar, due date, state and colour as of today
 * (Asia/Shanghai); {@code unitId} is set for per-assignment clocks (ACCEPT).
 */
public record ClockView(
        long id,
        ClockName name,
        Long assignmentId,
        Long unitId,
        String anchorEvent,
        LocalDate anchorDate,
        Length length,
        LocalDate dueDate,
        ClockState state,
        Colour colour,
        List<Length> reminderLeads,
        int extensions,
        LocalDate pausedOn,
        LocalDate metOn,
        boolean metLate) {}
