package cn.renda.handling;

/** Event: the case reached a final state (办结 or withdrawn). */
public record CaseClosed(long congressId, long caseId, String kind, String state) implements CaseEvent {}
