package cn.renda.outreach;

/** Filters of the opinion lists; null fields do not filter. Street staff always see only their street. */
public record OpinionFilter(OpinionState state, OpinionTier tier, Long streetId, String q) {

    /** No filter. */
    public static OpinionFilter all() {
        return new OpinionFilter(null, null, null, null);
    }

    /** Only opinions in one state. */
    public static OpinionFilter inState(OpinionState state) {
        return new OpinionFilter(state, null, null, null);
    }
}
