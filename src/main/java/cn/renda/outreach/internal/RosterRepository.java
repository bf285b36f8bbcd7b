package cn.renda.outreach.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.outreach.DeputyRecord.Entry;
import cn.renda.outreach.TrainingKind;
import cn.renda.outreach.TrainingView;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of who was there (duty rosters, training attendance) and of the per-deputy figures (schema outreach only).
 * A deputy's rows are found through the GIN indexes on the person-id arrays ({@code deputy_ids @> array[?]}).
 */
@Repository
class RosterRepository {

    /** Figures of one deputy in a year: {activities, voters met, duty days, voters received, trainings, opinions}. */
    static final int FIGURES = 6;

    private final JdbcClient jdbc;

    RosterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rosters ----------------------------------------------------------------------------------

    void setDutyDeputies(long dutyId, List<Long> ids, List<String> names) {
        jdbc.sql("update outreach.station_duty set deputy_ids = ?, deputy_names = ? where congress_id = ? and id = ?")
                .params(ids.toArray(Long[]::new), names.toArray(String[]::new), TenantContext.orNone(), dutyId)
                .update();
    }

    /** A training with the ids of the deputies who attended. */
    record TrainingRow(TrainingView view, List<Long> deputyIds) {}

    Optional<TrainingRow> training(long id) {
        return jdbc.sql("select id, kind, title, held_on, place, attendees, deputy_ids from outreach.training"
                        + " where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> new TrainingRow(
                        new TrainingView(
                                rs.getLong("id"),
                                TrainingKind.valueOf(rs.getString("kind")),
                                rs.getString("title"),
                                rs.getObject("held_on", LocalDate.class),
                                rs.getString("place"),
                                rs.getInt("attendees")),
                        Arrays.asList((Long[]) rs.getArray("deputy_ids").getArray())))
                .optional();
    }

    /** Sets who attended; the head count is raised to at least the deputies named. */
    void setAttendance(long trainingId, List<Long> ids) {
        jdbc.sql("update outreach.training set deputy_ids = ?, attendees = greatest(attendees, ?)"
                        + " where congress_id = ? and id = ?")
                .params(ids.toArray(Long[]::new), ids.size(), TenantContext.orNone(), trainingId)
                .update();
    }

    // ---- figures ----------------------------------------------------------------------------------

    /**
     * Per deputy (person id) for a year: {activities, voters met, duty days up to today, voters received,
     * trainings, opinions received}; only {@code personId} when not null.
     */
    Map<Long, long[]> figures(int year, Long personId) {
        Map<Long, long[]> out = new HashMap<>();
        String one = personId == null ? "" : " and deputy_ids @> array[?::bigint]";
        // the statements' own parameters; collect() puts the congress first
        Object[] p = personId == null ? new Object[] {year, year} : new Object[] {year, year, personId};
        collect(
                out,
                0,
                "select d, count(*) n, coalesce(sum(voters_met), 0) m from outreach.activity, unnest(deputy_ids) d"
                        + " where congress_id = ? and held_on >= make_date(?, 1, 1) and held_on < make_date(? + 1, 1, 1)"
                        + one
                        + " group by d",
                p,
                personId);
        collect(
                out,
                2,
                "select d, count(*) n, coalesce(sum(voters_received), 0) m from outreach.station_duty,"
                        + " unnest(deputy_ids) d where congress_id = ? and duty_on >= make_date(?, 1, 1)"
                        + " and duty_on < make_date(? + 1, 1, 1) and duty_on <= current_date" + one + " group by d",
                p,
                personId);
        collect(
                out,
                4,
                "select d, count(*) n, 0 m from outreach.training, unnest(deputy_ids) d"
                        + " where congress_id = ? and held_on >= make_date(?, 1, 1) and held_on < make_date(? + 1, 1, 1)"
                        + one
                        + " group by d",
                p,
                personId);
        String oneOpinion = personId == null ? "" : " and deputy_id = ?";
        jdbc.sql("select deputy_id d, count(*) n from outreach.opinion where congress_id = ? and deputy_id is not null"
                        + " and received_at >= make_date(?, 1, 1) and received_at < make_date(? + 1, 1, 1)"
                        + oneOpinion + " group by deputy_id")
                .params(withCongress(TenantContext.orNone(), p))
                .query((ResultSet rs) -> {
                    out.computeIfAbsent(rs.getLong("d"), k -> new long[FIGURES])[5] = rs.getLong("n");
                });
        return out;
    }

    private void collect(Map<Long, long[]> out, int at, String sql, Object[] params, Long personId) {
        jdbc.sql(sql).params(withCongress(TenantContext.orNone(), params)).query((ResultSet rs) -> {
            long d = rs.getLong("d");
            if (personId == null || personId == d) {
                long[] f = out.computeIfAbsent(d, k -> new long[FIGURES]);
                f[at] = rs.getLong("n");
                if (at < 4) {
                    f[at + 1] = rs.getLong("m");
                }
            }
        });
    }

    /** The bound congress ({@code congress_id = ?} first in every figures statement), then {@code params}. */
    private static Object[] withCongress(long congress, Object[] params) {
        Object[] all = new Object[params.length + 1];
        all[0] = congress;
        System.arraycopy(params, 0, all, 1, params.length);
        return all;
    }

    /** The congress's totals: {activities, voters met, duty days, voters received, trainings, attendances, opinions}. */
    long[] totals(int year) {
        return jdbc.sql("select"
                        + " (select count(*) from outreach.activity where congress_id = ? and held_on >= make_date(?, 1, 1)"
                        + "   and held_on < make_date(? + 1, 1, 1)) a,"
                        + " (select coalesce(sum(voters_met), 0) from outreach.activity where congress_id = ? and held_on >= make_date(?, 1, 1)"
                        + "   and held_on < make_date(? + 1, 1, 1)) v,"
                        + " (select count(*) from outreach.station_duty where congress_id = ? and duty_on >= make_date(?, 1, 1)"
                        + "   and duty_on < make_date(? + 1, 1, 1) and duty_on <= current_date) d,"
                        + " (select coalesce(sum(voters_received), 0) from outreach.station_duty"
                        + "   where congress_id = ? and duty_on >= make_date(?, 1, 1) and duty_on < make_date(? + 1, 1, 1)) r,"
                        + " (select count(*) from outreach.training where congress_id = ? and held_on >= make_date(?, 1, 1)"
                        + "   and held_on < make_date(? + 1, 1, 1)) t,"
                        + " (select coalesce(sum(cardinality(deputy_ids)), 0) from outreach.training"
                        + "   where congress_id = ? and held_on >= make_date(?, 1, 1) and held_on < make_date(? + 1, 1, 1)) ta,"
                        + " (select count(*) from outreach.opinion where congress_id = ? and received_at >= make_date(?, 1, 1)"
                        + "   and received_at < make_date(? + 1, 1, 1)) o")
                .params(perSubquery(TenantContext.orNone(), year, 7))
                .query((rs, n) -> new long[] {
                    rs.getLong("a"),
                    rs.getLong("v"),
                    rs.getLong("d"),
                    rs.getLong("r"),
                    rs.getLong("t"),
                    rs.getLong("ta"),
                    rs.getLong("o")
                })
                .single();
    }

    /** {congress, year, year} once per subquery. */
    private static Object[] perSubquery(long congress, int year, int subqueries) {
        Object[] out = new Object[subqueries * 3];
        for (int k = 0; k < subqueries; k++) {
            out[k * 3] = congress;
            out[k * 3 + 1] = year;
            out[k * 3 + 2] = year;
        }
        return out;
    }

    // ---- a deputy's record ------------------------------------------------------------------------

    List<Entry> activities(long personId, int year, PageRequest page) {
        return jdbc.sql("select id, title, held_on, place, voters_met from outreach.activity"
                        + " where congress_id = ? and deputy_ids @> array[?::bigint] and held_on >= make_date(?, 1, 1)"
                        + " and held_on < make_date(? + 1, 1, 1) order by held_on desc, id desc limit ? offset ?")
                .params(TenantContext.orNone(), personId, year, year, page.size(), page.offset())
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("place"),
                        rs.getInt("voters_met")))
                .list();
    }

    long countActivities(long personId, int year) {
        return jdbc.sql(
                        "select count(*) from outreach.activity where congress_id = ? and deputy_ids @> array[?::bigint]"
                                + " and held_on >= make_date(?, 1, 1) and held_on < make_date(? + 1, 1, 1)")
                .params(TenantContext.orNone(), personId, year, year)
                .query(Long.class)
                .single();
    }

    List<Entry> dutyDays(long personId, int year) {
        return jdbc.sql("select id, station_name, duty_on, voters_received from outreach.station_duty"
                        + " where congress_id = ? and deputy_ids @> array[?::bigint] and duty_on >= make_date(?, 1, 1)"
                        + " and duty_on < make_date(? + 1, 1, 1) order by duty_on desc limit 400")
                .params(TenantContext.orNone(), personId, year, year)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("station_name"),
                        rs.getObject("duty_on", LocalDate.class),
                        null,
                        rs.getObject("voters_received", Integer.class)))
                .list();
    }

    List<Entry> trainings(long personId, int year) {
        return jdbc.sql("select id, title, held_on, kind from outreach.training where congress_id = ?"
                        + " and deputy_ids @> array[?::bigint]"
                        + " and held_on >= make_date(?, 1, 1) and held_on < make_date(? + 1, 1, 1)"
                        + " order by held_on desc limit 400")
                .params(TenantContext.orNone(), personId, year, year)
                .query((rs, n) -> new Entry(
                        rs.getLong("id"),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("kind"),
                        null))
                .list();
    }
}
