package cn.renda.outreach.internal;

import cn.renda.core.TenantContext;
import cn.renda.outreach.ThemeOrderView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of themes and theme orders (schema outreach only). */
@Repository
class ThemeRepository {

    /** A theme row with its figures. */
    record ThemeRow(
            long id,
            String title,
            String guidance,
            int year,
            int quarter,
            Long streetId,
            long orders,
            long ordersDone,
            long activities) {}

    // An order is done when the group held at least the planned number of activities on the theme.
    private static final String THEME_SELECT = "select t.id, t.title, t.guidance, t.year, t.quarter, t.street_id,"
            + " (select count(*) from outreach.theme_order o where o.congress_id = :congress and o.theme_id = t.id) orders,"
            + " (select count(*) from outreach.theme_order o where o.congress_id = :congress and o.theme_id = t.id"
            + " and o.planned_activities <="
            + "   (select count(*) from outreach.activity a where a.congress_id = :congress and a.theme_id = t.id"
            + " and a.group_id = o.group_id)) done,"
            + " (select count(*) from outreach.activity a where a.congress_id = :congress and a.theme_id = t.id) activities"
            + " from outreach.theme t";

    private final JdbcClient jdbc;

    ThemeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String title, String guidance, int year, int quarter, Long streetId, long createdBy) {
        return jdbc.sql("insert into outreach.theme (title, guidance, year, quarter, street_id, created_by)"
                        + " values (?, ?, ?, ?, ?, ?) returning id")
                .params(title, guidance, year, quarter, streetId, createdBy)
                .query(Long.class)
                .single();
    }

    boolean exists(String title, int year, int quarter, Long streetId) {
        return jdbc.sql(
                        "select exists (select 1 from outreach.theme where congress_id = ? and title = ? and year = ? and quarter = ?"
                                + " and street_id is not distinct from ?)")
                .param(TenantContext.orNone())
                .params(title, year, quarter, streetId)
                .query(Boolean.class)
                .single();
    }

    Optional<ThemeRow> find(long id) {
        // the look-ups' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(THEME_SELECT + " where t.congress_id = :congress and t.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query(ThemeRepository::theme)
                .optional();
    }

    List<ThemeRow> ofYear(int year) {
        return jdbc.sql(THEME_SELECT
                        + " where t.congress_id = :congress and t.year = :year"
                        + " order by t.quarter desc, t.street_id nulls first, t.id")
                .param("congress", TenantContext.orNone())
                .param("year", year)
                .query(ThemeRepository::theme)
                .list();
    }

    boolean ordered(long themeId, long groupId) {
        return jdbc.sql(
                        "select exists (select 1 from outreach.theme_order where congress_id = ? and theme_id = ? and group_id = ?)")
                .param(TenantContext.orNone())
                .params(themeId, groupId)
                .query(Boolean.class)
                .single();
    }

    long insertOrder(long themeId, long groupId, String groupName, Long streetId, int planned, String plan) {
        return jdbc.sql("insert into outreach.theme_order (theme_id, group_id, group_name, street_id,"
                        + " planned_activities, plan) values (?, ?, ?, ?, ?, ?) returning id")
                .params(themeId, groupId, groupName, streetId, planned, plan)
                .query(Long.class)
                .single();
    }

    /** Orders of a theme, with street names from the caller's map. */
    List<ThemeOrderView> orders(long themeId, Map<Long, String> streetNames) {
        return jdbc.sql("select o.id, o.theme_id, o.group_id, o.group_name, o.street_id, o.planned_activities, o.plan,"
                        + " o.ordered_at, (select count(*) from outreach.activity a where a.congress_id = ?"
                        + " and a.theme_id = o.theme_id and a.group_id = o.group_id) held"
                        + " from outreach.theme_order o where o.congress_id = ? and o.theme_id = ?"
                        + " order by o.street_id, o.group_name")
                // the activities' congress as a value too: Citus sends a correlated look-up to every shard otherwise
                .params(TenantContext.orNone(), TenantContext.orNone(), themeId)
                .query((rs, n) -> new ThemeOrderView(
                        rs.getLong("id"),
                        rs.getLong("theme_id"),
                        rs.getLong("group_id"),
                        rs.getString("group_name"),
                        streetNames.get(rs.getObject("street_id", Long.class)),
                        rs.getInt("planned_activities"),
                        rs.getString("plan"),
                        rs.getLong("held"),
                        rs.getObject("ordered_at", OffsetDateTime.class)))
                .list();
    }

    /** Per street and year: {orders, orders done}. */
    Map<Long, long[]> ordersPerStreet(int year) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.sql("select o.street_id, count(*) n, count(*) filter (where o.planned_activities <="
                        + " (select count(*) from outreach.activity a where a.congress_id = ?"
                        + " and a.theme_id = o.theme_id and a.group_id = o.group_id)) done"
                        + " from outreach.theme_order o join outreach.theme t on t.congress_id = o.congress_id"
                        + " and t.id = o.theme_id where o.congress_id = ? and t.year = ? and o.street_id is not null"
                        + " group by o.street_id")
                // the activities' congress as a value too: Citus sends a correlated look-up to every shard otherwise
                .params(TenantContext.orNone(), TenantContext.orNone(), year)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("street_id"), new long[] {rs.getLong("n"), rs.getLong("done")});
                });
        return out;
    }

    private static ThemeRow theme(ResultSet rs, int n) throws SQLException {
        return new ThemeRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("guidance"),
                rs.getInt("year"),
                rs.getInt("quarter"),
                rs.getObject("street_id", Long.class),
                rs.getLong("orders"),
                rs.getLong("done"),
                rs.getLong("activities"));
    }
}
