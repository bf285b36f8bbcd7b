package cn.renda.handling.internal;

import cn.renda.handling.Action;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.CaseEvaluated;
import cn.renda.handling.CaseReopened;
import cn.renda.handling.CaseReplied;
import cn.renda.handling.ClockEffect;
import cn.renda.handling.ClockName;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ResultClass;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Steps of the reply and evaluation family: reply, evaluate, reopen. */
@Component
class ReplySteps implements StepFamily {

    @Override
    public Set<Action> actions() {
        return Set.of(Action.REPLY, Action.EVALUATE, Action.REOPEN);
    }

    @Override
    public boolean apply(Step s) {
        return switch (s.cmd.action()) {
            case REPLY -> reply(s);
            case EVALUATE -> evaluate(s);
            case REOPEN -> reopen(s);
            default -> throw new IllegalStateException("not a step of this family: " + s.cmd.action());
        };
    }

    boolean reply(Step s) {
        boolean publish = s.cmd.publish() == null || s.cmd.publish();
        s.addReply(
                s.assignment.id(), s.assignment.unitId(), ReplyType.RESULT, s.cmd.text(), s.cmd.resultClass(), publish);
        s.setAssignmentState(s.assignment.id(), AssignmentState.REPLIED);
        s.resultClass = s.cmd.resultClass();
        s.payload.put("text", s.cmd.text());
        s.payload.put("resultClass", s.cmd.resultClass().name());
        s.payload.put("publish", publish);
        boolean wasTracked = s.tracked;
        s.tracked = s.cmd.resultClass() == ResultClass.B;
        ClockRow trackingClock = s.activeClockOrNull(ClockName.TRACKING);
        if (s.tracked && trackingClock == null) {
            s.clocks.apply(
                    s.kind,
                    s.currentRow(),
                    s.caseClocks,
                    ClockEffect.start(ClockName.TRACKING),
                    "REPLY",
                    null,
                    s.today,
                    s.clockLog,
                    s.events);
        } else if (!s.tracked && wasTracked && !s.keyCase && trackingClock != null) {
            s.meet(trackingClock);
        }
        s.events.add(new CaseReplied(
                s.congress,
                s.row.id(),
                s.kind.code(),
                s.assignment.unitId(),
                s.cmd.resultClass(),
                publish,
                s.row.version()));
        return s.assignmentsNow().stream()
                .filter(a -> a.state().active() && a.role() != AssignmentRole.CO)
                .allMatch(a -> a.state() == AssignmentState.REPLIED);
    }

    boolean evaluate(Step s) {
        s.addEvaluation(s.cmd.evaluation(), s.cmd.text());
        s.evaluation = s.cmd.evaluation();
        s.payload.put("evaluation", s.cmd.evaluation().name());
        if (s.cmd.text() != null) {
            s.payload.put("text", s.cmd.text());
        }
        s.events.add(new CaseEvaluated(s.congress, s.row.id(), s.kind.code(), s.cmd.evaluation(), s.user.id()));
        if (s.cmd.evaluation() == Evaluation.UNSATISFIED
                && s.transition.to() != null
                && !s.kind.finalStates().contains(s.transition.to())) {
            s.reopenAssignments();
            s.events.add(new CaseReopened(s.congress, s.row.id(), s.kind.code(), "UNSATISFIED"));
        }
        return true;
    }

    /** Reopens the replied assignments; the evaluation is cleared. */
    boolean reopen(Step s) {
        s.payload.put("reason", s.cmd.reason());
        s.reopenAssignments();
        s.evaluation = null;
        s.events.add(new CaseReopened(s.congress, s.row.id(), s.kind.code(), s.cmd.reason()));
        return true;
    }
}
