package cn.renda.suggestion.internal;

import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.handling.ClockEffect.startFromSource;
import static cn.renda.suggestion.SuggestionState.ACCEPTED;
import static cn.renda.suggestion.SuggestionState.ASSIGNED;
import static cn.renda.suggestion.SuggestionState.CLOSED;
import static cn.renda.suggestion.SuggestionState.EVALUATED;
import static cn.renda.suggestion.SuggestionState.REFERRED;
import static cn.renda.suggestion.SuggestionState.REGISTERED;
import static cn.renda.suggestion.SuggestionState.REHANDLING;
import static cn.renda.suggestion.SuggestionState.REPLIED;
import static cn.renda.suggestion.SuggestionState.REVIEWED;
import static cn.renda.suggestion.SuggestionState.WITHDRAWN;

import cn.renda.calendar.Length;
import cn.renda.handling.Action;
import cn.renda.handling.CaseKind;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.GuardContext;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.ReplyType;
import cn.renda.handling.Transition;
import cn.renda.handling.Visibility;
import cn.renda.identity.Role;
import cn.renda.suggestion.MotionDecision;
import cn.renda.suggestion.MotionReview;
import cn.renda.suggestion.SuggestionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The kinds SUGGESTION and MOTION on the engine: ISSUE (交办) 5 working days from submission, REPLY 3 months
 * from assignment (complex cases get 3 more months by an EXTEND, 代表法 第五十一条), REHANDLE 1 month after
 * an unsatisfied evaluation; a unit may reply only after recording its contact with the deputy.
 */
@Configuration(proxyBeanMethods = false)
class SuggestionKinds {

    static final String SUGGESTION = "SUGGESTION";
    static final String MOTION = "MOTION";

    private static final SuggestionState[] OPEN = {REGISTERED, ASSIGNED, ACCEPTED, REPLIED, REHANDLING, EVALUATED};

    @Bean
    CaseKind suggestionKind(SuggestionRepository repo) {
        return () -> definition(SUGGESTION, "suggestion.kind.suggestion", "建议", repo);
    }

    @Bean
    CaseKind motionKind(SuggestionRepository repo) {
        return () -> definition(MOTION, "suggestion.kind.motion", "议案", repo);
    }

    /**
     * A motion placed for committee handling is referred (REFER) to a committee, which reports its review
     * (REVIEW_REPORT); only a motion the committee hands to the organs concerned is then assigned to units and
     * handled like a suggestion, the others are closed with the report.
     */
    static List<Transition> motionTransitions(SuggestionRepository repo) {
        List<Transition> rows = new ArrayList<>();
        rows.add(Transition.on(Action.REFER)
                .from(REGISTERED)
                .to(REFERRED)
                .roles(Role.STAFF)
                .guard(
                        "suggestion.guard.noCommittee",
                        c -> repo.motionReview(c.current().id()).isPresent())
                .clocks(meet(ClockName.ISSUE))
                .build());
        rows.add(Transition.on(Action.REVIEW_REPORT)
                .from(REFERRED)
                .to(REVIEWED)
                .roles(Role.STAFF)
                .guard("suggestion.guard.noDecision", c -> repo.motionReview(
                                c.current().id())
                        .filter(MotionReview::reported)
                        .isPresent())
                .build());
        rows.add(Transition.on(Action.ASSIGN)
                .from(REVIEWED)
                .to(ASSIGNED)
                .roles(Role.STAFF)
                .guard("suggestion.guard.notHandedToOrgans", c -> decision(repo, c) == MotionDecision.HAND_TO_ORGANS)
                .clocks(start(ClockName.REPLY))
                .build());
        rows.add(Transition.on(Action.CLOSE)
                .from(REVIEWED)
                .to(CLOSED)
                .roles(Role.STAFF)
                .guard("suggestion.guard.handedToOrgans", c -> decision(repo, c) != MotionDecision.HAND_TO_ORGANS)
                .build());
        rows.add(Transition.on(Action.WITHDRAW)
                .from(REGISTERED, REFERRED, ASSIGNED)
                .to(WITHDRAWN)
                .roles(Role.STAFF)
                .build());
        for (Transition t : transitions(repo)) {
            if (t.action() != Action.ASSIGN && t.action() != Action.WITHDRAW) {
                rows.add(t);
            }
        }
        return rows;
    }

