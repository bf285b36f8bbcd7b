package cn.renda.meeting;

/** Filter of the appointments register; null fields match everything. */
public record AppointmentFilter(AppointmentAction action, Integer year, Long meetingId) {}
