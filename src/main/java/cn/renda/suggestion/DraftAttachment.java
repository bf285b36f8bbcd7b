package cn.renda.suggestion;

import java.time.OffsetDateTime;

/**
 * A file a deputy attached to a suggestion as evidence (提有据); {@code caseAttachmentId} is the copy on the
 * case once the suggestion is registered.
 */
public record DraftAttachment(
        long id,
        String filename,
        String contentType,
        long size,
        String sha256,
        OffsetDateTime uploadedAt,
        Long caseAttachmentId) {}
