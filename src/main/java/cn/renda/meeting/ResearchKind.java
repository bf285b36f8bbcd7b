package cn.renda.meeting;

/** A pre-meeting research note (会前调研): a visit or a finding. */
public enum ResearchKind {
    VISIT,
    FINDING
}
