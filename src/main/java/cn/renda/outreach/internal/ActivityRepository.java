package cn.renda.outreach.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.outreach.ActivityFilter;
import cn.renda.outreach.DutyView;
import cn.renda.outreach.TrainingKind;
import cn.renda.outreach.TrainingView;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of activities, station duty and training (schema outreach only). */
@Repository
class ActivityRepository {

    /** An activity row; names of themes, streets, groups and stations are added by the service. */
    record ActivityRow(
            long id,
            String title,
            LocalDate heldOn,
            String place,
            Long themeId,
            String themeTitle,
            long streetId,
            List<Long> coStreetIds,
            Long groupId,
            Long stationId,
            List<String> deputyNames,
            int votersMet,
            String summary,
            long opinions) {}

    private static final String ACTIVITY_SELECT =
            "select a.id, a.title, a.held_on, a.place, a.theme_id, t.title theme_title,"
                    + " a.street_id, a.co_street_ids, a.group_id, a.station_id, a.deputy_names, a.voters_met, a.summary,"
                    + " (select count(*) from outreach.opinion o where o.congress_id = ? and o.activity_id = a.id) opinions"
                    + " from outreach.activity a left join outreach.theme t on t.congress_id = a.congress_id and t.id = a.theme_id";

    private static final Map<String, String> SORTS = Map.of("heldOn", "a.held_on", "title", "a.title");

    private final JdbcClient jdbc;

    ActivityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Insert(
            String title,
            LocalDate heldOn,
            String place,
            Long themeId,
            long streetId,
            List<Long> coStreetIds,
            Long groupId,
            Long stationId,
            List<Long> deputyIds,
            List<String> deputyNames,
            int votersMet,
            String summary,
            Long recordedBy) {}

    long insert(Insert i) {
        return jdbc.sql("insert into outreach.activity (title, held_on, place, theme_id, street_id, co_street_ids,"
                        + " group_id, station_id, deputy_ids, deputy_names, voters_met, summary, recorded_by)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id")
                .params(
                        i.title(),
                        i.heldOn(),
                        i.place(),
                        i.themeId(),
                        i.streetId(),
                        i.coStreetIds().toArray(Long[]::new),
                        i.groupId(),
                        i.stationId(),
                        i.deputyIds().toArray(Long[]::new),
                        i.deputyNames().toArray(String[]::new),
                        i.votersMet(),
                        i.summary(),
                        i.recordedBy())
                .query(Long.class)
                .single();
    }

    Optional<ActivityRow> find(long id) {
        // the opinions' congress as a value too (the select list's ?, first): Citus sends a correlated look-up to
        // every shard otherwise
        return jdbc.sql(ACTIVITY_SELECT + " where a.congress_id = ? and a.id = ?")
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .param(id)
                .query(ActivityRepository::activity)
                .optional();
    }

    List<ActivityRow> page(ActivityFilter f, PageRequest page) {
        List<Object> params = new ArrayList<>();
        params.add(TenantContext.orNone()); // the opinions' congress, in the select list
        String where = where(f, params);
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql(ACTIVITY_SELECT + where + " order by " + page.orderBy(SORTS, "a.held_on desc")
                        + ", a.id desc limit ? offset ?")
                .params(params)
                .query(ActivityRepository::activity)
                .list();
    }

    long count(ActivityFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from outreach.activity a" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(ActivityFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" where a.congress_id = ?");
        params.add(TenantContext.orNone());

        if (f.streetId() != null) {
            // co-organized activities count for each street (协作联动)
            w.append(" and (a.street_id = ? or ? = any (a.co_street_ids))");
            params.add(f.streetId());
            params.add(f.streetId());
        }
        if (f.themeId() != null) {
            w.append(" and a.theme_id = ?");
            params.add(f.themeId());
        }
        if (f.year() != null) {
            w.append(" and a.held_on >= make_date(?, 1, 1) and a.held_on < make_date(? + 1, 1, 1)");
            params.add(f.year());
            params.add(f.year());
        }
        return w.toString();
    }

