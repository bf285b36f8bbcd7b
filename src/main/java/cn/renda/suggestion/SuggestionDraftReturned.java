package cn.renda.suggestion;

import java.time.Instant;

/** Event: the office returned a submitted suggestion or motion to its deputies for improvement. */
public record SuggestionDraftReturned(long congressId, long submissionId, Instant returnedAt) {}
