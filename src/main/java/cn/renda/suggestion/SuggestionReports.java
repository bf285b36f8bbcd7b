package cn.renda.suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * 督有效: the bi-monthly tracking report of key and B-class suggestions, the year-end evaluation of the
 * units and the handling report for the next session (page and Excel), generated from the cases.
 */
public interface SuggestionReports {

    /** 双月跟踪: open key and B-class suggestions with their progress notes of the last two months. */
    List<TrackingRow> tracking(LocalDate asOf);

    /** 年底考评: each answering unit's handling of the year's suggestions, scored and ranked. */
    List<UnitEvaluation> evaluation(int year);

    /**
     * 代表建议办理情况报告 for the year: counted by the database (GROUP BY over the year's cases) and shared
     * for a few seconds by everyone asking for the same congress and year.
     */
    HandlingReport handlingReport(int year);

    /** The handling report as an Excel workbook: the figures and the unit ranking. */
    byte[] handlingReportExcel(int year);
}
