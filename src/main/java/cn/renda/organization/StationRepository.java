package cn.renda.organization;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for stations and their stationed deputies. */
@Repository
class StationRepository {

    private static final String SELECT =
            """
            select t.id, t.type, t.studio_kind, t.name, t.street_id, s.name as street_name, t.address,
                t.reception_schedule, t.active
            from organization.station t join organization.street s on s.congress_id = t.congress_id and s.id = t.street_id
            """;

    private static final String WHERE =
            """
            where t.congress_id = :congress and (t.name ilike :q or coalesce(t.address, '') ilike :q)
              and (cast(:type as text) is null or t.type = :type)
              and (cast(:kind as text) is null or t.studio_kind = :kind)
              and (cast(:street as bigint) is null or t.street_id = :street)
              and (cast(:active as boolean) is null or t.active = :active)
            """;

    private static final Map<String, String> SORT =
            Map.of("name", "t.name", "type", "t.type, t.studio_kind", "street", "s.sort_order, t.name");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StationRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<StationView> page(StationFilter f, PageRequest p) {
        List<StationView> rows = filtered(
                        SELECT + WHERE + "order by " + p.orderBy(SORT, "s.sort_order, t.type, t.name")
                                + ", t.id limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query((rs, n) -> view(rs, List.of()))
                .list();
        return withDeputies(rows);
    }

    long count(StationFilter f) {
        return filtered("select count(*) from organization.station t " + WHERE, f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, StationFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(f.text()))
                .param("type", Sql.name(f.type()))
                .param("kind", Sql.name(f.studioKind()))
                .param("street", f.streetId())
                .param("active", f.active());
    }

    Optional<StationView> find(long id) {
        return jdbc.sql(SELECT + "where t.congress_id = ? and t.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> view(rs, List.of()))
                .optional()
                .map(v -> withDeputies(List.of(v)).get(0));
    }

    Map<Long, String> activeNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql(
                        "select t.id, t.name from organization.station t join organization.street s on s.congress_id = t.congress_id and s.id = t.street_id"
                                + " where t.congress_id = ? and t.active order by s.sort_order, t.type, t.name")
                .param(TenantContext.orNone())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql(
                        "select exists (select 1 from organization.station where congress_id = ? and name = ? and id is distinct from ?)")
                .param(TenantContext.orNone())
                .params(name, exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(StationCommand c) {
        return jdbc.sql(
                        """
                insert into organization.station (type, studio_kind, name, street_id, address, reception_schedule)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(params(c))
                .query(Long.class)
                .single();
    }

    /** Inserts stations one by one (ids are needed for their deputies); returns the ids in order. */
    List<Long> insertAll(List<StationCommand> commands) {
        List<Long> ids = new ArrayList<>(commands.size());
        for (StationCommand c : commands) {
            ids.add(insert(c));
        }
        return ids;
    }

    void update(long id, StationCommand c) {
        Object[] p = params(c);
        jdbc.sql(
                        """
                update organization.station set type = ?, studio_kind = ?, name = ?, street_id = ?, address = ?,
                    reception_schedule = ?, updated_at = now() where congress_id = ? and id = ?""")
                .params(p[0], p[1], p[2], p[3], p[4], p[5], TenantContext.orNone(), id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update organization.station set active = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(active, TenantContext.orNone(), id)
                .update();
    }

    void replaceDeputies(long stationId, List<Long> deputyIds) {
        jdbc.sql("delete from organization.station_deputy where congress_id = ? and station_id = ?")
                .param(TenantContext.orNone())
                .param(stationId)
                .update();
        addDeputies(List.of(stationId), List.of(deputyIds));
    }

    /** Stations the given deputies at each station, in one batch. */
    void addDeputies(List<Long> stationIds, List<List<Long>> deputyIds) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < stationIds.size(); i++) {
            List<Long> deputies = deputyIds.get(i) == null ? List.of() : deputyIds.get(i);
            for (Long d : deputies.stream().distinct().toList()) {
                rows.add(new Object[] {stationIds.get(i), d});
            }
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(
                    "insert into organization.station_deputy (station_id, person_id) values (?, ?) on conflict do nothing",
                    rows);
        }
    }

    private List<StationView> withDeputies(List<StationView> stations) {
        if (stations.isEmpty()) {
            return stations;
        }
        Map<Long, List<PersonRef>> byStation = new HashMap<>();
        jdbc.sql(
                        """
                select d.station_id, p.id, p.name from organization.station_deputy d
                join organization.person p on p.congress_id = d.congress_id and p.id = d.person_id
                where d.congress_id = :congress and d.station_id in (:ids) order by p.name, p.id""")
                .param("congress", TenantContext.orNone())
                .param("ids", stations.stream().map(StationView::id).toList())
                .query((rs, n) -> byStation
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PersonRef(rs.getLong(2), rs.getString(3))))
                .list();
        return stations.stream()
                .map(s -> new StationView(
                        s.id(),
                        s.type(),
                        s.studioKind(),
                        s.name(),
                        s.streetId(),
                        s.streetName(),
                        s.address(),
                        s.receptionSchedule(),
                        s.active(),
                        List.copyOf(byStation.getOrDefault(s.id(), List.of()))))
                .toList();
    }

    private static Object[] params(StationCommand c) {
        return new Object[] {
            c.type().name(),
            c.type() == StationType.DEPUTY_STUDIO ? Sql.name(c.studioKind()) : null,
            c.name().strip(),
            c.streetId(),
            Sql.clean(c.address()),
            Sql.clean(c.receptionSchedule())
        };
    }

    private static StationView view(ResultSet rs, List<PersonRef> deputies) throws SQLException {
        return new StationView(
                rs.getLong("id"),
                StationType.valueOf(rs.getString("type")),
                Sql.enumOf(StudioKind.class, rs.getString("studio_kind")),
                rs.getString("name"),
                rs.getLong("street_id"),
                rs.getString("street_name"),
                rs.getString("address"),
                rs.getString("reception_schedule"),
                rs.getBoolean("active"),
                deputies);
    }
}
