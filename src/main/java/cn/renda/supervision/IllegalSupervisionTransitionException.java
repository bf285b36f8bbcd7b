package cn.renda.supervision;

import cn.renda.core.ConflictException;

/** A phase or status change of a supervision record that its transition table forbids (answered as 409). */
public class IllegalSupervisionTransitionException extends ConflictException {

    public IllegalSupervisionTransitionException(Enum<?> from, Enum<?> to) {
        super(
                "supervision.work.error.transition",
                from.getDeclaringClass().getSimpleName() + " cannot move from " + from + " to " + to);
    }
}
