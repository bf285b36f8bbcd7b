package cn.renda.handling;

/** Event: a unit accepted its assignment (签收). */
public record CaseAccepted(long congressId, long caseId, String kind, long unitId) implements CaseEvent {}
