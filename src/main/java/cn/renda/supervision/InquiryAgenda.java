package cn.renda.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SPI: the meetings a special inquiry can be heard at. The meeting module implements it (it already
 * depends on supervision), so that an inquiry becomes a SPECIAL_INQUIRY agenda item of a standing
 * committee meeting without a dependency cycle.
 */
public interface InquiryAgenda {

    /** A standing committee meeting open for agenda items, or the one an inquiry item sits on. */
    record Slot(long meetingId, String meetingTitle, LocalDate date, String status, Long itemId) {}

    /** SC meetings that are planned or held from {@code from} on, soonest first. */
    List<Slot> meetings(LocalDate from);

    /** Adds the inquiry as a SPECIAL_INQUIRY item of the meeting; returns the meeting with the new item's id. */
    Slot addInquiryItem(long meetingId, String title);

    /** The meeting an agenda item belongs to. */
    Optional<Slot> slotOf(long itemId);
}
