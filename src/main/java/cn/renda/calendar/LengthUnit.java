package cn.renda.calendar;

/** Unit of a deadline length. */
public enum LengthUnit {
    CALENDAR_DAYS,
    WORKING_DAYS,
    WEEKS,
    MONTHS
}
