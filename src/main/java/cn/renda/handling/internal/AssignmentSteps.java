package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.CaseAccepted;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.CaseCoOpinionSent;
import cn.renda.handling.CasePlanSubmitted;
import cn.renda.handling.CaseReturned;
import cn.renda.handling.CaseTransferred;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReturnWindowClosedException;
import cn.renda.handling.UnitAssignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Steps of the assignment family: assign, accept, return, transfer, plan, co-opinion. */
@Component
class AssignmentSteps implements StepFamily {
    private final Deadlines deadlines;

    AssignmentSteps(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public Set<Action> actions() {
        return Set.of(
                Action.ASSIGN, Action.ACCEPT, Action.RETURN, Action.TRANSFER, Action.SUBMIT_PLAN, Action.CO_OPINION);
    }

    @Override
    public boolean apply(Step s) {
        return switch (s.cmd.action()) {
            case ASSIGN -> assign(s);
            case ACCEPT -> accept(s);
            case RETURN -> giveBack(s);
            case TRANSFER -> transfer(s);
            case SUBMIT_PLAN -> plan(s);
            case CO_OPINION -> coOpinion(s);
            default -> throw new IllegalStateException("not a step of this family: " + s.cmd.action());
        };
    }

    boolean assign(Step s) {
        Set<Long> active = new java.util.HashSet<>();
        s.before.assignments().stream().filter(a -> a.state().active()).forEach(a -> active.add(a.unitId()));
        boolean hasLead =
                s.before.assignments().stream().anyMatch(a -> a.state().active() && a.role() == AssignmentRole.LEAD);
        for (UnitAssignment ua : s.cmd.assignments()) {
            if (active.contains(ua.unitId()) || (hasLead && ua.role() == AssignmentRole.LEAD)) {
                throw new InvalidInputException("assignments", "handling.error.assignments");
            }
        }
        List<Map<String, Object>> list = new ArrayList<>();
        for (UnitAssignment ua : s.cmd.assignments()) {
            long aid = s.insertAssignment(ua.unitId(), ua.role());
            s.startAcceptClock(aid, ua.unitId());
            if (ua.role() == AssignmentRole.CO) {
                s.startAssignmentClock(aid, ua.unitId(), ClockName.CO_OPINION);
            }
            list.add(Map.of("unitId", ua.unitId(), "role", ua.role().name()));
        }
        s.payload.put("assignments", list);
        s.events.add(new CaseAssigned(s.congress, s.row.id(), s.kind.code(), s.row.number(), s.cmd.assignments()));
        return true;
    }

    boolean accept(Step s) {
        s.setAssignmentState(s.assignment.id(), AssignmentState.ACCEPTED);
        ClockRow k = s.acceptClock(s.assignment.id());
        if (k != null) {
            s.meet(k);
        }
        s.events.add(new CaseAccepted(s.congress, s.row.id(), s.kind.code(), s.assignment.unitId()));
        return s.assignmentsNow().stream()
                .filter(a -> a.state().active())
                .noneMatch(a -> a.state() == AssignmentState.PENDING);
    }

    boolean giveBack(Step s) {
        requireReturnWindow(s);
        s.returnAssignment(s.assignment.id(), s.cmd.reason());
        ClockRow k = s.acceptClock(s.assignment.id());
        if (k != null) {
            s.caseClocks.cancel(k);
            s.clockLog.add("CANCEL ACCEPT " + s.assignment.unitId());
        }
        cancelCoOpinionClock(s, s.assignment);
        s.payload.put("reason", s.cmd.reason());
        s.events.add(new CaseReturned(s.congress, s.row.id(), s.kind.code(), s.assignment.unitId(), s.cmd.reason()));
        return s.assignmentsNow().stream().noneMatch(a -> a.state().active());
    }

    boolean transfer(Step s) {
        AssignmentView from = s.before.assignments().stream()
                .filter(a -> a.state().active() && a.unitId() == s.cmd.unitId())
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("unitId", "handling.error.unit"));
        if (s.before.assignments().stream().anyMatch(a -> a.state().active() && a.unitId() == s.cmd.toUnitId())) {
            throw new InvalidInputException("toUnitId", "handling.error.unit");
        }
        s.transferAssignment(from.id(), s.cmd.toUnitId());
        ClockRow k = s.acceptClock(from.id());
        if (k != null) {
            s.caseClocks.cancel(k);
            s.clockLog.add("CANCEL ACCEPT " + from.unitId());
        }
        cancelCoOpinionClock(s, from);
        long aid = s.insertAssignment(s.cmd.toUnitId(), from.role());
        s.startAcceptClock(aid, s.cmd.toUnitId());
        if (from.role() == AssignmentRole.CO) {
            s.startAssignmentClock(aid, s.cmd.toUnitId(), ClockName.CO_OPINION);
        }
        s.payload.put("fromUnitId", from.unitId());
        s.payload.put("toUnitId", s.cmd.toUnitId());
        if (s.cmd.reason() != null) {
            s.payload.put("reason", s.cmd.reason());
        }
        s.events.add(new CaseTransferred(s.congress, s.row.id(), s.kind.code(), from.unitId(), s.cmd.toUnitId()));
        return true;
    }

