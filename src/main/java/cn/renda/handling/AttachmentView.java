package cn.renda.handling;

import java.time.OffsetDateTime;

/** An attachment's metadata. */
public record AttachmentView(
        long id,
        String filename,
        String contentType,
        long size,
        String sha256,
        long uploadedBy,
        OffsetDateTime uploadedAt) {}
