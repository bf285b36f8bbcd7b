package cn.renda.handling;

/** Where one unit's assignment stands. */
public enum AssignmentState {
    /** Assigned, not yet accepted (the ACCEPT clock runs). */
    PENDING,
    /** 签收. */
    ACCEPTED,
    /** 办理方案 submitted. */
    PLANNED,
    /** A CO unit sent its opinion to the lead. */
    OPINION_SENT,
    /** Replied (result report). */
    REPLIED,
    /** 退办 (terminal). */
    RETURNED,
    /** 转办 to another unit (terminal). */
    TRANSFERRED,
    /** The case was withdrawn or closed before this unit finished (terminal). */
    CANCELLED;

    /** Whether the assignment still takes part in the case. */
    public boolean active() {
        return this != RETURNED && this != TRANSFERRED && this != CANCELLED;
    }
}
