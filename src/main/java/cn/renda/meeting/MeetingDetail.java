package cn.renda.meeting;

import java.util.List;

/** A meeting with its agenda, attendance, observers and quorum. */
public record MeetingDetail(
        MeetingView meeting,
        List<AgendaItemView> items,
        List<AttendanceRow> attendance,
        List<ObserverView> observers,
        Quorum quorum) {}