    private static MotionDecision decision(SuggestionRepository repo, GuardContext c) {
        return repo.motionReview(c.current().id()).map(MotionReview::decision).orElse(null);
    }

    static KindDefinition definition(String code, String key, String word, SuggestionRepository repo) {
        return KindDefinition.of(
                code,
                key,
                SuggestionState.class,
                REGISTERED,
                Set.of(CLOSED, WITHDRAWN),
                Set.of(Role.STAFF),
                List.of(startFromSource(ClockName.ISSUE)),
                MOTION.equals(code) ? motionTransitions(repo) : transitions(repo),
                List.of(
                        new ClockPolicy(ClockName.ISSUE, Length.workingDays(5), List.of(Length.workingDays(2))),
                        new ClockPolicy(ClockName.ACCEPT, Length.workingDays(5), List.of(Length.workingDays(2))),
                        new ClockPolicy(ClockName.REPLY, Length.months(3), List.of(Length.workingDays(10))),
                        // 代表法 第五十一条: a complex suggestion's reply period replaces REPLY's when marked complex
                        new ClockPolicy(ClockName.REPLY_COMPLEX, Length.months(6), List.of(Length.workingDays(10))),
                        new ClockPolicy(ClockName.REHANDLE, Length.months(1), List.of(Length.workingDays(5))),
                        new ClockPolicy(ClockName.TRACKING, Length.months(2), List.of(Length.workingDays(5)))),
                c -> c.defaultPrefix() + word + "〔" + yearOf(c.attributes().get("year"), c.year()) + "〕第" + c.sequence()
                        + "号");
    }

    private static Object yearOf(Object attribute, int fallback) {
        return attribute == null ? fallback : attribute;
    }

