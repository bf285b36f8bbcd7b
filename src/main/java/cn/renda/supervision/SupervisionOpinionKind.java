package cn.renda.supervision;

import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.handling.ClockEffect.startFromSource;
import static cn.renda.supervision.OpinionState.ACCEPTED;
import static cn.renda.supervision.OpinionState.CLOSED;
import static cn.renda.supervision.OpinionState.DRAFT;
import static cn.renda.supervision.OpinionState.FOLLOW_UP;
import static cn.renda.supervision.OpinionState.ISSUED;
import static cn.renda.supervision.OpinionState.PLANNED;
import static cn.renda.supervision.OpinionState.REPORTED;
import static cn.renda.supervision.OpinionState.RETURNED;
import static cn.renda.supervision.OpinionState.WITHDRAWN;

import cn.renda.calendar.Length;
import cn.renda.handling.Action;
import cn.renda.handling.CaseKind;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ClockState;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.NumberFormat;
import cn.renda.handling.ReplyType;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The supervision opinion kind and its "123" mechanism: ISSUE 1 week from the source date, PLAN 2 weeks
 * and RESULT 3 months from issue (per-congress policies override these defaults).
 */
@Component
class SupervisionOpinionKind implements CaseKind {

    /** Kind code in the engine. */
    static final String CODE = "SUPERVISION_OPINION";

    private static final OpinionState[] OPEN = {DRAFT, ISSUED, ACCEPTED, PLANNED, REPORTED, FOLLOW_UP, RETURNED};

    private final String prefix;

    SupervisionOpinionKind(@Value("${renda.supervision.number-prefix:}") String prefix) {
        this.prefix = prefix == null ? "" : prefix.trim();
    }

    @Override
    public KindDefinition definition() {
        NumberFormat format = c -> (prefix.isEmpty() ? c.defaultPrefix() : prefix) + "〔" + c.year() + "〕"
                + documentType(c.attributes().get("documentType")).title() + "第" + c.sequence() + "号";
        return KindDefinition.of(
                CODE,
                "supervision.kind",
                OpinionState.class,
                DRAFT,
                Set.of(CLOSED, WITHDRAWN),
                Set.of(Role.STAFF),
                List.of(startFromSource(ClockName.ISSUE)),
                transitions(),
                List.of(
                        new ClockPolicy(ClockName.ISSUE, Length.weeks(1), List.of(Length.workingDays(2))),
                        new ClockPolicy(ClockName.PLAN, Length.weeks(2), List.of(Length.workingDays(3))),
                        new ClockPolicy(ClockName.RESULT, Length.months(3), List.of(Length.workingDays(10))),
                        new ClockPolicy(ClockName.ACCEPT, Length.workingDays(7), List.of(Length.workingDays(2))),
                        new ClockPolicy(ClockName.REHANDLE, Length.months(1), List.of(Length.workingDays(5))),
                        new ClockPolicy(ClockName.TRACKING, Length.months(2), List.of(Length.workingDays(5)))),
                format);
    }

    static DocumentType documentType(Object value) {
        if (value == null) {
            return DocumentType.DELIBERATION;
        }
        try {
            return DocumentType.valueOf(value.toString());
        } catch (IllegalArgumentException e) {
            return DocumentType.DELIBERATION;
        }
    }

