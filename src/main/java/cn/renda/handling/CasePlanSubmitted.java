package cn.renda.handling;

/** Event: a unit submitted its handling plan (办理方案). */
public record CasePlanSubmitted(long congressId, long caseId, String kind, long unitId) implements CaseEvent {}
