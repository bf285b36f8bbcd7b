package cn.renda.suggestion;

/**
 * 年底考评 of one unit's handling in a year: cases led, replies due and on time, contacts, result classes,
 * evaluations, the score (on time 40, contact 20, solved A+B 20, satisfaction 20) and its rank.
 */
public record UnitEvaluation(
        long unitId,
        String unitName,
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
        int unsatisfied,
        double onTimeRate,
        double contactRate,
        double solvedRate,
        double satisfactionRate,
        double score,
        int rank) {}
