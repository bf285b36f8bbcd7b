package cn.renda.outreach;

/**
 * Command: publish a theme for a quarter. {@link #district} for the committee's catalogue (office staff),
 * {@link #ofStreet} for a street working committee's own theme.
 */
public record NewTheme(String title, String guidance, int year, int quarter, Long streetId) {

    /** A theme of the district catalogue. */
    public static NewTheme district(String title, String guidance, int year, int quarter) {
        return new NewTheme(title, guidance, year, quarter, null);
    }

    /** A street's own theme. */
    public static NewTheme ofStreet(String title, String guidance, int year, int quarter, long streetId) {
        return new NewTheme(title, guidance, year, quarter, streetId);
    }
}
