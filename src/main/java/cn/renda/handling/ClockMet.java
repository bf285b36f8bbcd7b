package cn.renda.handling;

/** Event: a clock was met (late when past its due date). */
public record ClockMet(
        long congressId, long caseId, String kind, long clockId, ClockName clock, Long unitId, boolean late)
        implements CaseEvent {}
