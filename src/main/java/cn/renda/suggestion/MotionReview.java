package cn.renda.suggestion;

import java.time.LocalDate;

/**
 * A motion's committee handling: the committee it was referred to and when, and the committee's review
 * report (审议结果报告: date, decision, text) once made.
 */
public record MotionReview(
        long caseId,
        long committeeId,
        String committeeName,
        LocalDate referredOn,
        String referNote,
        LocalDate reportedOn,
        MotionDecision decision,
        String report) {

    /** Whether the committee has reported. */
    public boolean reported() {
        return decision != null;
    }
}
