package cn.renda.handling;

import cn.renda.calendar.Length;
import cn.renda.calendar.WorkingCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * A test calendar with the 2023 National Day and 2024 Spring Festival holidays and their make-up
 * working days (State Council notices), used until the calendar module's implementation is merged.
 */
public class TestCalendar implements WorkingCalendar {

    private static final Set<LocalDate> HOLIDAYS = Set.of(
            LocalDate.of(2023, 9, 29),
            LocalDate.of(2023, 9, 30),
            LocalDate.of(2023, 10, 1),
            LocalDate.of(2023, 10, 2),
            LocalDate.of(2023, 10, 3),
            LocalDate.of(2023, 10, 4),
            LocalDate.of(2023, 10, 5),
            LocalDate.of(2023, 10, 6),
            LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 2, 10),
            LocalDate.of(2024, 2, 11),
            LocalDate.of(2024, 2, 12),
            LocalDate.of(2024, 2, 13),
            LocalDate.of(2024, 2, 14),
            LocalDate.of(2024, 2, 15),
            LocalDate.of(2024, 2, 16),
            LocalDate.of(2024, 2, 17));
    private static final Set<LocalDate> MAKE_UP = Set.of(
            LocalDate.of(2023, 10, 7), LocalDate.of(2023, 10, 8), LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18));

    @Override
    public boolean isWorkday(LocalDate d) {
        if (MAKE_UP.contains(d)) {
            return true;
        }
        if (HOLIDAYS.contains(d)) {
            return false;
        }
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate add(LocalDate from, Length length) {
        LocalDate d;
        switch (length.unit()) {
            case WORKING_DAYS -> {
                d = from;
                int left = length.amount();
                while (left > 0) {
                    d = d.plusDays(1);
                    if (isWorkday(d)) {
                        left--;
                    }
                }
                return d;
            }
            case CALENDAR_DAYS -> d = from.plusDays(length.amount());
            case WEEKS -> d = from.plusWeeks(length.amount());
            case MONTHS -> d = from.plusMonths(length.amount());
            default -> throw new IllegalArgumentException();
        }
        while (!isWorkday(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public long workdaysBetween(LocalDate from, LocalDate to) {
        long n = 0;
        if (to.isAfter(from)) {
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                n += isWorkday(d) ? 1 : 0;
            }
            return n;
        }
        for (LocalDate d = to.plusDays(1); !d.isAfter(from); d = d.plusDays(1)) {
            n -= isWorkday(d) ? 1 : 0;
        }
        return n;
    }
}
