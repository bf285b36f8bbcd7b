package cn.renda.handling;

/** State of a clock; RUNNING, EXTENDED, PAUSED and OVERDUE clocks are active. */
public enum ClockState {
    RUNNING,
    EXTENDED,
    PAUSED,
    OVERDUE,
    MET,
    /** Stopped without being met, e.g. a returned assignment or a withdrawn case. */
    CANCELLED;

    /** Whether the clock still runs (or waits, when paused). */
    public boolean active() {
        return this == RUNNING || this == EXTENDED || this == PAUSED || this == OVERDUE;
    }
}
