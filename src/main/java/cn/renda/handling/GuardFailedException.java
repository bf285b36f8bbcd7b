package cn.renda.handling;

import cn.renda.core.DomainException;

/** A guard of the transition refused the action (answered as 422 with the guard's message). */
public class GuardFailedException extends DomainException {

    private GuardFailedException(String messageKey, Action action) {
        super(messageKey, "Guard " + messageKey + " refused " + action, action);
    }

    public static GuardFailedException of(String messageKey, Action action) {
        return new GuardFailedException(messageKey, action);
    }
}