    static List<Transition> transitions(SuggestionRepository repo) {
        return List.of(
                Transition.on(Action.ASSIGN)
                        .from(REGISTERED)
                        .to(ASSIGNED)
                        .roles(Role.STAFF)
                        .clocks(meet(ClockName.ISSUE), start(ClockName.REPLY))
                        .build(),
                Transition.on(Action.ACCEPT)
                        .from(ASSIGNED)
                        .to(ACCEPTED)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.RETURN)
                        .from(ASSIGNED)
                        .to(REGISTERED)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.TRANSFER)
                        .from(ASSIGNED, ACCEPTED)
                        .roles(Role.STAFF)
                        .build(),
                Transition.on(Action.SUBMIT_PLAN)
                        .from(ACCEPTED, REHANDLING)
                        .roles(Role.UNIT, Role.STAFF)
                        .build(),
                Transition.on(Action.CO_OPINION)
                        .from(ACCEPTED, REHANDLING)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.REPLY)
                        .from(ACCEPTED, REHANDLING)
                        .to(REPLIED)
                        .roles(Role.UNIT, Role.STAFF)
                        .guard("suggestion.guard.noContact", c -> contacted(repo, c))
                        .clocks(meet(ClockName.REPLY), meet(ClockName.REHANDLE))
                        .build(),
                // The follow-up reply of a B-class case (正在解决或列入计划), once the deputy has evaluated the
                // first one: A ends the tracking (the office may then close), B keeps it tracked.
                Transition.on(Action.REPLY)
                        .from(EVALUATED)
                        .roles(Role.UNIT, Role.STAFF)
                        .guard("suggestion.guard.notTracked", c -> c.current().tracked())
                        .build(),
                Transition.on(Action.EVALUATE)
                        .from(REPLIED)
                        .to(REHANDLING)
                        .roles(Role.DEPUTY, Role.STAFF)
                        .when("UNSATISFIED", c -> c.evaluation() == Evaluation.UNSATISFIED)
                        .guard("suggestion.guard.notProposer", SuggestionKinds::proposer)
                        .clocks(start(ClockName.REHANDLE))
                        .build(),
                Transition.on(Action.EVALUATE)
                        .from(REPLIED)
                        .to(EVALUATED)
                        .roles(Role.DEPUTY, Role.STAFF)
                        .when("SATISFIED or BASICALLY_SATISFIED", c -> c.evaluation() != Evaluation.UNSATISFIED)
                        .guard("suggestion.guard.notProposer", SuggestionKinds::proposer)
                        .build(),
                Transition.on(Action.CLOSE)
                        .from(EVALUATED)
                        .to(CLOSED)
                        .roles(Role.STAFF)
                        .guard("suggestion.guard.tracked", c -> !c.current().tracked())
                        .build(),
                Transition.on(Action.PUBLISH)
                        .from(REPLIED, EVALUATED, CLOSED)
                        .roles(Role.STAFF)
                        .guard(
                                "suggestion.guard.alreadyPublished",
                                c -> c.current().visibility() != Visibility.PUBLISHED)
                        .guard(
                                "suggestion.guard.noConsent",
                                c -> repo.publishConsent(c.current().id()))
                        .guard("suggestion.guard.noResult", c -> c.current().replies().stream()
                                .anyMatch(r -> r.type() == ReplyType.RESULT))
                        .build(),
                Transition.on(Action.MARK_KEY)
                        .from(REGISTERED, ASSIGNED, ACCEPTED, REPLIED, REHANDLING)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("suggestion.guard.alreadyKey", c -> !c.current().keyCase())
                        .build(),
                Transition.on(Action.TRACKING_REPORT)
                        .from(ACCEPTED, REPLIED, REHANDLING, EVALUATED)
                        .roles(Role.UNIT, Role.STAFF)
                        .guard(
                                "suggestion.guard.notTracked",
                                c -> c.current().keyCase() || c.current().tracked())
                        .build(),
                Transition.on(Action.REQUEST_EXTENSION)
                        .from(ASSIGNED, ACCEPTED, REHANDLING)
                        .roles(Role.UNIT)
                        .build(),
                Transition.on(Action.APPROVE_EXTENSION)
                        .from(ASSIGNED, ACCEPTED, REHANDLING)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("suggestion.guard.noPendingExtension", SuggestionKinds::pendingExtension)
                        .build(),
                Transition.on(Action.REJECT_EXTENSION)
                        .from(ASSIGNED, ACCEPTED, REHANDLING)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("suggestion.guard.noPendingExtension", SuggestionKinds::pendingExtension)
                        .build(),
                Transition.on(Action.EXTEND)
                        .from(OPEN)
                        .roles(Role.LEADER, Role.STAFF)
                        .build(),
                Transition.on(Action.WITHDRAW)
                        .from(REGISTERED, ASSIGNED)
                        .to(WITHDRAWN)
                        .roles(Role.STAFF)
                        .build());
    }

    /** The replying unit (or, for staff without a unit, any unit) recorded a contact with the deputy. */
    private static boolean contacted(SuggestionRepository repo, GuardContext c) {
        Long unit = c.command().unitId() != null
                ? c.command().unitId()
                : c.user().hasAny(Role.UNIT) ? c.user().unitId() : null;
        return repo.hasContact(c.current().id(), unit);
    }

    /** The deputy evaluates their own case; staff record a deputy's paper evaluation form (代录). */
    private static boolean proposer(GuardContext c) {
        return c.user().hasAny(Role.STAFF)
                || c.current().proposers().stream()
                        .anyMatch(p -> p.accountId() != null
                                && p.accountId() == c.user().id());
    }

    private static boolean pendingExtension(GuardContext c) {
        return c.current().extensions().stream().anyMatch(x -> x.status() == ExtensionStatus.REQUESTED);
    }
}
