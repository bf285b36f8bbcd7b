package cn.renda.handling;

/** What a transition does to a clock. */
public enum ClockOp {
    /** Start the clock (an active clock of the same name is cancelled first). */
    START,
    /** Stop the clock as met (late when past due). */
    MEET,
    /** Stop the clock without meeting it. */
    CANCEL,
    /** Pause the clock. */
    PAUSE,
    /** Resume a paused clock; its due date moves by the paused time. */
    RESUME
}
