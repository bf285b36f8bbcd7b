package cn.renda.outreach;

import cn.renda.core.ConflictException;

/** A step the opinion's transition table forbids in its state (answered as 409). */
public class IllegalOpinionTransitionException extends ConflictException {

    public IllegalOpinionTransitionException(OpinionState state, OpinionAction action) {
        super("outreach.error.transition", "Opinion in " + state + " cannot " + action);
    }
}
