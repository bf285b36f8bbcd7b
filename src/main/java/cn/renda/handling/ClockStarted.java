package cn.renda.handling;

import java.time.LocalDate;

/** Event: a clock started. */
public record ClockStarted(
        long congressId, long caseId, String kind, long clockId, ClockName clock, Long unitId, LocalDate dueDate)
        implements CaseEvent {}
