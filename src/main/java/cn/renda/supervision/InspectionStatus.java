package cn.renda.supervision;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Status of an inspection or research visit, with its transition table. */
public enum InspectionStatus {
    /** Visits under way. */
    UNDER_WAY,
    /** The report is written; findings are issued as cases. */
    REPORTED,
    /** Closed: nothing more to follow. */
    CLOSED;

    private static final Map<InspectionStatus, Set<InspectionStatus>> NEXT = Map.of(
            UNDER_WAY, EnumSet.of(REPORTED),
            REPORTED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(InspectionStatus.class));

    /** Throws {@link IllegalSupervisionTransitionException} unless the table allows the move. */
    public void requireMoveTo(InspectionStatus target) {
        if (!NEXT.get(this).contains(target)) {
            throw new IllegalSupervisionTransitionException(this, target);
        }
    }
}
