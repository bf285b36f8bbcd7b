package cn.renda.meeting;

import jakarta.validation.constraints.PositiveOrZero;
import java.util.Map;

/**
 * Command: record the vote on an item, either by member (person id → choice; members not listed count
 * as not voting) or, when {@code members} is empty, as tallies.
 */
public record VoteCommand(
        Map<Long, VoteChoice> members,
        @PositiveOrZero Integer votesFor,
        @PositiveOrZero Integer votesAgainst,
        @PositiveOrZero Integer votesAbstain,
        @PositiveOrZero Integer votesNotVoting) {

    public VoteCommand {
        members = members == null ? Map.of() : Map.copyOf(members);
    }

    /** Tallies only. */
    public static VoteCommand tallies(int votesFor, int against, int abstain, int notVoting) {
        return new VoteCommand(Map.of(), votesFor, against, abstain, notVoting);
    }
}
