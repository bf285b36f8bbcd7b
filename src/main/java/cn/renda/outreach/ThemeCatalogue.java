package cn.renda.outreach;

import java.util.List;

/** The quarterly theme catalogue (主题发布), the deputy groups' orders and coverage per street. */
public interface ThemeCatalogue {

    /** Publishes a theme: the district catalogue (STAFF) or a street's own (STREET for their street). */
    ThemeView publish(NewTheme theme);

    /** Themes of a year, newest quarter first (no account needed: the portal shows them). */
    List<ThemeView> themes(int year);

    /** One theme. */
    ThemeView get(long id);

    /** A deputy group orders a theme with the activities it plans (STREET for their street, STAFF). */
    ThemeOrderView order(long themeId, long groupId, int plannedActivities, String plan);

    /** The orders of a theme with what was done. */
    List<ThemeOrderView> orders(long themeId);

    /** Figures per street for a year. */
    List<StreetCoverage> coverage(int year);
}
