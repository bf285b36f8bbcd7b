package cn.renda.supervision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Phase of an item of the annual supervision plan, with its transition table. */
public enum PlanPhase {
    /** 计划中. */
    PLANNED,
    /** 正在开展 (research, inspection, problem list …). */
    UNDER_WAY,
    /** 已听取审议 at the SC meeting. */
    HEARD,
    /** 跟踪监督 (opinions handled, follow-up inspection). */
    FOLLOW_UP,
    /** 已完成. */
    DONE;

    private static final Map<PlanPhase, Set<PlanPhase>> NEXT = Map.of(
            PLANNED, EnumSet.of(UNDER_WAY),
            UNDER_WAY, EnumSet.of(HEARD, DONE),
            HEARD, EnumSet.of(FOLLOW_UP, DONE),
            FOLLOW_UP, EnumSet.of(DONE),
            DONE, EnumSet.noneOf(PlanPhase.class));

    /** The phases this one may move to. */
    public Set<PlanPhase> next() {
        return NEXT.get(this);
    }

    /** Throws {@link IllegalSupervisionTransitionException} unless the table allows the move. */
    public void requireMoveTo(PlanPhase target) {
        if (!NEXT.get(this).contains(target)) {
            throw new IllegalSupervisionTransitionException(this, target);
        }
    }
}
