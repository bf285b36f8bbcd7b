package cn.renda.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * An agenda item with its reporting unit and committee, the 第十五条 timeline (special work reports
 * only; empty otherwise) and its vote (null until voted).
 */
public record AgendaItemView(
        long id,
        long meetingId,
        int position,
        AgendaItemType type,
        String title,
        Long reportingUnitId,
        String reportingUnitName,
        Long committeeId,
        String committeeName,
        LocalDate reportToCommittee,
        LocalDate revisedToSc,
        LocalDate sentToMembers,
        List<ReportTimeline.Deadline> timeline,
        VoteResult vote) {

    /** The most urgent warning of the timeline. */
    public ReportTimeline.Warning worstWarning() {
        return timeline.stream()
                .map(ReportTimeline.Deadline::warning)
                .max(Enum::compareTo)
                .orElse(ReportTimeline.Warning.NONE);
    }
}
