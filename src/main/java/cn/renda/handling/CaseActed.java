package cn.renda.handling;

/** Event: any action was fired on a case (one per action; the specific events follow it). */
public record CaseActed(
        long congressId,
        long caseId,
        String kind,
        Action action,
        String fromState,
        String toState,
        long actorId,
        Long unitId)
        implements CaseEvent {}
