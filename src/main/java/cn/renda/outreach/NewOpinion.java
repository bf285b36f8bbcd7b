package cn.renda.outreach;

/**
 * Command: a voter opinion coming in. Use the named factories: {@link #fromPortal}, {@link #byDeputy},
 * {@link #byStreet}. Citizen name and phone are optional.
 */
public record NewOpinion(
        OpinionChannel channel,
        String title,
        String content,
        String category,
        Long streetId,
        Long stationId,
        Long deputyId,
        Long activityId,
        String citizenName,
        String citizenPhone) {

    /** Submitted on the portal, possibly after scanning a station's or a deputy's code. */
    public static NewOpinion fromPortal(
            String title, String content, Long streetId, Long stationId, Long deputyId, String name, String phone) {
        OpinionChannel channel = stationId != null
                ? OpinionChannel.STATION_CODE
                : deputyId != null ? OpinionChannel.DEPUTY_CODE : OpinionChannel.PORTAL;
        return new NewOpinion(channel, title, content, null, streetId, stationId, deputyId, null, name, phone);
    }

    /** Recorded by the signed-in deputy, at an activity (optional) or a station (optional). */
    public static NewOpinion byDeputy(
            String title, String content, Long streetId, Long stationId, Long activityId, String name, String phone) {
        return new NewOpinion(
                OpinionChannel.DEPUTY, title, content, null, streetId, stationId, null, activityId, name, phone);
    }

    /** Entered by street staff for their street. */
    public static NewOpinion byStreet(String title, String content, String category, String name, String phone) {
        return new NewOpinion(OpinionChannel.STREET, title, content, category, null, null, null, null, name, phone);
    }
}
