package cn.renda.outreach;

import java.time.OffsetDateTime;

/** A deputy group's order of a theme (点单) with the activities held on it so far (照单落实). */
public record ThemeOrderView(
        long id,
        long themeId,
        long groupId,
        String groupName,
        String streetName,
        int plannedActivities,
        String plan,
        long activitiesHeld,
        OffsetDateTime orderedAt) {

    /** Whether the group held the activities it planned. */
    public boolean done() {
        return activitiesHeld >= plannedActivities;
    }
}
