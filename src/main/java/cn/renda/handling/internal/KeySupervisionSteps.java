package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.CaseMarkedKey;
import cn.renda.handling.ClockName;
import cn.renda.handling.ReplyType;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Steps of the key supervision family: marking a key case and its tracking reports. */
@Component
class KeySupervisionSteps implements StepFamily {
    private final AccountFacade accounts;

    KeySupervisionSteps(AccountFacade accounts) {
        this.accounts = accounts;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(Action.MARK_KEY, Action.TRACKING_REPORT);
    }

    @Override
    public boolean apply(Step s) {
        return switch (s.cmd.action()) {
            case MARK_KEY -> markKey(s);
            case TRACKING_REPORT -> trackingReport(s);
            default -> throw new IllegalStateException("not a step of this family: " + s.cmd.action());
        };
    }

    boolean markKey(Step s) {
        var leaderAccount = accounts.get(s.cmd.leaderId());
        if (!leaderAccount.roles().contains(Role.LEADER)) {
            throw new InvalidInputException("leaderId", "handling.error.leader");
        }
        s.keyCase = true;
        s.leader = s.cmd.leaderId();
        s.trackingMonths = s.cmd.trackingMonths() == null ? 2 : s.cmd.trackingMonths();
        ClockRow k = s.activeClockOrNull(ClockName.TRACKING);
        if (k != null) {
            s.caseClocks.cancel(k);
        }
        s.startTracking();
        s.payload.put("leaderId", s.leader);
        s.payload.put("trackingMonths", s.trackingMonths);
        s.events.add(new CaseMarkedKey(s.congress, s.row.id(), s.kind.code(), s.leader, s.trackingMonths));
        return true;
    }

    boolean trackingReport(Step s) {
        s.addReply(
                s.assignment == null ? null : s.assignment.id(),
                s.assignment == null ? null : s.assignment.unitId(),
                ReplyType.TRACKING_REPORT,
                s.cmd.text(),
                null,
                false);
        s.payload.put("text", s.cmd.text());
        ClockRow k = s.activeClockOrNull(ClockName.TRACKING);
        if (k != null) {
            s.meet(k);
        }
        if (s.keyCase || s.tracked) {
            s.startTracking();
        }
        return true;
    }
}
