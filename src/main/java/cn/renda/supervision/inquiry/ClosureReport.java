package cn.renda.supervision.inquiry;

import java.util.List;

/**
 * The live closure rate of an inquiry overall, per category and per responsible unit, and whether it
 * warns: the inquiry date is within the warning window (or past) while the overall rate is short of the
 * threshold and the meeting has not been held.
 */
public record ClosureReport(
        ClosureRate overall, List<ClosureRate> byCategory, List<ClosureRate> byUnit, long daysLeft, boolean warning) {}
