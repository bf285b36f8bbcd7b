package cn.renda.meeting;

import cn.renda.core.NotFoundException;
import cn.renda.core.PageRequest;
import cn.renda.supervision.MeetingDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Answers supervision's {@link MeetingDirectory} from the meeting facade: supervision links its plans,
 * inspections and evaluations to meetings and agenda items without depending on this module.
 */
@Component
class SupervisionMeetingDirectory implements MeetingDirectory {

    private final MeetingFacade meetings;

    SupervisionMeetingDirectory(MeetingFacade meetings) {
        this.meetings = meetings;
    }

    @Override
    public List<MeetingRef> meetings(Kind kind, int year) {
        MeetingFilter filter = new MeetingFilter(MeetingKind.valueOf(kind.name()), null, year);
        return meetings.list(filter, new PageRequest(0, PageRequest.MAX_SIZE, null, false)).items().stream()
                .map(SupervisionMeetingDirectory::ref)
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Optional<MeetingRef> meeting(long id) {
        try {
            return ref(meetings.get(id));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    @Override
    public List<AgendaRef> agendaItems(long meetingId) {
        try {
            MeetingView meeting = meetings.get(meetingId);
            return meetings.detail(meetingId).items().stream()
                    .map(i -> ref(meeting, i))
                    .toList();
        } catch (NotFoundException e) {
            return List.of();
        }
    }

    @Override
    public Optional<AgendaRef> agendaItem(long id) {
        try {
            AgendaItemView item = meetings.item(id);
            return Optional.of(ref(meetings.get(item.meetingId()), item));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Optional<MeetingRef> ref(MeetingView m) {
        if (m.kind() != MeetingKind.SC_MEETING && m.kind() != MeetingKind.DIRECTORS_MEETING) {
            return Optional.empty();
        }
        return Optional.of(new MeetingRef(
                m.id(), Kind.valueOf(m.kind().name()), m.title(), m.startsAt().toLocalDate()));
    }

    private static AgendaRef ref(MeetingView m, AgendaItemView i) {
        return new AgendaRef(
                i.id(),
                m.id(),
                m.title(),
                m.startsAt().toLocalDate(),
                i.type().name(),
                i.title(),
                i.reportingUnitId(),
                i.reportingUnitName());
    }
}
