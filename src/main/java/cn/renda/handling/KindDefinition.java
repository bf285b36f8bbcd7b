package cn.renda.handling;

import cn.renda.identity.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the engine needs to run a kind: its code, i18n key, states (from an enum), the state a
 * new case starts in and the clocks started on creation, final states, who may create, the transition
 * table, default deadline policies and the number format.
 */
public record KindDefinition(
        String code,
        String messageKey,
        List<String> states,
        String initialState,
        Set<String> finalStates,
        Set<Role> createRoles,
        List<ClockEffect> onCreate,
        List<Transition> transitions,
        Map<ClockName, ClockPolicy> defaultPolicies,
        NumberFormat numberFormat) {

    public KindDefinition {
        states = List.copyOf(states);
        finalStates = Set.copyOf(finalStates);
        createRoles = Set.copyOf(createRoles);
        onCreate = List.copyOf(onCreate);
        transitions = List.copyOf(transitions);
        defaultPolicies = Map.copyOf(defaultPolicies);
        if (!states.contains(initialState)) {
            throw new IllegalArgumentException(code + ": unknown initial state " + initialState);
        }
        for (Transition t : transitions) {
            for (String s : t.from()) {
                if (!states.contains(s)) {
                    throw new IllegalArgumentException(code + ": unknown state " + s + " in " + t.action());
                }
            }
            if (t.to() != null && !states.contains(t.to())) {
                throw new IllegalArgumentException(code + ": unknown state " + t.to() + " in " + t.action());
            }
        }
    }

    /** Convenience factory taking the state enum. */
    public static <S extends Enum<S>> KindDefinition of(
            String code,
            String messageKey,
            Class<S> stateType,
            S initial,
            Set<S> finalStates,
            Set<Role> createRoles,
            List<ClockEffect> onCreate,
            List<Transition> transitions,
            List<ClockPolicy> policies,
            NumberFormat numberFormat) {
        return new KindDefinition(
                code,
                messageKey,
                Arrays.stream(stateType.getEnumConstants()).map(Enum::name).toList(),
                initial.name(),
                finalStates.stream().map(Enum::name).collect(Collectors.toSet()),
                createRoles.isEmpty() ? Set.of() : EnumSet.copyOf(createRoles),
                onCreate,
                transitions,
                policies.stream().collect(Collectors.toMap(ClockPolicy::clock, Function.identity())),
                numberFormat);
    }

    /** Rows of the table for an action in a state. */
    public List<Transition> rows(Action action, String state) {
        return transitions.stream()
                .filter(t -> t.action() == action && t.from().contains(state))
                .toList();
    }

    /** Whether the action exists somewhere in the table. */
    public boolean knows(Action action) {
        return transitions.stream().anyMatch(t -> t.action() == action);
    }
}
