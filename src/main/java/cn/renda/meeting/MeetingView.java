package cn.renda.meeting;

import java.time.LocalDateTime;

/** A meeting as lists and pages show it; times are local to Asia/Shanghai. */
public record MeetingView(
        long id,
        MeetingKind kind,
        int term,
        Integer number,
        String title,
        LocalDateTime startsAt,
        LocalDateTime endsAt,
        String place,
        String convener,
        MeetingStatus status,
        int items) {}
