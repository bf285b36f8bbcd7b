package cn.renda.meeting;

import cn.renda.supervision.InquiryAgenda;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meeting module's side of {@link InquiryAgenda}: a special inquiry becomes a SPECIAL_INQUIRY agenda item. */
@Component
class MeetingInquiryAgenda implements InquiryAgenda {

    private final MeetingFacade meetings;

    MeetingInquiryAgenda(MeetingFacade meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional
    public long addInquiryItem(long meetingId, String title) {
        return meetings.addItem(
                meetingId, new AgendaItemCommand(AgendaItemType.SPECIAL_INQUIRY, "专题询问：" + title, null, null));
    }
}
