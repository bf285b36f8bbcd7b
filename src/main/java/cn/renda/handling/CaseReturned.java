package cn.renda.handling;

/** Event: a unit returned its assignment (退办) with a reason. */
public record CaseReturned(long congressId, long caseId, String kind, long unitId, String reason)
        implements CaseEvent {}
