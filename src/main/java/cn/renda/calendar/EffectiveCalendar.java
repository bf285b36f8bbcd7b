package cn.renda.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * The calendar of one congress: national data plus the congress's overrides, where an override wins.
 * A working day is (Monday–Friday and not a listed day off) or a listed make-up working day. Immutable.
 */
final class EffectiveCalendar {

    /** A congress's decision on one date. */
    record Override(boolean workday, String name) {}

    private final HolidayTable national;
    private final Map<LocalDate, Override> overrides;

    EffectiveCalendar(HolidayTable national, Map<LocalDate, Override> overrides) {
        this.national = national;
        this.overrides = Map.copyOf(overrides);
    }

    boolean isWorkday(LocalDate date) {
        Override o = overrides.get(date);
        if (o != null) {
            return o.workday();
        }
        return national.listed(date).map(l -> !l.offDay()).orElseGet(() -> !HolidayTable.isWeekend(date));
    }

    /** The date with its kind and name as the pages and the API show it. */
    CalendarDay day(LocalDate date) {
        boolean weekend = HolidayTable.isWeekend(date);
        Override o = overrides.get(date);
        if (o != null) {
            return new CalendarDay(date, o.workday(), kind(o.workday(), weekend), o.name(), true);
        }
        return national.listed(date)
                .map(l -> new CalendarDay(date, !l.offDay(), kind(!l.offDay(), weekend), l.name(), false))
                .orElseGet(() ->
                        new CalendarDay(date, !weekend, weekend ? DayKind.WEEKEND : DayKind.WORKDAY, null, false));
    }

    /** The deadline arithmetic on this calendar. */
    DeadlineArithmetic arithmetic() {
        return new DeadlineArithmetic(this::isWorkday);
    }

    HolidayTable national() {
        return national;
    }

    private static DayKind kind(boolean workday, boolean weekend) {
        if (workday) {
            return weekend ? DayKind.MAKEUP_WORKDAY : DayKind.WORKDAY;
        }
        return weekend ? DayKind.WEEKEND : DayKind.HOLIDAY;
    }
}
