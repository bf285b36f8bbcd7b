package cn.renda.meeting;

import java.time.LocalDate;

/** An entry of the resolutions and decisions register (决议决定). */
public record ResolutionView(
        long id,
        String number,
        String title,
        long meetingId,
        String meetingTitle,
        Long itemId,
        LocalDate adoptedOn,
        String text,
        ResolutionStatus status,
        String followUp) {}
