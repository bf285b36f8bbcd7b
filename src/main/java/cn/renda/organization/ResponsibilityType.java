package cn.renda.organization;

/** Target of a leadership responsibility (包保): a river basin or lake, a key enterprise, a major project. */
public enum ResponsibilityType {
    RIVER_BASIN,
    KEY_ENTERPRISE,
    MAJOR_PROJECT
}
