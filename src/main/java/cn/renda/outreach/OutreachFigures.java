package cn.renda.outreach;

import cn.renda.core.PageRequest;
import java.util.List;

/**
 * Outreach figures per deputy and per congress for a year — the inputs the performance ledger and evaluations
 * read (activities attended, voters met, reception days on duty, voters received, trainings attended, opinions
 * received) — and a deputy's own record behind them.
 */
public interface OutreachFigures {

    /** One deputy's figures for a year (zeros when nothing was recorded). */
    DeputyFigures ofDeputy(long personId, int year);

    /** Every deputy with at least one record in the year, by name; a handful of set-based queries. */
    List<DeputyFigures> perDeputy(int year);

    /** The congress's totals for a year. */
    CongressFigures ofCongress(int year);

    /** A deputy's record for a year: the figures, the activities (paged, newest first), duty days and trainings. */
    DeputyRecord record(long personId, int year, PageRequest activities);
}
