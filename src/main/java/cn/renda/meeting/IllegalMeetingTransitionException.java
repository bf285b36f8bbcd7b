package cn.renda.meeting;

import cn.renda.core.ConflictException;

/** A meeting status change the transition table forbids (answered as 409). */
public class IllegalMeetingTransitionException extends ConflictException {

    public IllegalMeetingTransitionException(MeetingStatus from, MeetingStatus to) {
        super("meeting.error.transition", "Meeting cannot move from " + from + " to " + to, from, to);
    }
}
