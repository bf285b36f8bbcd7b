package cn.renda.suggestion;

import java.time.OffsetDateTime;

/** A submission as a list row, with its case number and state once registered. */
public record SuggestionSummary(
        long id,
        SubmissionType type,
        String title,
        String topic,
        int year,
        String leadName,
        SubmissionStatus status,
        Long caseId,
        String caseNumber,
        String caseState,
        Long mergedInto,
        OffsetDateTime updatedAt) {}
