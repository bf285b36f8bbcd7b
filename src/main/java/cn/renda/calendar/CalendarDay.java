package cn.renda.calendar;

import java.time.LocalDate;

/**
 * One date of the effective calendar: whether it is worked, its kind, the holiday name (national or
 * from an override) and whether the congress's override decided it.
 */
public record CalendarDay(LocalDate date, boolean workday, DayKind kind, String name, boolean override) {}
