package cn.renda.supervision.inquiry;

import java.time.LocalDate;

/** A special inquiry as lists and its page show it. */
public record InquiryView(
        long id,
        String title,
        String scope,
        String leadCommittee,
        LocalDate inquiryDate,
        int thresholdPercent,
        int warningDays,
        InquiryState state,
        LocalDate handoverOn,
        String handoverNote,
        Long meetingId,
        Long agendaItemId,
        LocalDate heldOn,
        Long followUpCaseId,
        long problems,
        long closedOut,
        int version) {}
