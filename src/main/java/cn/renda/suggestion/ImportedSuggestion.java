package cn.renda.suggestion;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: take over a suggestion submitted outside the platform (paper, the previous system, a session's
 * batch) as SUBMITTED, with its lead deputy (person, and account if they have one), co-signers and date.
 */
public record ImportedSuggestion(
        SubmissionType type,
        String title,
        String content,
        String topic,
        int year,
        boolean duringSession,
        String research,
        String facts,
        String consulted,
        long leadPersonId,
        Long leadAccountId,
        List<Long> coSigners,
        boolean publishConsent,
        LocalDate submittedOn) {

    public ImportedSuggestion {
        coSigners = coSigners == null ? List.of() : List.copyOf(coSigners);
        type = type == null ? SubmissionType.SUGGESTION : type;
    }
}
