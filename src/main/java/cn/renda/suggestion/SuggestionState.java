package cn.renda.suggestion;

/** States of a suggestion or motion case on the handling engine (the transition table is in {@link SuggestionKinds}). */
public enum SuggestionState {
    /** 立案: registered by the office, waiting to be assigned. */
    REGISTERED,
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
