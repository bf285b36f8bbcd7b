package cn.renda.supervision.inquiry;

/** How an answering department's answers were evaluated at the inquiry meeting. */
public record UnitEvaluation(long unitId, String unitName, long satisfied, long basicallySatisfied, long unsatisfied) {

    /** Answers evaluated. */
    public long evaluated() {
        return satisfied + basicallySatisfied + unsatisfied;
    }

    /** Satisfied or basically satisfied, in whole percent of the evaluated answers. */
    public int satisfactionPercent() {
        return evaluated() == 0 ? 0 : (int) ((satisfied + basicallySatisfied) * 100 / evaluated());
    }
}
