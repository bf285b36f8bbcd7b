package cn.renda.handling;

/** Event: a unit replied (答复 / 办理情况) with a result class. */
public record CaseReplied(
        long congressId, long caseId, String kind, long unitId, ResultClass resultClass, boolean published)
        implements CaseEvent {}
