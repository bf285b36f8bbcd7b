package cn.renda.organization;

/** The congress a deputy was elected to (区、市、省、全国人大代表). */
public enum DeputyLevel {
    DISTRICT,
    CITY,
    PROVINCE,
    NATIONAL
}
