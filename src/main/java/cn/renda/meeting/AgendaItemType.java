package cn.renda.meeting;

/** Type of an agenda item; only RESOLUTION and APPOINTMENT items are voted on. */
public enum AgendaItemType {
    /** 听取和审议专项工作报告 (of a unit of the 一府一委两院). */
    SPECIAL_WORK_REPORT,
    /** 听取执法检查报告. */
    LAW_ENFORCEMENT_INSPECTION_REPORT,
    /** 专题询问. */
    SPECIAL_INQUIRY,
    /** 听取审议意见研究处理情况的报告 (监督法 第十七条), evaluated collectively by the members. */
    OPINION_HANDLING_REPORT,
    /** 决议决定. */
    RESOLUTION,
    /** 任免. */
    APPOINTMENT,
    OTHER;

    /** Whether the item is put to a vote. */
    public boolean voted() {
        return this == RESOLUTION || this == APPOINTMENT;
    }
}
