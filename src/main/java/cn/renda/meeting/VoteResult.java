package cn.renda.meeting;

import java.time.OffsetDateTime;

/**
 * The vote on an item: all SC members when it was taken, the tallies and whether it passed (more than
 * half of all members for).
 */
public record VoteResult(
        int membersTotal,
        int votesFor,
        int votesAgainst,
        int votesAbstain,
        int votesNotVoting,
        boolean passed,
        boolean byMember,
        OffsetDateTime votedAt) {

    /** Votes needed to pass. */
    public int required() {
        return VotingRules.majorityOf(membersTotal);
    }
}