    boolean plan(Step s) {
        s.addReply(s.assignment.id(), s.assignment.unitId(), ReplyType.PLAN, s.cmd.text(), null, false);
        s.setAssignmentState(s.assignment.id(), AssignmentState.PLANNED);
        s.payload.put("text", s.cmd.text());
        s.events.add(new CasePlanSubmitted(s.congress, s.row.id(), s.kind.code(), s.assignment.unitId()));
        return s.assignmentsNow().stream()
                .filter(a -> a.state().active() && a.role() != AssignmentRole.CO)
                .allMatch(a -> a.state() == AssignmentState.PLANNED || a.state() == AssignmentState.REPLIED);
    }

    boolean coOpinion(Step s) {
        s.addReply(s.assignment.id(), s.assignment.unitId(), ReplyType.CO_OPINION, s.cmd.text(), null, false);
        s.setAssignmentState(s.assignment.id(), AssignmentState.OPINION_SENT);
        ClockRow co = s.assignmentClock(s.assignment.id(), ClockName.CO_OPINION);
        if (co != null) {
            s.meet(co);
        }
        s.payload.put("text", s.cmd.text());
        s.events.add(new CaseCoOpinionSent(s.congress, s.row.id(), s.kind.code(), s.assignment.unitId()));
        return false;
    }

    /**
     * 退办 only within the window: the RETURN policy of the kind (7 working days by default) counted
     * on the congress calendar from the day of the assignment; later the return is refused.
     */
    private void requireReturnWindow(Step s) {
        ClockPolicy window = s.policy(ClockName.RETURN);
        // The day of the assignment as the engine counted it: the anchor of its ACCEPT clock (the engine's
        // today, also for back-dated imports), else the assignment's timestamp.
        LocalDate assignedOn = s.caseClocks.all().stream()
                .filter(k -> k.name() == ClockName.ACCEPT
                        && Long.valueOf(s.assignment.id()).equals(k.assignmentId()))
                .map(ClockRow::anchorDate)
                .findFirst()
                .orElseGet(() -> s.assignment.assignedAt() == null
                        ? s.today
                        : s.assignment
                                .assignedAt()
                                .atZoneSameInstant(Deadlines.ZONE)
                                .toLocalDate());
        LocalDate lastDay = s.deadlines.due(assignedOn, window.length());
        if (s.today.isAfter(lastDay)) {
            throw new ReturnWindowClosedException(lastDay);
        }
    }

    private static void cancelCoOpinionClock(Step s, AssignmentView a) {
        ClockRow co = s.assignmentClock(a.id(), ClockName.CO_OPINION);
        if (co != null) {
            s.caseClocks.cancel(co);
            s.clockLog.add("CANCEL CO_OPINION " + a.unitId());
        }
    }
}
