package cn.renda.organization;

/** Filter of the station list: text, type, studio kind, street, active flag (null = any). */
public record StationFilter(String text, StationType type, StudioKind studioKind, Long streetId, Boolean active) {

    /** Every station. */
    public static StationFilter all() {
        return new StationFilter(null, null, null, null, null);
    }
}
