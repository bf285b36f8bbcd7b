package cn.renda.supervision.inquiry;

import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.supervision.inquiry.InquiryFollowUpState.CLOSED;
import static cn.renda.supervision.inquiry.InquiryFollowUpState.DRAFT;
import static cn.renda.supervision.inquiry.InquiryFollowUpState.REPORTED;
import static cn.renda.supervision.inquiry.InquiryFollowUpState.SENT;

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
 * The 监督法 第五十条 follow-up of a special inquiry: the opinions raised at the inquiry go to the answering
 * units, whose report on how they were studied and handled is a RESULT clock (default 3 months, a
 * per-congress policy); staff close it when the report is in.
 */
@Component
class InquiryFollowUpKind implements CaseKind {

    /** Kind code in the engine. */
    static final String CODE = "INQUIRY_FOLLOW_UP";

    @Override
    public KindDefinition definition() {
        return KindDefinition.of(
                CODE,
                "inquiry.followUp.kind",
                InquiryFollowUpState.class,
                DRAFT,
                Set.of(CLOSED),
                Set.of(Role.STAFF),
                List.of(),
                List.of(
                        Transition.on(Action.ASSIGN)
                                .from(DRAFT)
                                .to(SENT)
                                .roles(Role.STAFF)
                                .clocks(start(ClockName.RESULT))
                                .build(),
                        Transition.on(Action.ACCEPT)
                                .from(SENT)
                                .roles(Role.UNIT, Role.STAFF)
                                .build(),
                        Transition.on(Action.CO_OPINION)
                                .from(SENT)
                                .roles(Role.UNIT)
                                .build(),
                        Transition.on(Action.REPLY)
                                .from(SENT)
                                .to(REPORTED)
                                .roles(Role.UNIT, Role.STAFF)
                                .clocks(meet(ClockName.RESULT))
                                .build(),
                        Transition.on(Action.CLOSE)
                                .from(REPORTED)
                                .to(CLOSED)
                                .roles(Role.STAFF)
                                .build(),
                        Transition.on(Action.EXTEND)
                                .from(SENT)
                                .roles(Role.LEADER, Role.STAFF)
                                .build()),
                List.of(new ClockPolicy(ClockName.RESULT, Length.months(3), List.of(Length.workingDays(10)))),
                c -> c.defaultPrefix() + "〔" + c.year() + "〕专题询问研究处理第" + c.sequence() + "号");
    }
}
