package cn.renda.handling;

/** 满意度测评: 满意 / 基本满意 / 不满意. */
public enum Evaluation {
    SATISFIED,
    BASICALLY_SATISFIED,
    UNSATISFIED
}
