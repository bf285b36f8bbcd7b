package cn.renda.handling;

import java.time.LocalDate;

/**
 * 三色督办: GREEN on time, YELLOW inside the reminder window, RED overdue. A running clock's colour is a pure function
 * of its due date, the first day of its reminder window (the due date less the longest reminder lead, stored with the
 * clock as {@code yellow_from}) and the day: pages and lists derive it ({@link #on}, or {@link #sql} inside a query);
 * nothing recolours stored rows for them. The deadline sweep only sends and records each change once.
 */
public enum Colour {
    GREEN,
    YELLOW,
    RED;

    /** The more urgent of two colours. */
    public Colour worse(Colour other) {
        return other == null || other.ordinal() < ordinal() ? this : other;
    }

    /** The colour on {@code day} of a clock due on {@code dueDate} whose reminder window opens on {@code yellowFrom}. */
    public static Colour on(LocalDate day, LocalDate dueDate, LocalDate yellowFrom) {
        if (day.isAfter(dueDate)) {
            return RED;
        }
        return day.isBefore(yellowFrom) ? GREEN : YELLOW;
    }

    /**
     * The same as SQL, for a clock table alias {@code k} and a day expression (a parameter {@code ?} or a column such
     * as {@code coalesce(k.paused_on, ?)}): {@code 'RED'}, {@code 'YELLOW'} or {@code 'GREEN'}.
     */
    public static String sql(String k, String day) {
        return when(k, day, "'RED'", "'YELLOW'", "'GREEN'");
    }

    /**
     * The same as {@link #sql}, as the colour's ordinal (0 green, 1 yellow, 2 red), so a query can take the worst
     * colour of several clocks with {@code max(…)}.
     */
    public static String ordinalSql(String k, String day) {
        return when(
                k,
                day,
                String.valueOf(RED.ordinal()),
                String.valueOf(YELLOW.ordinal()),
                String.valueOf(GREEN.ordinal()));
    }

    private static String when(String k, String day, String red, String yellow, String green) {
        return "(case when " + day + " > " + k + ".due_date then " + red + " when " + day + " >= " + k
                + ".yellow_from then " + yellow + " else " + green + " end)";
    }
}
