package cn.renda.supervision;

/** The forms of supervision an annual plan item takes (监督法 第六十三条). */
public enum SupervisionForm {
    /** 听取和审议专项工作报告. */
    SPECIAL_WORK_REPORT,
    /** 执法检查. */
    LAW_ENFORCEMENT_INSPECTION,
    /** 专题询问. */
    SPECIAL_INQUIRY,
    /** 视察调研. */
    INSPECTION,
    /** 跟踪监督. */
    FOLLOW_UP
}
