package cn.renda.handling;

/** Event: a CO unit sent its opinion to the LEAD unit. */
public record CaseCoOpinionSent(long congressId, long caseId, String kind, long unitId) implements CaseEvent {}
