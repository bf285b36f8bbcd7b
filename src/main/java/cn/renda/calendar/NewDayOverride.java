package cn.renda.calendar;

import java.time.LocalDate;

/** Command: make a date a working day or a day off for the bound congress, with a name or reason. */
public record NewDayOverride(LocalDate date, Boolean workday, String name) {}
