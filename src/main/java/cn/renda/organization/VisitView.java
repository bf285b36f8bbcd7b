package cn.renda.organization;

import java.time.LocalDate;

/** A visit to a responsibility target: date, what was done, problems found. */
public record VisitView(long id, long responsibilityId, LocalDate date, String summary, String problems) {}
