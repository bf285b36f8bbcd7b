package cn.renda.bench;

import static cn.renda.bench.EngineCoreKind.State.ACCEPTED;
import static cn.renda.bench.EngineCoreKind.State.ASSIGNED;
import static cn.renda.bench.EngineCoreKind.State.CLOSED;
import static cn.renda.bench.EngineCoreKind.State.EVALUATED;
import static cn.renda.bench.EngineCoreKind.State.REGISTERED;
import static cn.renda.bench.EngineCoreKind.State.REHANDLING;
import static cn.renda.bench.EngineCoreKind.State.REPLIED;
import static cn.renda.bench.EngineCoreKind.State.WITHDRAWN;
import static cn.renda.handling.ClockEffect.meet;
import static cn.renda.handling.ClockEffect.start;
import static cn.renda.handling.ClockEffect.startFromSource;

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
import java.util.List;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The bench's own case kind for the engine-core lifecycle ({@link EngineBench.CoreLifecycle}): the suggestion kind's
 * states, clocks, policies, number format (another word: numbers are unique per congress) and transition table, registered through the kind SPI, minus the two guards
 * that ask the suggestion module (the reply's recorded contact, the publication's consent). Its cases run through
 * {@code HandlingFacade} alone: no draft, no submission, no search document, no suggestion mirror. Registered only in
 * the bench's in-process application ({@link #register}); never part of the product.
 */
final class EngineCoreKind implements CaseKind {

    /** The kind's code in the engine. */
    static final String CODE = "BENCH_CORE";

    /** The suggestion kind's states. */
    enum State {
        REGISTERED,
        ASSIGNED,
        ACCEPTED,
        REPLIED,
        REHANDLING,
        EVALUATED,
        CLOSED,
        WITHDRAWN
    }

    private static final State[] OPEN = {REGISTERED, ASSIGNED, ACCEPTED, REPLIED, REHANDLING, EVALUATED};

    /** Adds the kind to an application context before its refresh (a Spring Boot initializer). */
    static void register(ConfigurableApplicationContext context) {
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean("benchEngineCoreKind", CaseKind.class, EngineCoreKind::new);
        }
    }

    @Override
    public KindDefinition definition() {
        return KindDefinition.of(
                CODE,
                "suggestion.kind.suggestion",
                State.class,
                REGISTERED,
                Set.of(CLOSED, WITHDRAWN),
                Set.of(Role.STAFF),
                List.of(startFromSource(ClockName.ISSUE)),
                transitions(),
                List.of(
                        new ClockPolicy(ClockName.ISSUE, Length.workingDays(5), List.of(Length.workingDays(2))),
                        new ClockPolicy(ClockName.ACCEPT, Length.workingDays(5), List.of(Length.workingDays(2))),
                        new ClockPolicy(ClockName.REPLY, Length.months(3), List.of(Length.workingDays(10))),
                        new ClockPolicy(ClockName.REPLY_COMPLEX, Length.months(6), List.of(Length.workingDays(10))),
                        new ClockPolicy(ClockName.REHANDLE, Length.months(1), List.of(Length.workingDays(5))),
                        new ClockPolicy(ClockName.TRACKING, Length.months(2), List.of(Length.workingDays(5)))),
                // the suggestion's format (prefix + digits + suffix: numbered in the creation's one round trip) with
                // a word of its own: a number is unique in its congress, whatever the kind
                c -> c.defaultPrefix() + "核心〔" + c.year() + "〕第" + c.sequence() + "号");
    }

    /** The suggestion kind's table; guards that read only the case are kept, those asking its module are not. */
    static List<Transition> transitions() {
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
                        .clocks(meet(ClockName.REPLY), meet(ClockName.REHANDLE))
                        .build(),
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
                        .guard("suggestion.guard.notProposer", EngineCoreKind::proposer)
                        .clocks(start(ClockName.REHANDLE))
                        .build(),
                Transition.on(Action.EVALUATE)
                        .from(REPLIED)
                        .to(EVALUATED)
                        .roles(Role.DEPUTY, Role.STAFF)
                        .when("SATISFIED or BASICALLY_SATISFIED", c -> c.evaluation() != Evaluation.UNSATISFIED)
                        .guard("suggestion.guard.notProposer", EngineCoreKind::proposer)
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
                        .guard("suggestion.guard.noPendingExtension", EngineCoreKind::pendingExtension)
                        .build(),
                Transition.on(Action.REJECT_EXTENSION)
                        .from(ASSIGNED, ACCEPTED, REHANDLING)
                        .roles(Role.LEADER, Role.STAFF)
                        .guard("suggestion.guard.noPendingExtension", EngineCoreKind::pendingExtension)
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

    /** The deputy evaluates their own case; staff record a deputy's paper form (as the suggestion kind). */
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
