package cn.renda.handling;

import org.springframework.security.access.AccessDeniedException;

/** The user's roles (or unit) do not allow the action on this case (answered as 403). */
public class ActionForbiddenException extends AccessDeniedException {

    private final Action action;

    private ActionForbiddenException(Action action, String why) {
        super("Action " + action + " not allowed: " + why);
        this.action = action;
    }

    /** The user holds none of the roles the transition allows. */
    public static ActionForbiddenException roles(Action action) {
        return new ActionForbiddenException(action, "role");
    }

    /** The user acts for a unit that has no (suitable) assignment on the case. */
    public static ActionForbiddenException unit(Action action, Long unitId) {
        return new ActionForbiddenException(action, "unit " + unitId);
    }

    public Action action() {
        return action;
    }
}
