package cn.renda.outreach.internal;

import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.handling.ClockEffect.startFromSource;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.ACCEPTED;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.CLOSED;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.DRAFT;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.ISSUED;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.REPLIED;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.RETURNED;
import static cn.renda.outreach.internal.VoterOpinionKind.CaseState.WITHDRAWN;

import cn.renda.calendar.Length;
import cn.renda.handling.Action;
import cn.renda.handling.CaseKind;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.GuardContext;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * A voter opinion escalated to district units (区级层面办理) as a case of the engine: the street (or the
 * office) issues it to a unit, which accepts or returns it and replies; the street closes it or sends it
 * back. Clocks: ISSUE 5 working days from receipt, ACCEPT 3 and REPLY 15 working days from issue, REHANDLE
 * 10 working days (per-congress policies override these defaults).
 */
@Component
class VoterOpinionKind implements CaseKind {

    /** Kind code in the engine. */
    static final String CODE = "VOTER_OPINION";

    /** States of the case on the engine. */
    enum CaseState {
        DRAFT,
        ISSUED,
        ACCEPTED,
        REPLIED,
        RETURNED,
        CLOSED,
        WITHDRAWN
    }

    @Override
    public KindDefinition definition() {
        return KindDefinition.of(
                CODE,
                "outreach.case.kind",
                CaseState.class,
                DRAFT,
                Set.of(CLOSED, WITHDRAWN),
                Set.of(Role.STREET, Role.STAFF),
                List.of(startFromSource(ClockName.ISSUE)),
                transitions(),
                List.of(
                        new ClockPolicy(ClockName.ISSUE, Length.workingDays(5), List.of(Length.workingDays(1))),
                        new ClockPolicy(ClockName.ACCEPT, Length.workingDays(3), List.of(Length.workingDays(1))),
                        new ClockPolicy(ClockName.REPLY, Length.workingDays(15), List.of(Length.workingDays(3))),
                        new ClockPolicy(ClockName.REHANDLE, Length.workingDays(10), List.of(Length.workingDays(2)))),
                c -> c.defaultPrefix() + "〔" + c.year() + "〕民意第" + c.sequence() + "号");
    }

    static List<Transition> transitions() {
        return List.of(
                Transition.on(Action.ASSIGN)
                        .from(DRAFT, RETURNED)
                        .to(ISSUED)
                        .roles(Role.STREET, Role.STAFF)
                        .clocks(meet(ClockName.ISSUE), start(ClockName.REPLY))
                        .build(),
                Transition.on(Action.ACCEPT)
                        .from(ISSUED)
                        .to(ACCEPTED)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.RETURN)
                        .from(ISSUED)
                        .to(RETURNED)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.TRANSFER)
                        .from(ISSUED, ACCEPTED)
                        .roles(Role.STAFF)
                        .build(),
                Transition.on(Action.REPLY)
                        .from(ACCEPTED)
                        .to(REPLIED)
                        .roles(Role.UNIT, Role.STAFF)
                        .clocks(meet(ClockName.REPLY), meet(ClockName.REHANDLE))
                        .build(),
                Transition.on(Action.REOPEN)
                        .from(REPLIED)
                        .to(ACCEPTED)
                        .roles(Role.STREET, Role.STAFF)
                        .clocks(start(ClockName.REHANDLE))
                        .build(),
                Transition.on(Action.CLOSE)
                        .from(REPLIED)
                        .to(CLOSED)
                        .roles(Role.STREET, Role.STAFF)
                        .build(),
                Transition.on(Action.MARK_KEY)
                        .from(ISSUED, ACCEPTED, REPLIED)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("outreach.guard.alreadyKey", c -> !c.current().keyCase())
                        .build(),
                Transition.on(Action.REQUEST_EXTENSION)
                        .from(ISSUED, ACCEPTED)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.APPROVE_EXTENSION)
                        .from(ISSUED, ACCEPTED)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("outreach.guard.noPendingExtension", VoterOpinionKind::pendingExtension)
                        .build(),
                Transition.on(Action.REJECT_EXTENSION)
                        .from(ISSUED, ACCEPTED)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("outreach.guard.noPendingExtension", VoterOpinionKind::pendingExtension)
                        .build(),
                Transition.on(Action.WITHDRAW)
                        .from(DRAFT, ISSUED, RETURNED)
                        .to(WITHDRAWN)
                        .roles(Role.STREET, Role.STAFF)
                        .build());
    }

    private static boolean pendingExtension(GuardContext c) {
        return c.current().extensions().stream().anyMatch(x -> x.status() == ExtensionStatus.REQUESTED);
    }
}
