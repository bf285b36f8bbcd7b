package cn.renda.supervision;

/** States of a supervision opinion. */
public enum OpinionState {
    /** Created, not yet issued (the ISSUE clock runs from the source date). */
    DRAFT,
    /** 交办: issued to the units, waiting for 签收 (PLAN and RESULT clocks run). */
    ISSUED,
    /** Every unit accepted; the handling plan is due. */
    ACCEPTED,
    /** 办理方案 received; the result report is due. */
    PLANNED,
    /** 办理情况 reported; may be evaluated, followed up, published and closed. */
    REPORTED,
    /** 跟踪监督: sent back for another result report. */
    FOLLOW_UP,
    /** Every unit returned it; staff re-issue or withdraw. */
    RETURNED,
    /** 办结. */
    CLOSED,
    /** 撤销. */
    WITHDRAWN
}
