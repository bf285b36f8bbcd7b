package cn.renda.outreach;

import java.time.OffsetDateTime;

/** A published answer to a voter opinion (公示反馈), without the tracking code or anything personal. */
public record PublishedReply(
        long id,
        String title,
        String category,
        String streetName,
        OpinionTier tier,
        String reply,
        OffsetDateTime repliedAt) {}
