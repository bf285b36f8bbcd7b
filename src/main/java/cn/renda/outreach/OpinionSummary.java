package cn.renda.outreach;

import java.time.OffsetDateTime;

/** A voter opinion as a list row. */
public record OpinionSummary(
        long id,
        String code,
        String title,
        OpinionChannel channel,
        OpinionState state,
        OpinionTier tier,
        String category,
        String streetName,
        String deputyName,
        OffsetDateTime receivedAt) {}
