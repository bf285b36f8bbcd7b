package cn.renda.outreach;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: an activity held by a deputy group or at a station, on a theme (optional); {@code coStreetIds}
 * are streets co-organizing it (协作联动); {@code deputyIds} the deputies attending (person ids). Use
 * {@link #byDeputy} for the deputy's one-minute phone form, {@link #of} otherwise.
 */
public record NewActivity(
        String title,
        LocalDate heldOn,
        String place,
        Long themeId,
        Long streetId,
        List<Long> coStreetIds,
        Long groupId,
        Long stationId,
        List<Long> deputyIds,
        int votersMet,
        String summary) {

    public NewActivity {
        coStreetIds = coStreetIds == null ? List.of() : List.copyOf(coStreetIds);
        deputyIds = deputyIds == null ? List.of() : List.copyOf(deputyIds);
    }

    /** The signed-in deputy's record: the deputy attends; street and group default to the deputy's. */
    public static NewActivity byDeputy(
            String title, LocalDate heldOn, String place, Long themeId, int votersMet, String summary) {
        return new NewActivity(title, heldOn, place, themeId, null, null, null, null, null, votersMet, summary);
    }

    /** A full record (street staff, office). */
    public static NewActivity of(
            String title,
            LocalDate heldOn,
            String place,
            Long themeId,
            long streetId,
            List<Long> coStreetIds,
            Long groupId,
            Long stationId,
            List<Long> deputyIds,
            int votersMet,
            String summary) {
        return new NewActivity(
                title,
                heldOn,
                place,
                themeId,
                streetId,
                coStreetIds,
                groupId,
                stationId,
                deputyIds,
                votersMet,
                summary);
    }
}
