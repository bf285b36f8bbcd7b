package cn.renda.handling;

/** Event: a case was created (number assigned). */
public record CaseCreated(long congressId, long caseId, String kind, String number, String title, long actorId)
        implements CaseEvent {}
