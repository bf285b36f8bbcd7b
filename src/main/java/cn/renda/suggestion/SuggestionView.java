package cn.renda.suggestion;

import java.time.OffsetDateTime;
import java.util.List;

/** A submission with everything its page shows except the case itself (see {@link SuggestionDetail}). */
public record SuggestionView(
        long id,
        SubmissionType type,
        String title,
        String content,
        String topic,
        int year,
        boolean duringSession,
        String research,
        String facts,
        String consulted,
        Long leadAccountId,
        String leadName,
        List<SignerView> signers,
        SubmissionStatus status,
        String reviewComment,
        List<QualityItem> checklistFailed,
        boolean complex,
        boolean publishConsent,
        Long caseId,
        String caseKind,
        String caseNumber,
        String caseState,
        Long mergedInto,
        List<Long> mergedCases,
        List<ContactView> contacts,
        List<ProgressNote> progress,
        OffsetDateTime createdAt,
        OffsetDateTime submittedAt,
        OffsetDateTime registeredAt) {}
