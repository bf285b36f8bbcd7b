package cn.renda.outreach;

import cn.renda.core.Page;
import java.time.LocalDate;
import java.util.List;

/** A deputy's outreach record of a year: figures, activities attended, reception days on duty, trainings. */
public record DeputyRecord(DeputyFigures figures, Page<Entry> activities, List<Entry> dutyDays, List<Entry> trainings) {

    public DeputyRecord {
        dutyDays = List.copyOf(dutyDays);
        trainings = List.copyOf(trainings);
    }

    /** One line of the record: what, when, where or what kind, and a count (voters met / received). */
    public record Entry(long id, String title, LocalDate on, String detail, Integer count) {}
}
