package cn.renda.outreach;

/** Filters of the activity list; null fields do not filter. A street counts co-organized activities too. */
public record ActivityFilter(Long streetId, Long themeId, Integer year) {

    /** No filter. */
    public static ActivityFilter all() {
        return new ActivityFilter(null, null, null);
    }
}
