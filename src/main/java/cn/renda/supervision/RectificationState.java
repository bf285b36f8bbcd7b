package cn.renda.supervision;

/** States of a problem to rectify within a deadline (限期整改), found by an inspection. */
public enum RectificationState {
    /** Recorded, not yet issued. */
    DRAFT,
    /** Issued to the units; the rectification clock runs. */
    ISSUED,
    /** The units accepted it. */
    ACCEPTED,
    /** The units reported their rectification; the committee verifies it. */
    REPORTED,
    /** Every unit returned it. */
    RETURNED,
    /** 销号: closed out after the committee verified the rectification. */
    CLOSED,
    /** 撤销. */
    WITHDRAWN
}
