package cn.renda.supervision;

/** How a law-enforcement inspection comes about. */
public enum EnforcementMode {
    /** 市区联动: joint with the city's standing committee (carries the city's reference). */
    CITY_JOINT,
    /** 自主开展 by the district's standing committee. */
    SELF_INITIATED
}
