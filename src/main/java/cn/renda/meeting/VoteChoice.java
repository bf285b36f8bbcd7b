package cn.renda.meeting;

/** A member's vote on an item. */
public enum VoteChoice {
    FOR,
    AGAINST,
    ABSTAIN,
    NOT_VOTING
}
