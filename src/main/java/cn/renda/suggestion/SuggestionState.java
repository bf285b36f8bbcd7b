package cn.renda.suggestion;

/** States of a suggestion or motion case on the handling engine (the transition table is in {@link SuggestionKinds}). */
public enum SuggestionState {
    /** 立案: registered by the office, waiting to be assigned. */
    REGISTERED,
    /** 交付审议: a motion referred to a special committee or working committee for review. */
    REFERRED,
    /** 审议结果已报告: the committee reported its review result (列入会议议程 / 交有关机关办理 / 不予列入). */
    REVIEWED,
    /** 已交办: assigned to units, waiting for them to accept. */
    ASSIGNED,
    /** 办理中: accepted by the units. */
    ACCEPTED,
    /** 已答复: the answering units replied; the deputy evaluates. */
    REPLIED,
    /** 重新办理: the deputy was not satisfied. */
    REHANDLING,
    /** 已测评: the deputy is (basically) satisfied; B-class cases stay tracked. */
    EVALUATED,
    /** 已办结. */
    CLOSED,
    /** 已撤回. */
    WITHDRAWN
}
