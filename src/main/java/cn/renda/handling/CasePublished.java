package cn.renda.handling;

/** Event: the case and its final result were published. */
public record CasePublished(long congressId, long caseId, String kind, String number) implements CaseEvent {}
