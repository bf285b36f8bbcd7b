package cn.renda.organization;

/** Filter of the group list: text, street, professional flag, active flag (null = any). */
public record GroupFilter(String text, Long streetId, Boolean professional, Boolean active) {

    /** Every group. */
    public static GroupFilter all() {
        return new GroupFilter(null, null, null, null);
    }
}
