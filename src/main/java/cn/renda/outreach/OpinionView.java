package cn.renda.outreach;

import cn.renda.handling.Evaluation;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A voter opinion as staff, street and the deputy who received it see it: citizen contact only masked;
 * {@code actions} are the steps the signed-in user may take now; {@code history} every step so far.
 */
public record OpinionView(
        long id,
        String code,
        OpinionChannel channel,
        OpinionState state,
        OpinionTier tier,
        String category,
        String title,
        String content,
        Long streetId,
        String streetName,
        Long stationId,
        String stationName,
        Long deputyId,
        String deputyName,
        Long activityId,
        String citizenName,
        String citizenPhone,
        Long caseId,
        Long suggestionId,
        String reply,
        OffsetDateTime repliedAt,
        boolean replyPublished,
        Evaluation evaluation,
        String evaluationComment,
        OffsetDateTime receivedAt,
        long version,
        List<OpinionAction> actions,
        List<OpinionEventView> history) {}
