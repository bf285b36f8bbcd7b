package cn.renda.supervision.inquiry;

import java.time.LocalDate;
import java.util.List;

/**
 * A problem of the list with its responsible units (the first leads), its case once handed over and
 * that case's engine state ({@code caseState}, null before the handover).
 */
public record ProblemView(
        long id,
        int seq,
        long categoryId,
        String category,
        ObjectKind sourceKind,
        String sourceObject,
        String description,
        String evidence,
        ProblemState state,
        Long caseId,
        String caseState,
        LocalDate closedOn,
        List<UnitRef> units) {

    /** Whether the units have reported rectification and the committee may verify (销号) it. */
    public boolean awaitingVerification() {
        return state == ProblemState.HANDED_OVER && InquiryProblemKind.REPORTED.equals(caseState);
    }
}
