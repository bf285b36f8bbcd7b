package cn.renda.outreach;

/**
 * A theme with how it is taken up: groups that ordered it, activities held on it, and the groups whose
 * order is done (照单落实: at least the planned number of activities).
 */
public record ThemeView(
        long id,
        String title,
        String guidance,
        int year,
        int quarter,
        Long streetId,
        String streetName,
        long orders,
        long ordersDone,
        long activities) {}
