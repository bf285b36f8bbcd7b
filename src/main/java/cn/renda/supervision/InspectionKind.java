package cn.renda.supervision;

/** Kind of an inspection and research visit (视察调研). */
public enum InspectionKind {
    /** 主任会议调研. */
    DIRECTORS_RESEARCH,
    /** 专题视察调研 (before a special work report is heard). */
    SPECIAL_INSPECTION,
    /** 包保 visit of a leader to the project, river or enterprise in their charge. */
    RESPONSIBILITY_VISIT
}
