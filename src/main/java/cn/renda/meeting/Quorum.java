package cn.renda.meeting;

/** Quorum of a meeting: all SC members, those present, the number required and whether it is reached. */
public record Quorum(int members, int present, int required, boolean reached) {

    static Quorum of(int members, int present) {
        return new Quorum(members, present, VotingRules.majorityOf(members), VotingRules.quorum(members, present));
    }
}
