package cn.renda.calendar;

import java.time.LocalDate;

/**
 * Working days and deadline arithmetic on the calendar of the congress bound to the current thread
 * (national holidays and make-up days plus that congress's overrides). Callers run inside a
 * transaction with a congress bound.
 *
 * <p>A <b>working day</b> is a date that the congress's override makes a working day, or, without an
 * override, (Monday–Friday and not a day off in the State Council's notice) or a make-up working day
 * (调休上班) of the notice. Years without a notice in the bundled data (e.g. 2027 before it ships) count
 * only weekends as days off until an ADMIN enters the schedule as overrides.
 *
 * <p>Deadline rules of {@link #add}:
 *
 * <ul>
 *   <li><b>Working days</b>: the n-th working day after {@code from}; {@code from} itself is not counted,
 *       whether worked or not (2023-01-20 + 5 working days = 2023-02-01: 21–27 January are the Spring
 *       Festival break, the make-up Saturday 28 and Sunday 29 January count). 0 working days is
 *       {@code from}.
 *   <li><b>Calendar days, weeks, months</b>: civil arithmetic from {@code from} (the start day is not
 *       counted, 民法典 第二百零一条); a month period ends on the same day of the month, or on the month's
 *       last day when it has no such day (31 January + 1 month = 28/29 February, 第二百零二条). When that
 *       day is not a working day the period ends on the next working day (第二百零三条: a period whose last
 *       day is a statutory holiday ends on the day after the holiday). 0 days is {@code from}, moved to the
 *       next working day when it is a day off.
 *   <li>{@link #workdaysBetween}: the working days after {@code from} up to and including {@code to},
 *       negative when {@code to} is earlier, so that
 *       {@code workdaysBetween(from, add(from, workingDays(n))) == n}.
 * </ul>
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
