package cn.renda.identity;

/** The roles of DESIGN §1; a user holds one or more, always in one congress. */
public enum Role {
    ADMIN,
    LEADER,
    STAFF,
    STREET,
    MEMBER,
    DEPUTY,
    UNIT,
    /**
     * The platform operator: platform-wide metrics and health details (actuator), nothing of any congress's work.
     * Only seeding or the database grants it; a congress's ADMIN cannot.
     */
    OPERATOR;

    /** The roles a congress's administrator may grant: all but the platform operator's. */
    public static java.util.List<Role> grantable() {
        return java.util.Arrays.stream(values()).filter(r -> r != OPERATOR).toList();
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
