package cn.renda.supervision.inquiry;

/** A problem of the list: listed, handed over as a case to its units, closed out (销号) after verification. */
public enum ProblemState {
    LISTED,
    HANDED_OVER,
    CLOSED_OUT
}
