package cn.renda.handling;

/**
 * One answering unit's tallies over a set of cases (its lead or separate assignments, not cancelled): cases,
 * reply clocks due and met on time, cases the unit contacted the proposer about, its first results A–D, the
 * cases' last evaluations satisfied / basically satisfied, and the evaluated cases it answers.
 */
public record UnitHandlingTally(
        long unitId,
        int cases,
        int due,
        int onTime,
        int contacted,
        int resultA,
        int resultB,
        int resultC,
        int resultD,
        int satisfied,
        int basicallySatisfied,
        int evaluated) {}
