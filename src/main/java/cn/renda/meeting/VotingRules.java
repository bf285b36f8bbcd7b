package cn.renda.meeting;

/**
 * Quorum and majority of the standing committee: a meeting is held only with more than half of all
 * members present, and an item passes only with more than half of all members voting for (not of those
 * present). Pure functions.
 */
public final class VotingRules {

    private VotingRules() {}

    /** The smallest number that is more than half of {@code members}. */
    public static int majorityOf(int members) {
        if (members < 0) {
            throw new IllegalArgumentException("members < 0");
        }
        return members / 2 + 1;
    }

    /** Whether {@code present} members out of {@code members} make a quorum. */
    public static boolean quorum(int members, int present) {
        return members > 0 && present >= majorityOf(members);
    }

    /** Whether {@code votesFor} out of all {@code members} pass an item. */
    public static boolean passes(int members, int votesFor) {
        return members > 0 && votesFor >= majorityOf(members);
    }
}
