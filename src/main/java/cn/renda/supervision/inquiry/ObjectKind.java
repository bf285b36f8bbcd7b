package cn.renda.supervision.inquiry;

/** What a research team visits and where a problem comes from (the seed: 83 projects, 33 departments, 13 streets). */
public enum ObjectKind {
    /** 重点企业项目. */
    ENTERPRISE_PROJECT,
    /** 部门. */
    DEPARTMENT,
    /** 街道. */
    STREET
}
