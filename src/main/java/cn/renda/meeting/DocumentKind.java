package cn.renda.meeting;

/** Kind of a meeting document. */
public enum DocumentKind {
    AGENDA,
    REPORT,
    DRAFT_RESOLUTION,
    OTHER
}
