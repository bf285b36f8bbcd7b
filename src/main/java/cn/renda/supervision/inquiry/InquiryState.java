package cn.renda.supervision.inquiry;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Phase of a special inquiry with its transition table: research and problem list (查、研) until the
 * handover meeting (究), rectification (督) until the inquiry meeting is held (问), concluded when the
 * 第五十条 follow-up report has been received.
 */
public enum InquiryState {
    RESEARCH,
    HANDED_OVER,
    HELD,
    CONCLUDED;

    private static final Map<InquiryState, Set<InquiryState>> NEXT = Map.of(
            RESEARCH, EnumSet.of(HANDED_OVER),
            HANDED_OVER, EnumSet.of(HELD),
            HELD, EnumSet.of(CONCLUDED),
            CONCLUDED, EnumSet.noneOf(InquiryState.class));

    /** Whether the inquiry may move from this phase to {@code target}. */
    public boolean canMoveTo(InquiryState target) {
        return NEXT.get(this).contains(target);
    }

    /** This phase's successor {@code target}, or {@link IllegalInquiryStepException} naming both. */
    public InquiryState moveTo(InquiryState target) {
        if (!canMoveTo(target)) {
            throw new IllegalInquiryStepException(this, target);
        }
        return target;
    }

    /** Whether the problem list may still be edited or imported. */
    public boolean listOpen() {
        return this == RESEARCH;
    }
}