    static List<Transition> transitions() {
        return List.of(
                Transition.on(Action.ASSIGN)
                        .from(DRAFT, RETURNED)
                        .to(ISSUED)
                        .roles(Role.STAFF)
                        .clocks(meet(ClockName.ISSUE), start(ClockName.PLAN), start(ClockName.RESULT))
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
                        .from(ISSUED, ACCEPTED, PLANNED)
                        .roles(Role.STAFF)
                        .build(),
                Transition.on(Action.SUBMIT_PLAN)
                        .from(ACCEPTED)
                        .to(PLANNED)
                        .roles(Role.UNIT, Role.STAFF)
                        .clocks(meet(ClockName.PLAN))
                        .build(),
                Transition.on(Action.CO_OPINION)
                        .from(ACCEPTED, PLANNED, FOLLOW_UP)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.REPLY)
                        .from(PLANNED, FOLLOW_UP)
                        .to(REPORTED)
                        .roles(Role.UNIT, Role.STAFF)
                        .clocks(meet(ClockName.RESULT), meet(ClockName.REHANDLE))
                        .build(),
                Transition.on(Action.REPLY)
                        .from(REPORTED)
                        .roles(Role.UNIT, Role.STAFF)
                        .guard("supervision.guard.notTracked", c -> c.current().tracked())
                        .build(),
                Transition.on(Action.EVALUATE)
                        .from(REPORTED)
                        .to(FOLLOW_UP)
                        // STAFF record the collective evaluation of the members (监督法 第十七条)
                        .roles(Role.MEMBER, Role.STAFF)
                        .when("UNSATISFIED", c -> c.evaluation() == Evaluation.UNSATISFIED)
                        .clocks(start(ClockName.REHANDLE))
                        .build(),
                Transition.on(Action.EVALUATE)
                        .from(REPORTED)
                        .roles(Role.MEMBER, Role.STAFF)
                        .when("SATISFIED or BASICALLY_SATISFIED", c -> c.evaluation() != Evaluation.UNSATISFIED)
                        .build(),
                Transition.on(Action.REOPEN)
                        .from(REPORTED)
                        .to(FOLLOW_UP)
                        .roles(Role.STAFF, Role.LEADER)
                        .clocks(start(ClockName.RESULT))
                        .build(),
                Transition.on(Action.CLOSE)
                        .from(REPORTED)
                        .to(CLOSED)
                        .roles(Role.STAFF)
                        .guard("supervision.guard.tracked", c -> !c.current().tracked())
                        .build(),
                Transition.on(Action.PUBLISH)
                        .from(REPORTED, CLOSED)
                        .roles(Role.STAFF)
                        .guard(
                                "supervision.guard.alreadyPublished",
                                c -> c.current().visibility() != cn.renda.handling.Visibility.PUBLISHED)
                        .guard("supervision.guard.noResult", c -> c.current().replies().stream()
                                .anyMatch(r -> r.type() == ReplyType.RESULT))
                        .build(),
                Transition.on(Action.MARK_KEY)
                        .from(DRAFT, ISSUED, ACCEPTED, PLANNED, REPORTED, FOLLOW_UP)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("supervision.guard.alreadyKey", c -> !c.current().keyCase())
                        .build(),
                Transition.on(Action.TRACKING_REPORT)
                        .from(ACCEPTED, PLANNED, REPORTED, FOLLOW_UP)
                        .roles(Role.UNIT, Role.STAFF)
                        .guard(
                                "supervision.guard.notTracked",
                                c -> c.current().keyCase() || c.current().tracked())
                        .build(),
                Transition.on(Action.REQUEST_EXTENSION)
                        .from(ISSUED, ACCEPTED, PLANNED, FOLLOW_UP)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.APPROVE_EXTENSION)
                        .from(ISSUED, ACCEPTED, PLANNED, FOLLOW_UP)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("supervision.guard.noPendingExtension", SupervisionOpinionKind::pendingExtension)
                        .build(),
                Transition.on(Action.REJECT_EXTENSION)
                        .from(ISSUED, ACCEPTED, PLANNED, FOLLOW_UP)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("supervision.guard.noPendingExtension", SupervisionOpinionKind::pendingExtension)
                        .build(),
                Transition.on(Action.EXTEND)
                        .from(DRAFT, ISSUED, ACCEPTED, PLANNED, REPORTED, FOLLOW_UP)
                        .roles(Role.LEADER, Role.STAFF)
                        .build(),
                Transition.on(Action.PAUSE)
                        .from(OPEN)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("supervision.guard.noRunningClock", c -> c.current().clocks().stream()
                                .anyMatch(k -> k.state().active() && k.state() != ClockState.PAUSED))
                        .build(),
                Transition.on(Action.RESUME)
                        .from(OPEN)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("supervision.guard.noPausedClock", c -> c.current().clocks().stream()
                                .anyMatch(k -> k.state() == ClockState.PAUSED))
                        .build(),
                Transition.on(Action.WITHDRAW)
                        .from(DRAFT, ISSUED, RETURNED)
                        .to(WITHDRAWN)
                        .roles(Role.STAFF)
                        .build());
    }

    private static boolean pendingExtension(cn.renda.handling.GuardContext c) {
        return c.current().extensions().stream().anyMatch(x -> x.status() == ExtensionStatus.REQUESTED);
    }
}
