package cn.renda.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The 监督法 第十五条 timeline of a special work report: the report reaches the responsible committee 20
 * days before the meeting, the revised report the standing committee 10 days before, the members 7 days
 * before (per-congress periods by {@link TimelinePolicy}). Pure: due dates from the meeting date, warnings
 * from the recorded dates and today.
 */
public final class ReportTimeline {

    /** Days before the due date from which an undelivered step shows yellow. */
    public static final int YELLOW_DAYS = 3;

    /** A step of the timeline and how many days before the meeting it is due. */
    public enum Step {
        TO_COMMITTEE(20),
        REVISED_TO_SC(10),
        TO_MEMBERS(7);

        private final int daysBefore;

        Step(int daysBefore) {
            this.daysBefore = daysBefore;
        }

        public int daysBefore() {
            return daysBefore;
        }
    }

    /** NONE: on time or not yet near; YELLOW: due within 3 days and undelivered, or delivered late; RED: overdue. */
    public enum Warning {
        NONE,
        YELLOW,
        RED
    }

    /** One step: due date, actual date (null while undelivered) and its warning. */
    public record Deadline(Step step, LocalDate due, LocalDate actual, Warning warning) {}

    private ReportTimeline() {}

    /** The due date of a step for a meeting on {@code meetingDate} (the legal default period). */
    public static LocalDate due(Step step, LocalDate meetingDate) {
        return meetingDate.minusDays(step.daysBefore());
    }

    /** The three deadlines with their warnings as of {@code today}, with the legal default periods. */
    public static List<Deadline> of(
            LocalDate meetingDate, LocalDate toCommittee, LocalDate revisedToSc, LocalDate toMembers, LocalDate today) {
        return of(meetingDate, toCommittee, revisedToSc, toMembers, today, Map.of());
    }

    /**
     * The three deadlines with their warnings as of {@code today}; {@code daysBefore} holds the congress's
     * periods ({@link TimelinePolicy}), a missing step takes the legal default.
     */
    public static List<Deadline> of(
            LocalDate meetingDate,
            LocalDate toCommittee,
            LocalDate revisedToSc,
            LocalDate toMembers,
            LocalDate today,
            Map<Step, Integer> daysBefore) {
        return List.of(
                deadline(Step.TO_COMMITTEE, meetingDate, toCommittee, today, days(daysBefore, Step.TO_COMMITTEE)),
                deadline(Step.REVISED_TO_SC, meetingDate, revisedToSc, today, days(daysBefore, Step.REVISED_TO_SC)),
                deadline(Step.TO_MEMBERS, meetingDate, toMembers, today, days(daysBefore, Step.TO_MEMBERS)));
    }

    private static int days(Map<Step, Integer> daysBefore, Step step) {
        return daysBefore.getOrDefault(step, step.daysBefore());
    }

    static Deadline deadline(Step step, LocalDate meetingDate, LocalDate actual, LocalDate today) {
        return deadline(step, meetingDate, actual, today, step.daysBefore());
    }

    static Deadline deadline(Step step, LocalDate meetingDate, LocalDate actual, LocalDate today, int daysBefore) {
        LocalDate due = meetingDate.minusDays(daysBefore);
        Warning warning;
        if (actual != null) {
            warning = actual.isAfter(due) ? Warning.YELLOW : Warning.NONE;
        } else if (today.isAfter(due)) {
            warning = Warning.RED;
        } else if (!today.isBefore(due.minusDays(YELLOW_DAYS))) {
            warning = Warning.YELLOW;
        } else {
            warning = Warning.NONE;
        }
        return new Deadline(step, due, actual, warning);
    }
}
