package cn.renda.identity;

/** The roles of DESIGN §1; a user holds one or more, always in one congress. */
public enum Role {
    ADMIN,
    LEADER,
    STAFF,
    STREET,
    MEMBER,
    DEPUTY,
    UNIT;

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
