package cn.renda.outreach;

import static cn.renda.outreach.OpinionState.ANSWERED;
import static cn.renda.outreach.OpinionState.CLOSED;
import static cn.renda.outreach.OpinionState.DISMISSED;
import static cn.renda.outreach.OpinionState.ESCALATED;
import static cn.renda.outreach.OpinionState.RECEIVED;
import static cn.renda.outreach.OpinionState.STREET_HANDLING;
import static cn.renda.outreach.OpinionState.TAKEN_UP;

import java.util.EnumSet;
import java.util.Set;

/** The steps of a voter opinion: the transition table (from which states, to which state). */
public enum OpinionAction {
    /** Triage: handle at street level. */
    HANDLE_AT_STREET(STREET_HANDLING, RECEIVED),
    /** Triage (or later): escalate to district units as a case of the engine. */
    ESCALATE(ESCALATED, RECEIVED, STREET_HANDLING),
    /** A deputy takes it up as a suggestion. */
    TAKE_UP(TAKEN_UP, RECEIVED, STREET_HANDLING),
    /** The street answers. */
    ANSWER(ANSWERED, STREET_HANDLING),
    /** The district unit replied on the engine. */
    CASE_REPLIED(ANSWERED, ESCALATED),
    /** The suggestion taken up was replied to. */
    SUGGESTION_REPLIED(ANSWERED, TAKEN_UP),
    /** The citizen (or the deputy who received it) evaluates the reply. */
    EVALUATE(CLOSED, ANSWERED),
    /** The street takes an answered or closed opinion up again (e.g. after an unsatisfied evaluation). */
    REOPEN(STREET_HANDLING, ANSWERED, CLOSED),
    /** Not an opinion to handle. */
    DISMISS(DISMISSED, RECEIVED);

    private final OpinionState target;
    private final Set<OpinionState> from;

    OpinionAction(OpinionState target, OpinionState first, OpinionState... more) {
        this.target = target;
        this.from = EnumSet.of(first, more);
    }

    /** The state after the step. */
    public OpinionState target() {
        return target;
    }

    /** Whether the step may be taken in the state. */
    public boolean allowedFrom(OpinionState state) {
        return from.contains(state);
    }

    /** The state after the step from {@code state}; fails with {@link IllegalOpinionTransitionException}. */
    public OpinionState from(OpinionState state) {
        if (!allowedFrom(state)) {
            throw new IllegalOpinionTransitionException(state, this);
        }
        return target;
    }
}
