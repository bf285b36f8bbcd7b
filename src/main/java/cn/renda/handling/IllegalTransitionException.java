package cn.renda.handling;

import cn.renda.core.ConflictException;

/** The action is not allowed in the case's (or the unit's assignment's) current state (answered as 409). */
public class IllegalTransitionException extends ConflictException {

    private final String state;
    private final Action action;

    private IllegalTransitionException(String state, Action action) {
        super(
                "handling.error.illegalTransition",
                "Action " + action + " is not allowed in state " + state,
                state,
                action);
        this.state = state;
        this.action = action;
    }

    /** The named error for an action fired in a state that does not allow it. */
    public static IllegalTransitionException of(String state, Action action) {
        return new IllegalTransitionException(state, action);
    }

    public String state() {
        return state;
    }

    public Action action() {
        return action;
    }
}
