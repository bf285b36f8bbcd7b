package cn.renda.handling;

/** Where a case comes from. */
public enum SourceType {
    DIRECT,
    MEETING_ITEM,
    INSPECTION,
    LAW_ENFORCEMENT_INSPECTION,
    SPECIAL_INQUIRY,
    ACTIVITY,
    VOTER_OPINION,
    SUGGESTION
}
