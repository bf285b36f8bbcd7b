package cn.renda.outreach;

/** How an opinion came in. */
public enum OpinionChannel {
    /** The public portal. */
    PORTAL,
    /** The portal, by scanning a station's code. */
    STATION_CODE,
    /** The portal, by scanning a deputy's code. */
    DEPUTY_CODE,
    /** Recorded by a deputy at an activity or a station. */
    DEPUTY,
    /** Entered by street staff. */
    STREET
}
