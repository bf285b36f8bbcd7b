package cn.renda.calendar;

/** What kind of day a date is on the effective calendar. */
public enum DayKind {
    /** An ordinary working day (Monday to Friday). */
    WORKDAY,
    /** An ordinary Saturday or Sunday. */
    WEEKEND,
    /** A day off on a day that would otherwise be worked: a statutory holiday or a local day off. */
    HOLIDAY,
    /** A Saturday or Sunday worked to make up for a holiday (调休上班). */
    MAKEUP_WORKDAY
}
