package cn.renda.outreach.internal;

import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewCase;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitAssignment;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The one adapter between voter opinions and the handling engine (so engine signature changes stay here). */
@Component
class OpinionCases {

    private final HandlingFacade handling;

    OpinionCases(HandlingFacade handling) {
        this.handling = handling;
    }

    /** Creates the case of an escalated opinion and issues it to the unit as LEAD; returns the case. */
    CaseView escalate(OpinionRow o, String category, long unitId) {
        SourceType source = o.activityId() != null ? SourceType.ACTIVITY : SourceType.VOTER_OPINION;
        CaseView created = handling.create(new NewCase(
                VoterOpinionKind.CODE,
                o.title(),
                o.content(),
                category,
                new SourceLink(source, o.code(), o.receivedAt().toLocalDate()),
                List.of(),
                Map.of("opinionCode", o.code(), "streetId", o.streetId() == null ? 0L : o.streetId())));
        return handling.act(
                created.id(),
                ActionCommand.assign(created.version(), List.of(new UnitAssignment(unitId, AssignmentRole.LEAD))));
    }

    /** The latest reply (答复) on the case, if any. */
    Optional<ReplyView> latestReply(long caseId) {
        return handling.get(caseId).replies().stream()
                .filter(r -> r.type() == ReplyType.RESULT)
                .max(Comparator.comparing(ReplyView::at));
    }
}
