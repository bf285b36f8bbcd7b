package cn.renda.handling;

/** 三色督办: GREEN on time, YELLOW inside the reminder window, RED overdue. */
public enum Colour {
    GREEN,
    YELLOW,
    RED;

    /** The more urgent of two colours. */
    public Colour worse(Colour other) {
        return other == null || other.ordinal() < ordinal() ? this : other;
    }
}
