package cn.renda.organization;

/** Kind of station: 代表工作室, 代表联络站, 民情民意联系点. */
public enum StationType {
    DEPUTY_STUDIO,
    LIAISON_STATION,
    CONTACT_POINT
}
