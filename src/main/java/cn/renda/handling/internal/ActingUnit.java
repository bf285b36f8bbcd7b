package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.ActionForbiddenException;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.CaseView;
import cn.renda.handling.IllegalTransitionException;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.List;
import java.util.Set;

/** Which assignment a unit action is taken for, and whether that assignment may take it now. */
final class ActingUnit {
    /** Actions a unit takes for its own assignment. */
    static final Set<Action> UNIT_ACTIONS = Set.of(
            Action.ACCEPT,
            Action.RETURN,
            Action.SUBMIT_PLAN,
            Action.CO_OPINION,
            Action.REPLY,
            Action.TRACKING_REPORT,
            Action.REQUEST_EXTENSION);

    ActingUnit() {}

    /** The assignment the user acts for: a UNIT user's own unit; STAFF may name one (or the only fitting one). */
    static AssignmentView actingAssignment(CaseView c, ActionCommand cmd, CurrentUser user) {
        Long unit;
        if (user.hasAny(Role.UNIT) && !user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            unit = user.unitId();
            if (unit == null || (cmd.unitId() != null && !cmd.unitId().equals(unit))) {
                throw ActionForbiddenException.unit(cmd.action(), cmd.unitId());
            }
        } else {
            unit = cmd.unitId();
        }
        List<AssignmentView> active =
                c.assignments().stream().filter(a -> a.state().active()).toList();
        if (unit == null) {
            if (cmd.action() == Action.TRACKING_REPORT || cmd.action() == Action.REQUEST_EXTENSION) {
                return null; // staff may report or ask on behalf of the case itself
            }
            List<AssignmentView> fitting =
                    active.stream().filter(a -> fits(cmd.action(), a)).toList();
            if (fitting.size() != 1) {
                throw new InvalidInputException("unitId", "handling.error.unit");
            }
            return fitting.get(0);
        }
        Long u = unit;
        return active.stream()
                .filter(a -> a.unitId() == u)
                .findFirst()
                .orElseThrow(() -> ActionForbiddenException.unit(cmd.action(), u));
    }

    static boolean fits(Action action, AssignmentView a) {
        return switch (action) {
            case ACCEPT -> a.state() == AssignmentState.PENDING;
            case RETURN -> a.state() == AssignmentState.PENDING || a.state() == AssignmentState.ACCEPTED;
            case SUBMIT_PLAN -> a.role() != AssignmentRole.CO && a.state() == AssignmentState.ACCEPTED;
            case CO_OPINION -> a.role() == AssignmentRole.CO
                    && (a.state() == AssignmentState.ACCEPTED || a.state() == AssignmentState.OPINION_SENT);
            case REPLY -> a.role() != AssignmentRole.CO
                    && (a.state() == AssignmentState.ACCEPTED
                            || a.state() == AssignmentState.PLANNED
                            || a.state() == AssignmentState.REPLIED);
            default -> a.state().active();
        };
    }

    static void checkAssignmentState(Action action, AssignmentView a, CaseRow c) {
        if (a == null) {
            return;
        }
        boolean ok = fits(action, a);
        if (action == Action.REPLY && a.state() == AssignmentState.REPLIED && !c.tracked()) {
            ok = false; // a second reply only for tracked (B-class) cases
        }
        if (!ok) {
            throw IllegalTransitionException.of(a.state().name(), action);
        }
    }
}
