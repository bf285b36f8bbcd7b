package cn.renda.meeting;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** Status of a meeting: PLANNED → NOTIFIED → HELD → MINUTES_APPROVED, by an explicit transition table. */
public enum MeetingStatus {
    PLANNED,
    NOTIFIED,
    HELD,
    MINUTES_APPROVED;

    private static final Map<MeetingStatus, Set<MeetingStatus>> NEXT = Map.of(
            PLANNED, EnumSet.of(NOTIFIED),
            NOTIFIED, EnumSet.of(HELD),
            HELD, EnumSet.of(MINUTES_APPROVED),
            MINUTES_APPROVED, EnumSet.noneOf(MeetingStatus.class));

    /** The statuses this one may move to. */
    public Set<MeetingStatus> next() {
        return NEXT.get(this);
    }

    public boolean canMoveTo(MeetingStatus target) {
        return target != null && NEXT.get(this).contains(target);
    }

    /** Checks a move; throws {@link IllegalMeetingTransitionException} (409) when the table forbids it. */
    public void requireMoveTo(MeetingStatus target) {
        if (!canMoveTo(target)) {
            throw new IllegalMeetingTransitionException(this, target);
        }
    }
}
