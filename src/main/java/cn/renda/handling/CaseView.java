package cn.renda.handling;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A case with everything a case page shows. {@code actions} are the actions the current user may fire
 * now; {@code colour} is the most urgent colour of its active clocks (GREEN when none runs).
 */
public record CaseView(
        long id,
        String kind,
        String number,
        String title,
        String content,
        String category,
        String state,
        Visibility visibility,
        SourceLink source,
        List<Proposer> proposers,
        Map<String, Object> attributes,
        boolean keyCase,
        Long supervisingLeaderId,
        Integer trackingMonths,
        boolean tracked,
        ResultClass resultClass,
        Evaluation evaluation,
        Colour colour,
        List<AssignmentView> assignments,
        List<ClockView> clocks,
        List<ReplyView> replies,
        List<EvaluationView> evaluations,
        List<ExtensionView> extensions,
        List<AttachmentView> attachments,
        List<Action> actions,
        long createdBy,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {}
