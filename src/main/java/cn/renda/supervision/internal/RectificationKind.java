package cn.renda.supervision.internal;

import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.supervision.RectificationState.ACCEPTED;
import static cn.renda.supervision.RectificationState.CLOSED;
import static cn.renda.supervision.RectificationState.DRAFT;
import static cn.renda.supervision.RectificationState.ISSUED;
import static cn.renda.supervision.RectificationState.REPORTED;
import static cn.renda.supervision.RectificationState.RETURNED;
import static cn.renda.supervision.RectificationState.WITHDRAWN;

import cn.renda.calendar.Length;
import cn.renda.handling.Action;
import cn.renda.handling.CaseKind;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.NumberFormat;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import cn.renda.supervision.RectificationState;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Problems to rectify within a deadline (限期整改) found by inspections: the RESULT clock is the
 * rectification deadline (default one month, set per problem); the units report, and only the committee
 * closes a problem out (销号) after verifying it, or sends it back.
 */
@Component
class RectificationKind implements CaseKind {

    /** Kind code in the engine. */
    static final String CODE = "RECTIFICATION";

    @Override
    public KindDefinition definition() {
        NumberFormat format = c -> c.defaultPrefix() + "整改〔" + c.year() + "〕第" + c.sequence() + "号";
        return KindDefinition.of(
                CODE,
                "supervision.rectification.kind",
                RectificationState.class,
                DRAFT,
                Set.of(CLOSED, WITHDRAWN),
                Set.of(Role.STAFF),
                List.of(),
                transitions(),
                List.of(
                        new ClockPolicy(ClockName.RESULT, Length.months(1), List.of(Length.workingDays(5))),
                        new ClockPolicy(ClockName.ACCEPT, Length.workingDays(7), List.of(Length.workingDays(2)))),
                format);
    }

    static List<Transition> transitions() {
        return List.of(
                Transition.on(Action.ASSIGN)
                        .from(DRAFT, RETURNED)
                        .to(ISSUED)
                        .roles(Role.STAFF)
                        .clocks(start(ClockName.RESULT))
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
                Transition.on(Action.REPLY)
                        .from(ACCEPTED)
                        .to(REPORTED)
                        .roles(Role.UNIT, Role.STAFF)
                        .clocks(meet(ClockName.RESULT))
                        .build(),
                Transition.on(Action.REOPEN)
                        .from(REPORTED)
                        .to(ACCEPTED)
                        .roles(Role.STAFF, Role.LEADER)
                        .clocks(start(ClockName.RESULT))
                        .build(),
                Transition.on(Action.CLOSE)
                        .from(REPORTED)
                        .to(CLOSED)
                        .roles(Role.STAFF)
                        .build(),
                Transition.on(Action.EXTEND)
                        .from(ISSUED, ACCEPTED)
                        .roles(Role.LEADER, Role.STAFF)
                        .build(),
                Transition.on(Action.WITHDRAW)
                        .from(DRAFT, ISSUED, RETURNED)
                        .to(WITHDRAWN)
                        .roles(Role.STAFF)
                        .build());
    }
}
