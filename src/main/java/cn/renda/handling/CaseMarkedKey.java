package cn.renda.handling;

/** Event: the case became a key case (重点督办) with a supervising leader. */
public record CaseMarkedKey(long congressId, long caseId, String kind, long leaderId, int trackingMonths)
        implements CaseEvent {}
