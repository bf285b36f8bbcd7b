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
    TRACKING,
    /**
     * 退办期限: the window in which a unit may return its assignment (default 7 working days from the
     * assignment). A policy only: no clock runs under this name, a later return is refused.
     */
    RETURN,
    /** 协办意见: a co-unit's opinion to the lead unit (per CO assignment, default 1 month). */
    CO_OPINION,
    /** 复杂建议答复: the reply period of a suggestion marked complex (default 6 months, 代表法 第五十一条). */
    REPLY_COMPLEX
}
