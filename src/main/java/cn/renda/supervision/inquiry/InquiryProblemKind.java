package cn.renda.supervision.inquiry;

import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.supervision.inquiry.InquiryProblemState.ASSIGNED;
import static cn.renda.supervision.inquiry.InquiryProblemState.CLOSED_OUT;
import static cn.renda.supervision.inquiry.InquiryProblemState.DRAFT;
import static cn.renda.supervision.inquiry.InquiryProblemState.RECTIFYING;
import static cn.renda.supervision.inquiry.InquiryProblemState.RETURNED;
import static cn.renda.supervision.inquiry.InquiryProblemState.WITHDRAWN;

import cn.renda.calendar.Length;
import cn.renda.handling.Action;
import cn.renda.handling.CaseKind;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.Transition;
import cn.renda.identity.Role;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The inquiry-problem kind (专题询问问题): handed over at the handover meeting to its units (RESULT: the
 * rectification is due 2 months later by default), accepted or returned, rectified and reported by the
 * lead unit (co-units send opinions), and closed out (销号) only when the committee's staff verify it;
 * an unconvincing report goes back to rectification with a new RESULT clock.
 */
@Component
class InquiryProblemKind implements CaseKind {

    /** Kind code in the engine. */
    static final String CODE = "INQUIRY_PROBLEM";

    /** The state in which a report waits for the committee's verification. */
    static final String REPORTED = InquiryProblemState.REPORTED.name();

    /** The closed-out state. */
    static final String CLOSED = CLOSED_OUT.name();

    private static final InquiryProblemState[] OPEN = {
        DRAFT, ASSIGNED, RECTIFYING, InquiryProblemState.REPORTED, RETURNED
    };

    @Override
    public KindDefinition definition() {
        return KindDefinition.of(
                CODE,
                "inquiry.problem.kind",
                InquiryProblemState.class,
                DRAFT,
                Set.of(CLOSED_OUT, WITHDRAWN),
                Set.of(Role.STAFF),
                List.of(),
                transitions(),
                List.of(
                        new ClockPolicy(ClockName.RESULT, Length.months(2), List.of(Length.workingDays(5))),
                        new ClockPolicy(ClockName.ACCEPT, Length.workingDays(7), List.of(Length.workingDays(2)))),
                c -> c.defaultPrefix() + "〔" + c.year() + "〕询问问题第" + c.sequence() + "号");
    }

    static List<Transition> transitions() {
        return List.of(
                Transition.on(Action.ASSIGN)
                        .from(DRAFT, RETURNED)
                        .to(ASSIGNED)
                        .roles(Role.STAFF)
                        .clocks(start(ClockName.RESULT))
                        .build(),
                Transition.on(Action.ACCEPT)
                        .from(ASSIGNED)
                        .to(RECTIFYING)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.RETURN)
                        .from(ASSIGNED)
                        .to(RETURNED)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.TRANSFER)
                        .from(ASSIGNED, RECTIFYING)
                        .roles(Role.STAFF)
                        .build(),
                Transition.on(Action.CO_OPINION)
                        .from(ASSIGNED, RECTIFYING)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.REPLY)
                        .from(ASSIGNED, RECTIFYING)
                        .to(InquiryProblemState.REPORTED)
                        .roles(Role.UNIT, Role.STAFF)
                        .clocks(meet(ClockName.RESULT))
                        .build(),
                Transition.on(Action.CLOSE)
                        .from(InquiryProblemState.REPORTED)
                        .to(CLOSED_OUT)
                        .roles(Role.STAFF)
                        .build(),
                Transition.on(Action.REOPEN)
                        .from(InquiryProblemState.REPORTED)
                        .to(RECTIFYING)
                        .roles(Role.STAFF)
                        .clocks(start(ClockName.RESULT))
                        .build(),
                Transition.on(Action.REQUEST_EXTENSION)
                        .from(ASSIGNED, RECTIFYING)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.APPROVE_EXTENSION)
                        .from(ASSIGNED, RECTIFYING)
                        .roles(Role.LEADER, Role.STAFF)
                        .build(),
                Transition.on(Action.REJECT_EXTENSION)
                        .from(ASSIGNED, RECTIFYING)
                        .roles(Role.LEADER, Role.STAFF)
                        .build(),
                Transition.on(Action.EXTEND)
                        .from(ASSIGNED, RECTIFYING)
                        .roles(Role.LEADER, Role.STAFF)
                        .build(),
                Transition.on(Action.MARK_KEY)
                        .from(OPEN)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("inquiry.guard.alreadyKey", c -> !c.current().keyCase())
                        .build(),
                Transition.on(Action.WITHDRAW)
                        .from(DRAFT, ASSIGNED, RETURNED)
                        .to(WITHDRAWN)
                        .roles(Role.STAFF)
                        .build());
    }
}
