package cn.renda.organization;

/** Level of a people's congress. */
public enum CongressLevel {
    NATIONAL,
    PROVINCE,
    CITY,
    DISTRICT,
    TOWNSHIP
}
