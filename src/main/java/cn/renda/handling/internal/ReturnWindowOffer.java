package cn.renda.handling.internal;

import cn.renda.handling.AssignmentView;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.KindDefinition;
import java.time.LocalDate;

/**
 * Whether 退办 is still offered for an assignment on the case page: the same window the step enforces (the kind's
 * RETURN policy counted from the day of the assignment), derived from the case view so no page offers a return the
 * engine would refuse. The step's refusal ({@code ReturnWindowClosedException}) stays the guard.
 */
final class ReturnWindowOffer {

    private ReturnWindowOffer() {}

    static boolean open(Deadlines deadlines, KindDefinition kind, CaseView c, AssignmentView a) {
        // The anchor of the assignment's ACCEPT clock is the day the engine counted it assigned (also for
        // back-dated imports); without one, the assignment's timestamp.
        LocalDate assignedOn = c.clocks().stream()
                .filter(k ->
                        k.name() == ClockName.ACCEPT && Long.valueOf(a.id()).equals(k.assignmentId()))
                .map(k -> k.anchorDate())
                .findFirst()
                .orElseGet(() -> a.assignedAt() == null
                        ? deadlines.today()
                        : a.assignedAt().atZoneSameInstant(Deadlines.ZONE).toLocalDate());
        LocalDate lastDay = deadlines.due(
                assignedOn, deadlines.policy(kind, ClockName.RETURN).length());
        return !deadlines.today().isAfter(lastDay);
    }
}
