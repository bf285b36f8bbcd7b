package cn.renda.handling.internal;

import cn.renda.handling.Action;
import java.util.Set;

/** One family of action steps: the engine's own effect of each of its actions on a claimed case. */
interface StepFamily {

    /** The actions of this family (each action belongs to exactly one family). */
    Set<Action> actions();

    /** Applies the action's effect to the step; returns whether the case itself moves (clock effects, new state). */
    boolean apply(Step step);
}
