package cn.renda.outreach;

/**
 * A street's figures for a year (the target assessment's inputs): theme orders and those done, activities
 * (co-organized ones count for each street), voters met, opinions received and those answered.
 */
public record StreetCoverage(
        long streetId,
        String streetName,
        long orders,
        long ordersDone,
        long activities,
        long votersMet,
        long opinions,
        long opinionsAnswered) {}
