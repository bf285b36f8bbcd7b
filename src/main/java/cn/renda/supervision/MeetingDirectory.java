package cn.renda.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SPI: the meetings and agenda items supervision records link to (plan adopted by a directors' meeting,
 * reports heard at an SC meeting). The meeting module implements it, since meetings already depend on
 * supervision; supervision never calls the meeting module directly.
 */
public interface MeetingDirectory {

    /** Kinds of meetings supervision links to. */
    enum Kind {
        SC_MEETING,
        DIRECTORS_MEETING
    }

    /** A meeting as supervision shows it: its record is at {@code /meetings/{id}}. */
    record MeetingRef(long id, Kind kind, String title, LocalDate date) {}

    /** An agenda item with its meeting; {@code type} is the meeting module's item type code. */
    record AgendaRef(
            long id,
            long meetingId,
            String meetingTitle,
            LocalDate date,
            String type,
            String title,
            Long reportingUnitId,
            String reportingUnitName) {}

    /** Meetings of a kind held or planned in a year, newest first. */
    List<MeetingRef> meetings(Kind kind, int year);

    Optional<MeetingRef> meeting(long id);

    /** The agenda of a meeting in order. */
    List<AgendaRef> agendaItems(long meetingId);

    Optional<AgendaRef> agendaItem(long id);
}
