package cn.renda.handling;

/**
 * Figures over a set of cases, counted by the database: assigned, replied, first result class A–D,
 * evaluated (satisfied / basically satisfied / unsatisfied), key (重点督办) and overdue cases.
 */
public record CaseFigures(
        int assigned,
        int replied,
        int resultA,
        int resultB,
        int resultC,
        int resultD,
        int evaluated,
        int satisfied,
        int basicallySatisfied,
        int unsatisfied,
        int key,
        int overdue) {}
