package cn.renda.handling;

import java.time.LocalDate;

/** Event (deadline sweep): a clock passed its due date (RED); once per clock and colour. */
public record ClockOverdue(
        long congressId, long caseId, String kind, long clockId, ClockName clock, Long unitId, LocalDate dueDate)
        implements CaseEvent {}
