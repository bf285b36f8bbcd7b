package cn.renda.calendar;

import java.time.LocalDate;

/**
 * Working days and deadline arithmetic on the calendar of the congress bound to the current thread
 * (national holidays and make-up days plus that congress's overrides). Callers run inside a
 * transaction with a congress bound.
 */
public interface WorkingCalendar {

    /** Whether the date is a working day. */
    boolean isWorkday(LocalDate date);

    /**
     * The due date {@code length} after {@code from}. Working days count only working days after
     * {@code from}; calendar days, weeks and months count on the civil calendar (a month from 31 January
     * is the last day of February) and a result on a day off moves to the next working day
     * (民法典 第二百零三条).
     */
    LocalDate add(LocalDate from, Length length);

    /** Working days in (from, to], negative when {@code to} is before {@code from}. */
    long workdaysBetween(LocalDate from, LocalDate to);
}
