package cn.renda.handling;

import cn.renda.identity.Role;
import java.util.List;
import java.util.Set;

/** A transition row as data: guards by message key, clock effects as text, the {@code when} condition described. */
public record TransitionView(
        Action action,
        Set<String> from,
        String to,
        Set<Role> roles,
        List<String> guards,
        List<String> clockEffects,
        String when) {

    /** The row of a transition. */
    public static TransitionView of(Transition t) {
        return new TransitionView(
                t.action(),
                t.from(),
                t.to(),
                t.roles(),
                t.guards().stream().map(Guard::messageKey).toList(),
                t.clockEffects().stream().map(ClockEffect::toString).toList(),
                t.whenDescription());
    }
}
