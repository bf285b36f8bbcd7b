package cn.renda.handling;

import java.time.LocalDate;

/** Event (deadline sweep): a clock entered its reminder window; once per clock and colour. */
public record ClockTurnedYellow(
        long congressId, long caseId, String kind, long clockId, ClockName clock, Long unitId, LocalDate dueDate)
        implements CaseEvent {}
