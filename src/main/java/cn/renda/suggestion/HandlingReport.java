package cn.renda.suggestion;

import java.util.List;

/** 代表建议办理情况报告 for a year, generated from the data: figures, a summary paragraph and the unit ranking. */
public record HandlingReport(
        int year,
        int submitted,
        int motions,
        int registered,
        int merged,
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
        int overdue,
        String summary,
        List<UnitEvaluation> units) {}
