package cn.renda.organization;

/** Kind of a person's role over time. */
public enum RoleKind {
    DEPUTY,
    SC_MEMBER,
    STAFF,
    UNIT_OFFICER,
    APPOINTEE
}
