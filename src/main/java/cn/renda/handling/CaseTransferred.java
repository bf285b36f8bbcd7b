package cn.renda.handling;

/** Event: staff transferred an assignment (转办) to another unit. */
public record CaseTransferred(long congressId, long caseId, String kind, long fromUnitId, long toUnitId)
        implements CaseEvent {}
