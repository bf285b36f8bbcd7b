package cn.renda.meeting;

/** Status of a resolution or decision. */
public enum ResolutionStatus {
    IN_FORCE,
    IMPLEMENTED,
    REPEALED
}
