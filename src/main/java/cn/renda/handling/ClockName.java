package cn.renda.handling;

/** Named deadlines of a case. */
public enum ClockName {
    /** 交办: issue to the units after the source event. */
    ISSUE,
    /** 签收: a unit accepts or returns its assignment (per assignment, default 7 working days). */
    ACCEPT,
    /** 办理方案: handling plan after issue. */
    PLAN,
    /** 办理情况: result report after issue. */
    RESULT,
    /** 答复: reply to a suggestion. */
    REPLY,
    /** 重新办理 after an unsatisfied evaluation (default 1 month). */
    REHANDLE,
    /** Periodic tracking report of a key or B-class case. */
    TRACKING
}
