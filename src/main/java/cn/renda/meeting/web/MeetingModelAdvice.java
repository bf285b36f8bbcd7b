package cn.renda.meeting.web;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes of the meeting pages: labels and whether the user may change meetings. */
@ControllerAdvice(basePackageClasses = MeetingModelAdvice.class)
class MeetingModelAdvice {

    private final MeetingLabels labels;

    MeetingModelAdvice(MeetingLabels labels) {
        this.labels = labels;
    }

    @ModelAttribute("ml")
    MeetingLabels labels() {
        return labels;
    }

    @ModelAttribute("meetingWrite")
    boolean meetingWrite() {
        return CurrentUser.get().map(u -> u.hasAny(Role.STAFF, Role.ADMIN)).orElse(false);
    }

    @ModelAttribute("meetingStaff")
    boolean meetingStaff() {
        return CurrentUser.get().map(u -> u.hasAny(Role.STAFF)).orElse(false);
    }
}
