package cn.renda.meeting;

import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.ScMemberView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may read a meeting's draft resolutions before they are adopted: office staff, leaders and administrators,
 * and the standing committee's members for the meetings they sit in (SC and joint meetings, or recorded in the
 * attendance). Units, deputies and street staff may not. Once a resolution of the meeting is recorded (adopted)
 * or the minutes are approved (published), the drafts are readable like the meeting's other documents.
 */
@Component
class DraftResolutionAccess {

    private final JdbcClient jdbc;
    private final PersonRegistry people;

    DraftResolutionAccess(JdbcClient jdbc, PersonRegistry people) {
        this.jdbc = jdbc;
        this.people = people;
    }

    boolean mayRead(MeetingView meeting, CurrentUser user) {
        if (released(meeting) || user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            return true;
        }
        if (!user.hasAny(Role.MEMBER) || user.personId() == null) {
            return false;
        }
        long person = user.personId();
        boolean member = people.scMembers().stream().map(ScMemberView::personId).anyMatch(id -> id == person);
        if (!member) {
            return false;
        }
        return meeting.kind() == MeetingKind.SC_MEETING
                || meeting.kind() == MeetingKind.JOINT_MEETING
                || recorded(meeting.id(), person);
    }

    private boolean released(MeetingView meeting) {
        return meeting.status() == MeetingStatus.MINUTES_APPROVED
                || jdbc.sql("select exists (select 1 from meeting.resolution where congress_id = ? and meeting_id = ?)")
                        .params(TenantContext.orNone(), meeting.id())
                        .query(Boolean.class)
                        .single();
    }

    private boolean recorded(long meetingId, long personId) {
        return jdbc.sql("select exists (select 1 from meeting.attendance where congress_id = ? and meeting_id = ?"
                        + " and person_id = ?)")
                .params(TenantContext.orNone(), meetingId, personId)
                .query(Boolean.class)
                .single();
    }
}
