package cn.renda.handling;

import cn.renda.identity.Role;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A row of a kind's transition table: {@code action} is allowed in the {@code from} states for the
 * {@code roles}, when every guard holds, and leads to {@code to} ({@code null}: the state stays).
 * Several rows may share action and states when {@code when} tells them apart (e.g. EVALUATE with
 * UNSATISFIED reopens, otherwise it concludes). For ACCEPT, SUBMIT_PLAN and REPLY on a case with
 * several units, the case moves (and the clock effects apply) only when the last unit concerned has
 * acted; until then only that unit's assignment advances.
 */
public record Transition(
        Action action,
        Set<String> from,
        String to,
        Set<Role> roles,
        List<Guard> guards,
        List<ClockEffect> clockEffects,
        Predicate<ActionCommand> when,
        String whenDescription) {

    public Transition {
        from = Set.copyOf(from);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        guards = List.copyOf(guards);
        clockEffects = List.copyOf(clockEffects);
        when = when == null ? c -> true : when;
    }

    /** Whether the state stays. */
    public boolean staysInState() {
        return to == null;
    }

    /** Starts a row for the action. */
    public static Builder on(Action action) {
        return new Builder(action);
    }

    /** Builder of a transition row, typed loosely so that any state enum can be used. */
    public static final class Builder {
        private final Action action;
        private final Set<String> from = new LinkedHashSet<>();
        private String to;
        private final Set<Role> roles = new LinkedHashSet<>();
        private final List<Guard> guards = new ArrayList<>();
        private final List<ClockEffect> effects = new ArrayList<>();
        private Predicate<ActionCommand> when;
        private String whenDescription;

        private Builder(Action action) {
            this.action = action;
        }

        public Builder from(Enum<?>... states) {
            Arrays.stream(states).map(Enum::name).forEach(from::add);
            return this;
        }

        public Builder to(Enum<?> state) {
            this.to = state.name();
            return this;
        }

        public Builder roles(Role... allowed) {
            roles.addAll(Arrays.asList(allowed));
            return this;
        }

        public Builder guard(String messageKey, Predicate<GuardContext> test) {
            guards.add(new Guard(messageKey, test));
            return this;
        }

        public Builder clocks(ClockEffect... clockEffects) {
            effects.addAll(Arrays.asList(clockEffects));
            return this;
        }

        public Builder when(String description, Predicate<ActionCommand> condition) {
            this.whenDescription = description;
            this.when = condition;
            return this;
        }

        public Transition build() {
            if (from.isEmpty() || roles.isEmpty()) {
                throw new IllegalStateException(action + ": from-states and roles are required");
            }
            return new Transition(action, from, to, roles, guards, effects, when, whenDescription);
        }
    }
}
