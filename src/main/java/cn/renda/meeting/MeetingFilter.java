package cn.renda.meeting;

/** Filter of the meeting list; null fields match everything. */
public record MeetingFilter(MeetingKind kind, MeetingStatus status, Integer year) {

    public static MeetingFilter all() {
        return new MeetingFilter(null, null, null);
    }
}
