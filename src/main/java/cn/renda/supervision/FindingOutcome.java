package cn.renda.supervision;

/** What a finding of an inspection becomes. */
public enum FindingOutcome {
    /** A research opinion letter (调研意见书) under the 123 clocks. */
    OPINION,
    /** A problem to rectify within a deadline (限期整改), with its own clock. */
    RECTIFICATION
}
