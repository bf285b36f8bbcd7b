package cn.renda.calendar;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A congress's own decision on one date, which wins over the national schedule. */
public record DayOverride(LocalDate date, boolean workday, String name, String createdBy, OffsetDateTime createdAt) {}
