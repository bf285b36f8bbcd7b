package cn.renda.calendar;

import cn.renda.core.DomainException;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Deadline arithmetic over a working-day predicate, free of Spring and the database so that it can be
 * checked by property tests. The rules are documented on {@link WorkingCalendar}.
 */
final class DeadlineArithmetic {

    /**
     * More consecutive days off than this means the calendar is broken (e.g. a runaway list of local
     * days off); failing beats looping for years.
     */
    static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final Predicate<LocalDate> workday;

    DeadlineArithmetic(Predicate<LocalDate> workday) {
        this.workday = workday;
    }

    boolean isWorkday(LocalDate date) {
        return workday.test(date);
    }

    LocalDate add(LocalDate from, Length length) {
        int n = length.amount();
        return switch (length.unit()) {
            case WORKING_DAYS -> addWorkingDays(from, n);
            case CALENDAR_DAYS -> workdayOnOrAfter(from.plusDays(n));
            case WEEKS -> workdayOnOrAfter(from.plusWeeks(n));
                // java.time clamps to the month's last day (31 Jan + 1 month = 28/29 Feb), as 民法典 第二百零二条.
            case MONTHS -> workdayOnOrAfter(from.plusMonths(n));
        };
    }

    /** The n-th working day after {@code from}; {@code from} itself is not counted, n = 0 is {@code from}. */
    LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate d = from;
        for (int counted = 0; counted < n; counted++) {
            d = workdayOnOrAfter(d.plusDays(1));
        }
        return d;
    }

    /** The date itself when worked, else the next working day (民法典 第二百零三条). */
    LocalDate workdayOnOrAfter(LocalDate date) {
        LocalDate d = date;
        for (int off = 0; !workday.test(d); off++) {
            if (off >= MAX_DAYS_OFF_IN_A_ROW) {
                throw new DomainException(
                        "calendar.error.noWorkday", "No working day within a year after " + date, date);
            }
            d = d.plusDays(1);
        }
        return d;
    }

    /** Working days in (from, to]; negative (the working days in (to, from]) when {@code to} is earlier. */
    long workdaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workdaysBetween(to, from);
        }
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (workday.test(d)) {
                count++;
            }
        }
        return count;
    }
}
