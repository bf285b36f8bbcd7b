package cn.renda.meeting;

/** Kind of meeting; party group meetings and theory study sessions are counted for reports. */
public enum MeetingKind {
    /** 常委会会议, numbered in the term. */
    SC_MEETING,
    /** 主任会议. */
    DIRECTORS_MEETING,
    /** 党组会议. */
    PARTY_GROUP_MEETING,
    /** 理论中心组学习. */
    THEORY_STUDY,
    /** 联席会议. */
    JOINT_MEETING
}