    /** Per street and year: {activities (co-organized counted for each), voters met}. */
    Map<Long, long[]> perStreet(int year) {
        Map<Long, long[]> out = new HashMap<>();
        jdbc.sql("select s.street_id, count(*) n, coalesce(sum(s.voters_met), 0) voters from ("
                        + " select a.id, unnest(array[a.street_id] || a.co_street_ids) street_id, a.voters_met"
                        + " from outreach.activity a where a.congress_id = ? and a.held_on >= make_date(?, 1, 1)"
                        + " and a.held_on < make_date(? + 1, 1, 1)) s group by s.street_id")
                .params(TenantContext.orNone(), year, year)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("street_id"), new long[] {rs.getLong("n"), rs.getLong("voters")});
                });
        return out;
    }

    // ---- duty -------------------------------------------------------------------------------------

    long insertDuty(
            long stationId, String stationName, long streetId, LocalDate day, List<Long> ids, List<String> names) {
        return jdbc.sql("insert into outreach.station_duty (station_id, station_name, street_id, duty_on, deputy_ids,"
                        + " deputy_names) values (?, ?, ?, ?, ?, ?) returning id")
                .params(stationId, stationName, streetId, day, ids.toArray(Long[]::new), names.toArray(String[]::new))
                .query(Long.class)
                .single();
    }

    boolean dutyExists(long stationId, LocalDate day) {
        return jdbc.sql(
                        "select exists (select 1 from outreach.station_duty where congress_id = ? and station_id = ? and duty_on = ?)")
                .param(TenantContext.orNone())
                .params(stationId, day)
                .query(Boolean.class)
                .single();
    }

    void recordReception(long dutyId, int voters, String note) {
        jdbc.sql("update outreach.station_duty set voters_received = ?, note = ? where congress_id = ? and id = ?")
                .params(voters, note, TenantContext.orNone(), dutyId)
                .update();
    }

    Optional<DutyView> duty(long id) {
        return jdbc.sql("select * from outreach.station_duty where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(ActivityRepository::duty)
                .optional();
    }

    List<DutyView> duties(Long stationId, LocalDate from, PageRequest page) {
        return jdbc.sql(
                        "select * from outreach.station_duty where congress_id = ? and (?::bigint is null or station_id = ?)"
                                + " and duty_on >= ? order by duty_on, station_name limit ? offset ?")
                .param(TenantContext.orNone())
                .params(stationId, stationId, from, page.size(), page.offset())
                .query(ActivityRepository::duty)
                .list();
    }

    long countDuties(Long stationId, LocalDate from) {
        return jdbc.sql(
                        "select count(*) from outreach.station_duty where congress_id = ? and (?::bigint is null or station_id = ?)"
                                + " and duty_on >= ?")
                .param(TenantContext.orNone())
                .params(stationId, stationId, from)
                .query(Long.class)
                .single();
    }

    // ---- training ---------------------------------------------------------------------------------

    long insertTraining(TrainingKind kind, String title, LocalDate heldOn, String place, int attendees) {
        return jdbc.sql("insert into outreach.training (kind, title, held_on, place, attendees) values (?, ?, ?, ?, ?)"
                        + " returning id")
                .params(kind.name(), title, heldOn, place, attendees)
                .query(Long.class)
                .single();
    }

    List<TrainingView> trainings(PageRequest page) {
        return jdbc.sql("select id, kind, title, held_on, place, attendees from outreach.training"
                        + " where congress_id = ? order by held_on desc, id desc limit ? offset ?")
                .param(TenantContext.orNone())
                .params(page.size(), page.offset())
                .query((rs, n) -> new TrainingView(
                        rs.getLong("id"),
                        TrainingKind.valueOf(rs.getString("kind")),
                        rs.getString("title"),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("place"),
                        rs.getInt("attendees")))
                .list();
    }

    long countTrainings() {
        return jdbc.sql("select count(*) from outreach.training where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    private static DutyView duty(ResultSet rs, int n) throws SQLException {
        Integer voters = rs.getObject("voters_received", Integer.class);
        return new DutyView(
                rs.getLong("id"),
                rs.getLong("station_id"),
                rs.getString("station_name"),
                rs.getLong("street_id"),
                rs.getObject("duty_on", LocalDate.class),
                strings(rs.getArray("deputy_names")),
                voters,
                rs.getString("note"),
                longs(rs.getArray("deputy_ids")));
    }

    private static ActivityRow activity(ResultSet rs, int n) throws SQLException {
        return new ActivityRow(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getObject("held_on", LocalDate.class),
                rs.getString("place"),
                rs.getObject("theme_id", Long.class),
                rs.getString("theme_title"),
                rs.getLong("street_id"),
                longs(rs.getArray("co_street_ids")),
                rs.getObject("group_id", Long.class),
                rs.getObject("station_id", Long.class),
                strings(rs.getArray("deputy_names")),
                rs.getInt("voters_met"),
                rs.getString("summary"),
                rs.getLong("opinions"));
    }

    private static List<String> strings(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((String[]) a.getArray());
    }

    private static List<Long> longs(Array a) throws SQLException {
        return a == null ? List.of() : Arrays.asList((Long[]) a.getArray());
    }
}
