package cn.renda.meeting;

import cn.renda.core.PageRequest;
import cn.renda.supervision.InquiryAgenda;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meeting module's side of {@link InquiryAgenda}: SC meetings and SPECIAL_INQUIRY items for special inquiries. */
@Component
class MeetingInquiryAgenda implements InquiryAgenda {

    private final MeetingFacade meetings;

    MeetingInquiryAgenda(MeetingFacade meetings) {
        this.meetings = meetings;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Slot> meetings(LocalDate from) {
        // The latest 200 SC meetings newest first, those from the date on, then soonest first.
        List<Slot> slots = new ArrayList<>(meetings
                .list(new MeetingFilter(MeetingKind.SC_MEETING, null, null), new PageRequest(0, 200, "date", true))
                .items()
                .stream()
                .filter(m -> !m.startsAt().toLocalDate().isBefore(from))
                .filter(m -> m.status() != MeetingStatus.MINUTES_APPROVED)
                .map(m -> slot(m, null))
                .toList());
        Collections.reverse(slots);
        return slots;
    }

    @Override
    @Transactional
    public Slot addInquiryItem(long meetingId, String title) {
        long itemId = meetings.addItem(
                meetingId, new AgendaItemCommand(AgendaItemType.SPECIAL_INQUIRY, "专题询问：" + title, null, null));
        return slot(meetings.get(meetingId), itemId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Slot> slotOf(long itemId) {
        AgendaItemView item = meetings.item(itemId);
        return Optional.of(slot(meetings.get(item.meetingId()), itemId));
    }

    private static Slot slot(MeetingView m, Long itemId) {
        return new Slot(
                m.id(), m.title(), m.startsAt().toLocalDate(), m.status().name(), itemId);
    }
}
