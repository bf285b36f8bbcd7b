package cn.renda.supervision.inquiry;

/** The evaluation of an answering department's answer (满意 / 基本满意 / 不满意). */
public enum AnswerEvaluation {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
