package cn.renda.supervision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Status of a law-enforcement inspection, with its transition table. */
public enum EnforcementStatus {
    /** Inspecting: visits, questionnaires, findings. */
    UNDER_WAY,
    /** The report (监督法 第三十六条's parts) is written. */
    REPORTED,
    /** The report was heard at an SC meeting (agenda item linked). */
    HEARD,
    /** The results are published. */
    PUBLISHED;

    private static final Map<EnforcementStatus, Set<EnforcementStatus>> NEXT = Map.of(
            UNDER_WAY, EnumSet.of(REPORTED),
            REPORTED, EnumSet.of(HEARD),
            HEARD, EnumSet.of(PUBLISHED),
            PUBLISHED, EnumSet.noneOf(EnforcementStatus.class));

    /** Throws {@link IllegalSupervisionTransitionException} unless the table allows the move. */
    public void requireMoveTo(EnforcementStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new IllegalSupervisionTransitionException(this, target);
        }
    }
}
