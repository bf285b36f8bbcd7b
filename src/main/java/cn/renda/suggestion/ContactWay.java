package cn.renda.suggestion;

/** How a unit contacted the deputy (与代表联系沟通). */
public enum ContactWay {
    VISIT,
    MEETING,
    PHONE,
    ONLINE,
    INSPECTION
}
