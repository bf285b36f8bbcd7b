package cn.renda.handling;

import java.time.LocalDate;

/** Event: a clock was extended (approved request or direct extension). */
public record ClockExtended(
        long congressId,
        long caseId,
        String kind,
        long clockId,
        ClockName clock,
        LocalDate oldDue,
        LocalDate newDue,
        long approvedBy)
        implements CaseEvent {}
