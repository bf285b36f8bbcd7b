package cn.renda.handling;

/** Event: the reply was evaluated (满意度测评). */
public record CaseEvaluated(long congressId, long caseId, String kind, Evaluation evaluation, long evaluatorId)
        implements CaseEvent {}
