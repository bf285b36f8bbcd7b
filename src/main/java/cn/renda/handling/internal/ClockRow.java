package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import cn.renda.handling.Colour;
import java.time.LocalDate;
import java.util.List;

/** A row of handling.clock. */
record ClockRow(
        long id,
        long caseId,
        Long assignmentId,
        Long unitId,
        ClockName name,
        String anchorEvent,
        LocalDate anchorDate,
        Length length,
        LocalDate dueDate,
        LocalDate yellowFrom,
        List<Length> reminderLeads,
        ClockState state,
        LocalDate pausedOn,
        LocalDate metOn,
        boolean metLate,
        int extensions,
        Colour notified) {

    /** Colour as of {@code today}; a paused clock keeps the colour of the day it was paused. */
    Colour colourOn(LocalDate today) {
        if (state == ClockState.MET) {
            return metLate ? Colour.RED : Colour.GREEN;
        }
        LocalDate day = state == ClockState.PAUSED && pausedOn != null ? pausedOn : today;
        return Colour.on(day, dueDate, yellowFrom);
    }

    /**
     * State as of {@code today}: a RUNNING or EXTENDED clock past its due date is OVERDUE. The sweep no longer writes
     * OVERDUE (its colour write must change no indexed column, V20270107_0500); rows it wrote before keep it.
     */
    ClockState stateOn(LocalDate today) {
        return (state == ClockState.RUNNING || state == ClockState.EXTENDED) && today.isAfter(dueDate)
                ? ClockState.OVERDUE
                : state;
    }
}
