package cn.renda.suggestion;

import java.time.LocalDate;
import java.util.List;

/** A line of the 双月跟踪 report: a key or B-class suggestion, its units, state, due date and recent progress. */
public record TrackingRow(
        long id,
        String number,
        String title,
        boolean key,
        String units,
        String state,
        LocalDate replyDue,
        boolean overdue,
        List<String> progress,
        String latestReply) {}
