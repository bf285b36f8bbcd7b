package cn.renda.supervision;

/**
 * SPI: puts a special inquiry on a standing committee meeting's agenda. The meeting module implements it
 * (it already depends on supervision); the meetings and items themselves are read through
 * {@link MeetingDirectory}.
 */
public interface InquiryAgenda {

    /** Adds the inquiry as a SPECIAL_INQUIRY item of the meeting; returns the new item's id. */
    long addInquiryItem(long meetingId, String title);
}
