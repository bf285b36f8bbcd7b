package cn.renda.bench;

import cn.renda.handling.CaseKind;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.Transition;
import java.util.List;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The bench's own case kind for the engine-core lifecycle ({@link EngineBench.CoreLifecycle}): the running
 * application's suggestion kind — its states, clocks, policies and transition table, so the two cannot drift — with a
 * code and a number word of its own (numbers are unique per congress) and without the two guards that ask the
 * suggestion module (the reply's recorded contact, the publication's consent). Its cases run through {@code
 * HandlingFacade} alone: no draft, no submission, no search document, no suggestion mirror. Registered only in the
 * bench's in-process application ({@link #register}); never part of the product.
 */
final class EngineCoreKind implements CaseKind {

    /** The kind's code in the engine. */
    static final String CODE = "BENCH_CORE";

    /** The suggestion kind's guards that read the suggestion module rather than the case. */
    private static final Set<String> MODULE_GUARDS = Set.of("suggestion.guard.noContact", "suggestion.guard.noConsent");

    private final CaseKind suggestion;

    private EngineCoreKind(CaseKind suggestion) {
        this.suggestion = suggestion;
    }

    /** Adds the kind to an application context before its refresh (a Spring Boot initializer). */
    static void register(ConfigurableApplicationContext context) {
        if (context instanceof GenericApplicationContext generic) {
            generic.registerBean(
                    "benchEngineCoreKind",
                    CaseKind.class,
                    () -> new EngineCoreKind(generic.getBean("suggestionKind", CaseKind.class)));
        }
    }

    @Override
    public KindDefinition definition() {
        KindDefinition s = suggestion.definition();
        List<Transition> transitions = s.transitions().stream()
                .map(t -> new Transition(
                        t.action(),
                        t.from(),
                        t.to(),
                        t.roles(),
                        t.guards().stream()
                                .filter(g -> !MODULE_GUARDS.contains(g.messageKey()))
                                .toList(),
                        t.clockEffects(),
                        t.when(),
                        t.whenDescription()))
                .toList();
        return new KindDefinition(
                CODE,
                s.messageKey(),
                s.states(),
                s.initialState(),
                s.finalStates(),
                s.createRoles(),
                s.onCreate(),
                transitions,
                s.defaultPolicies(),
                // the suggestion's format (prefix + digits + suffix: numbered in the creation's one round trip) with
                // a word of its own: a number is unique in its congress, whatever the kind
                c -> c.defaultPrefix() + "核心〔" + c.year() + "〕第" + c.sequence() + "号");
    }
}
