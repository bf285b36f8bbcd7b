package cn.renda.meeting;

import java.time.OffsetDateTime;

/** A meeting document with how many SC members have read it. */
public record DocumentView(
        long id,
        long meetingId,
        DocumentKind kind,
        String title,
        String fileName,
        String contentType,
        int size,
        OffsetDateTime uploadedAt,
        int membersRead) {}
