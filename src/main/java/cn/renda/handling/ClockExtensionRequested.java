package cn.renda.handling;

/** Event: a unit asked for more time on a clock; LEADER or STAFF decide. */
public record ClockExtensionRequested(
        long congressId, long caseId, String kind, long extensionId, ClockName clock, Long unitId)
        implements CaseEvent {}
