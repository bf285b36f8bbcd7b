package cn.renda.outreach;

import cn.renda.handling.Evaluation;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the citizen sees by tracking code: the opinion, where it stands, the reply and the evaluation, and the
 * steps so far (without who took them). Never the citizen's name or phone.
 */
public record PublicOpinionView(
        String code,
        String title,
        String content,
        OpinionState state,
        OpinionTier tier,
        String streetName,
        OffsetDateTime receivedAt,
        String reply,
        OffsetDateTime repliedAt,
        Evaluation evaluation,
        boolean mayEvaluate,
        List<Step> steps) {

    /** A public step: what and when. */
    public record Step(String action, OpinionState toState, OffsetDateTime at) {}
}
