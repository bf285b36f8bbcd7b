package cn.renda.suggestion;

/** The decision a committee reports after reviewing a motion (审议结果). */
public enum MotionDecision {
    /** 列入会议议程: put on the agenda of a session or standing committee meeting. */
    AGENDA,
    /** 交有关机关办理: handed to the organs concerned, then assigned to units like a suggestion. */
    HAND_TO_ORGANS,
    /** 不予列入: not put on the agenda. */
    NOT_LISTED
}
