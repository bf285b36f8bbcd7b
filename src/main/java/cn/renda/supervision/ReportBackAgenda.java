package cn.renda.supervision;

/**
 * SPI: puts the report on how a deliberation opinion was handled back on a standing committee meeting's agenda
 * (监督法 第十七条), where the members evaluate it. The meeting module implements it (it already depends on
 * supervision); the item is then read through {@link MeetingDirectory}.
 */
public interface ReportBackAgenda {

    /**
     * Adds an opinion-handling-report item to the SC meeting, reported by the unit (when given); returns the new item's
     * id. Refused (conflict) when the meeting's minutes are approved.
     */
    long addReportBackItem(long meetingId, String title, Long reportingUnitId);
}
