package cn.renda.handling.internal;

import cn.renda.handling.Action;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.CasePublished;
import cn.renda.handling.Visibility;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Steps that record and move the case without further effects: refer, review, close, withdraw, publish. */
@Component
class ClosingSteps implements StepFamily {

    @Override
    public Set<Action> actions() {
        return Set.of(Action.REFER, Action.REVIEW_REPORT, Action.CLOSE, Action.WITHDRAW, Action.PUBLISH);
    }

    @Override
    public boolean apply(Step s) {
        return switch (s.cmd.action()) {
            case REFER -> refer(s);
            case REVIEW_REPORT -> reviewReport(s);
            case CLOSE -> close(s);
            case WITHDRAW -> withdraw(s);
            case PUBLISH -> publish(s);
            default -> throw new IllegalStateException("not a step of this family: " + s.cmd.action());
        };
    }

    /** Refers the case on, with the reason. */
    boolean refer(Step s) {
        s.payload.put("reason", s.cmd.reason());
        return true;
    }

    /** Records the office's review report. */
    boolean reviewReport(Step s) {
        s.payload.put("text", s.cmd.text());
        return true;
    }

    /** Closes the case, with an optional note. */
    boolean close(Step s) {
        if (s.cmd.text() != null) {
            s.payload.put("text", s.cmd.text());
        }
        return true;
    }

    /** Withdraws the case: every active assignment is cancelled. */
    boolean withdraw(Step s) {
        s.payload.put("reason", s.cmd.reason());
        for (AssignmentView a : s.before.assignments()) {
            if (a.state().active()) {
                s.setAssignmentState(a.id(), AssignmentState.CANCELLED);
            }
        }
        return true;
    }

    /** Publishes the case. */
    boolean publish(Step s) {
        s.visibility = Visibility.PUBLISHED;
        s.events.add(new CasePublished(s.congress, s.row.id(), s.kind.code(), s.row.number()));
        return true;
    }
}
