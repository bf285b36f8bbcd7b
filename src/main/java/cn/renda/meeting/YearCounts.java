package cn.renda.meeting;

/** The year's figures of the meeting work, as the annual report states them. */
public record YearCounts(
        int year,
        long scMeetings,
        long directorsMeetings,
        long specialWorkReports,
        long resolutions,
        long appointmentPersonTimes,
        long partyGroupMeetings,
        long theoryStudySessions) {}
