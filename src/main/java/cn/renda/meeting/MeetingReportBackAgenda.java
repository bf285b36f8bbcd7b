package cn.renda.meeting;

import cn.renda.supervision.ReportBackAgenda;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meeting module's side of {@link ReportBackAgenda}: an opinion's handling report becomes an agenda item. */
@Component
class MeetingReportBackAgenda implements ReportBackAgenda {

    private final MeetingFacade meetings;

    MeetingReportBackAgenda(MeetingFacade meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional
    public long addReportBackItem(long meetingId, String title, Long reportingUnitId) {
        return meetings.addItem(
                meetingId, new AgendaItemCommand(AgendaItemType.OPINION_HANDLING_REPORT, title, reportingUnitId, null));
    }
}
