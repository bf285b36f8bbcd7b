package cn.renda.handling;

/** Event: the case went back to the units (重新办理 / 跟踪监督). */
public record CaseReopened(long congressId, long caseId, String kind, String reason) implements CaseEvent {}
