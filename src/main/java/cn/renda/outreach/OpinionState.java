package cn.renda.outreach;

/** States of a voter opinion; the moves between them are {@link OpinionAction}'s table. */
public enum OpinionState {
    /** Received, waiting for the street's triage. */
    RECEIVED,
    /** Handled at street level (街道人大工委 → 街道办). */
    STREET_HANDLING,
    /** Escalated to district units: a case on the handling engine. */
    ESCALATED,
    /** Taken up by a deputy as a suggestion. */
    TAKEN_UP,
    /** Answered; the citizen may evaluate the reply. */
    ANSWERED,
    /** Evaluated or closed. */
    CLOSED,
    /** Not an opinion to handle (duplicate, out of scope), with the reason. */
    DISMISSED;

    /** Whether the opinion still waits for work by the street or a unit. */
    public boolean open() {
        return this == RECEIVED || this == STREET_HANDLING || this == ESCALATED;
    }
}
