package cn.renda.outreach.internal;

import cn.renda.outreach.OpinionChannel;
import cn.renda.outreach.OpinionState;
import cn.renda.outreach.OpinionTier;
import java.time.OffsetDateTime;

/** A row of outreach.opinion. */
record OpinionRow(
        long id,
        String code,
        OpinionChannel channel,
        OpinionState state,
        OpinionTier tier,
        String category,
        String title,
        String content,
        Long streetId,
        Long stationId,
        String stationName,
        Long deputyId,
        String deputyName,
        Long activityId,
        String citizenNameMasked,
        String citizenPhoneMasked,
        Long caseId,
        String caseNumber,
        Long suggestionId,
        String reply,
        OffsetDateTime repliedAt,
        boolean replyPublished,
        String evaluation,
        String evaluationComment,
        OffsetDateTime receivedAt,
        long version) {}
