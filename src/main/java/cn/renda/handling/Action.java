package cn.renda.handling;

import java.util.Locale;

/**
 * The actions of the engine. Each has a fixed effect on assignments, replies and marks; a kind's
 * transition table says in which states an action is allowed, for which roles, and where it leads.
 */
public enum Action {
    /** 交办: assign the case to handling units (LEAD/CO/SEPARATE). */
    ASSIGN,
    /** 签收: a unit accepts its assignment. */
    ACCEPT,
    /** 退办: a unit returns its assignment, with a reason. */
    RETURN,
    /** 转办: staff move an assignment from one unit to another. */
    TRANSFER,
    /** 办理方案: a LEAD or SEPARATE unit submits its handling plan. */
    SUBMIT_PLAN,
    /** 协办意见: a CO unit sends its opinion to the LEAD unit. */
    CO_OPINION,
    /** 答复 / 办理情况报告: a LEAD or SEPARATE unit replies, with a result class. */
    REPLY,
    /** 满意度测评: the proposer (or an SC member) evaluates the reply. */
    EVALUATE,
    /** 跟踪监督 / 重新办理: the case goes back to the units for another result. */
    REOPEN,
    /** 办结: staff close the case. */
    CLOSE,
    /** 公开: the case and its final result become visible to deputies and the public. */
    PUBLISH,
    /** 重点督办: mark as key case with a supervising leader and periodic tracking reports. */
    MARK_KEY,
    /** 交付审议: staff refer the case to a committee for review (the kind records which committee). */
    REFER,
    /** 审议结果报告: the committee's review result is reported back ({@code text}). */
    REVIEW_REPORT,
    /** 跟踪报告: a periodic tracking report on a key or B-class case. */
    TRACKING_REPORT,
    /** A unit asks for more time on a clock. */
    REQUEST_EXTENSION,
    /** LEADER or STAFF approve a pending extension request. */
    APPROVE_EXTENSION,
    /** LEADER or STAFF reject a pending extension request. */
    REJECT_EXTENSION,
    /** LEADER or STAFF extend a clock directly. */
    EXTEND,
    /** Stop the clocks of the case for a while (e.g. waiting for a court ruling). */
    PAUSE,
    /** Restart paused clocks; due dates move by the paused time. */
    RESUME,
    /** 撤销: withdraw the case. */
    WITHDRAW;

    /** The action for a path segment such as {@code submit-plan} or {@code SUBMIT_PLAN}. */
    public static Action fromPath(String segment) {
        return valueOf(segment.trim().replace('-', '_').toUpperCase(Locale.ROOT));
    }

    /** The path segment of this action ({@code submit-plan}). */
    public String path() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
