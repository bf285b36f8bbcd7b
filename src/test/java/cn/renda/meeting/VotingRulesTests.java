package cn.renda.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quorum, majority and status rules of meetings, and the 第十五条 timeline, at their boundaries. */
class VotingRulesTests {

    @Test
    void fifteenOfTwentyNineHoldTheMeetingFourteenDoNot() {
        assertThat(VotingRules.quorum(29, 15)).isTrue();
        assertThat(VotingRules.quorum(29, 14)).isFalse();
        assertThat(VotingRules.majorityOf(29)).isEqualTo(15);
    }

    @Test
    void fifteenVotesForOfTwentyNinePassFourteenDoNot() {
        assertThat(VotingRules.passes(29, 15)).isTrue();
        assertThat(VotingRules.passes(29, 14)).isFalse();
    }

    @Test
    void halfOfAnEvenCommitteeIsNotEnough() {
        assertThat(VotingRules.quorum(30, 15)).isFalse();
        assertThat(VotingRules.quorum(30, 16)).isTrue();
        assertThat(VotingRules.passes(30, 15)).isFalse();
        assertThat(VotingRules.passes(30, 16)).isTrue();
        assertThat(VotingRules.passes(0, 0)).isFalse();
    }

    @Test
    void majorityCountsAllMembersNotThoseVoting() {
        // 15 present, 14 for, 1 against: a majority of those voting, but not of all 29 members
        assertThat(VotingRules.quorum(29, 15)).isTrue();
        assertThat(VotingRules.passes(29, 14)).isFalse();
    }

    @Test
    void statusMovesOnlyAlongTheTable() {
        MeetingStatus.PLANNED.requireMoveTo(MeetingStatus.NOTIFIED);
        MeetingStatus.NOTIFIED.requireMoveTo(MeetingStatus.HELD);
        MeetingStatus.HELD.requireMoveTo(MeetingStatus.MINUTES_APPROVED);
        assertThatThrownBy(() -> MeetingStatus.PLANNED.requireMoveTo(MeetingStatus.HELD))
                .isInstanceOf(IllegalMeetingTransitionException.class)
                .hasMessageContaining("PLANNED")
                .hasMessageContaining("HELD");
        assertThat(MeetingStatus.MINUTES_APPROVED.next()).isEmpty();
        assertThat(MeetingStatus.HELD.canMoveTo(MeetingStatus.PLANNED)).isFalse();
    }

    @Test
    void timelineDueDatesAreTwentyTenAndSevenDaysBeforeTheMeeting() {
        LocalDate meeting = LocalDate.of(2023, 6, 28);
        List<ReportTimeline.Deadline> t = ReportTimeline.of(meeting, null, null, null, LocalDate.of(2023, 5, 1));
        assertThat(t)
                .extracting(ReportTimeline.Deadline::due)
                .containsExactly(LocalDate.of(2023, 6, 8), LocalDate.of(2023, 6, 18), LocalDate.of(2023, 6, 21));
        assertThat(t).extracting(ReportTimeline.Deadline::warning).containsOnly(ReportTimeline.Warning.NONE);
    }

    @Test
    void timelineWarnsYellowNearAndLateAndRedWhenMissed() {
        LocalDate meeting = LocalDate.of(2023, 6, 28);
        // due 6-8: on 6-5 three days ahead → yellow; on 6-4 → none; on 6-9 undelivered → red
        assertThat(ReportTimeline.deadline(ReportTimeline.Step.TO_COMMITTEE, meeting, null, LocalDate.of(2023, 6, 4))
                        .warning())
                .isEqualTo(ReportTimeline.Warning.NONE);
        assertThat(ReportTimeline.deadline(ReportTimeline.Step.TO_COMMITTEE, meeting, null, LocalDate.of(2023, 6, 5))
                        .warning())
                .isEqualTo(ReportTimeline.Warning.YELLOW);
        assertThat(ReportTimeline.deadline(ReportTimeline.Step.TO_COMMITTEE, meeting, null, LocalDate.of(2023, 6, 9))
                        .warning())
                .isEqualTo(ReportTimeline.Warning.RED);
        assertThat(ReportTimeline.deadline(
                                ReportTimeline.Step.TO_COMMITTEE,
                                meeting,
                                LocalDate.of(2023, 6, 8),
                                LocalDate.of(2023, 6, 9))
                        .warning())
                .isEqualTo(ReportTimeline.Warning.NONE);
        assertThat(ReportTimeline.deadline(
                                ReportTimeline.Step.TO_COMMITTEE,
                                meeting,
                                LocalDate.of(2023, 6, 9),
                                LocalDate.of(2023, 6, 10))
                        .warning())
                .isEqualTo(ReportTimeline.Warning.YELLOW);
    }

    @Test
    void scMeetingTitlesUseChineseNumerals() {
        assertThat(MeetingFacade.chinese(7)).isEqualTo("七");
        assertThat(MeetingFacade.chinese(10)).isEqualTo("十");
        assertThat(MeetingFacade.chinese(12)).isEqualTo("十二");
        assertThat(MeetingFacade.chinese(21)).isEqualTo("二十一");
        assertThat(MeetingFacade.chinese(105)).isEqualTo("一百零五");
    }
}
