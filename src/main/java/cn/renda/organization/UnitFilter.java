package cn.renda.organization;

/** Filter of the unit list: search text, type, street, active flag (null = any). */
public record UnitFilter(String text, UnitType type, Long streetId, Boolean active) {

    /** Every unit. */
    public static UnitFilter all() {
        return new UnitFilter(null, null, null, null);
    }
}
