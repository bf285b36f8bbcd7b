package cn.renda.handling;

/** One clock effect of a transition. */
public record ClockEffect(ClockOp op, ClockName clock, Anchor anchor) {

    public static ClockEffect start(ClockName clock) {
        return new ClockEffect(ClockOp.START, clock, Anchor.ACTION_DATE);
    }

    public static ClockEffect startFromSource(ClockName clock) {
        return new ClockEffect(ClockOp.START, clock, Anchor.SOURCE_DATE);
    }

    public static ClockEffect meet(ClockName clock) {
        return new ClockEffect(ClockOp.MEET, clock, null);
    }

    public static ClockEffect cancel(ClockName clock) {
        return new ClockEffect(ClockOp.CANCEL, clock, null);
    }

    @Override
    public String toString() {
        return op + " " + clock + (anchor == Anchor.SOURCE_DATE ? " from source" : "");
    }
}
