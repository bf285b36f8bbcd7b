package cn.renda.organization;

/** Filter of the people list: search text, a role kind held today, street, active flag (null = any). */
public record PersonFilter(String text, RoleKind role, Long streetId, Boolean active) {

    /** Every person. */
    public static PersonFilter all() {
        return new PersonFilter(null, null, null, null);
    }
}
