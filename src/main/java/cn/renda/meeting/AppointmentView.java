package cn.renda.meeting;

import java.time.LocalDate;

/** An entry of the appointments and removals register (任免); each entry is one person-time (人次). */
public record AppointmentView(
        long id,
        Long personId,
        String personName,
        String position,
        Long unitId,
        String unitName,
        AppointmentAction action,
        long meetingId,
        String meetingTitle,
        String voteResult,
        LocalDate effectiveOn) {}
