package cn.renda.handling;

/** Kind of a submitted text. */
public enum ReplyType {
    PLAN,
    CO_OPINION,
    RESULT,
    TRACKING_REPORT
}
