package cn.renda.organization;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for deputy groups and their members. */
@Repository
class GroupRepository {

    private static final String SELECT =
            """
            select g.id, g.name, g.street_id, s.name as street_name, g.professional, g.station_id,
                t.name as station_name, g.active,
                (select count(*) from organization.group_member m where m.congress_id = :congress and m.group_id = g.id) as members
            from organization.deputy_group g
            left join organization.street s on s.congress_id = g.congress_id and s.id = g.street_id
            left join organization.station t on t.congress_id = g.congress_id and t.id = g.station_id
            """;

    private static final String WHERE =
            """
            where g.congress_id = :congress and g.name ilike :q
              and (cast(:street as bigint) is null or g.street_id = :street)
              and (cast(:professional as boolean) is null or g.professional = :professional)
              and (cast(:active as boolean) is null or g.active = :active)
            """;

    private static final Map<String, String> SORT =
            Map.of("name", "g.name", "street", "s.sort_order nulls first, g.name", "members", "members");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    GroupRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<GroupView> page(GroupFilter f, PageRequest p) {
        return filtered(
                        SELECT + WHERE + "order by "
                                + p.orderBy(SORT, "g.professional desc, s.sort_order nulls first, g.name")
                                + ", g.id limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query((rs, n) -> view(rs, List.of()))
                .list();
    }

    long count(GroupFilter f) {
        return filtered("select count(*) from organization.deputy_group g " + WHERE, f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, GroupFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(f.text()))
                .param("street", f.streetId())
                .param("professional", f.professional())
                .param("active", f.active());
    }

    Optional<GroupView> find(long id) {
        // the members' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        Optional<GroupView> group = jdbc.sql(SELECT + "where g.congress_id = :congress and g.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query((rs, n) -> view(rs, List.of()))
                .optional();
        return group.map(g -> {
            List<PersonRef> members = jdbc.sql(
                            """
                    select p.id, p.name from organization.group_member m join organization.person p on p.congress_id = m.congress_id and p.id = m.person_id
                    where m.congress_id = ? and m.group_id = ? order by p.name, p.id""")
                    .param(TenantContext.orNone())
                    .param(id)
                    .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2)))
                    .list();
            return new GroupView(
                    g.id(),
                    g.name(),
                    g.streetId(),
                    g.streetName(),
                    g.professional(),
                    g.stationId(),
                    g.stationName(),
                    g.active(),
                    members.size(),
                    members);
        });
    }

    Map<Long, String> activeNames() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        jdbc.sql(
                        "select g.id, g.name from organization.deputy_group g left join organization.street s on s.congress_id = g.congress_id and s.id = g.street_id"
                                + " where g.congress_id = ? and g.active order by g.professional desc, s.sort_order nulls first, g.name")
                .param(TenantContext.orNone())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql(
                        "select exists (select 1 from organization.deputy_group where congress_id = ? and name = ? and id is distinct from ?)")
                .param(TenantContext.orNone())
                .params(name, exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(GroupCommand c) {
        return jdbc.sql(
                        """
                insert into organization.deputy_group (name, street_id, professional, station_id)
                values (?, ?, ?, ?) returning id""")
                .params(c.name().strip(), c.streetId(), c.professional(), c.stationId())
                .query(Long.class)
                .single();
    }

    void update(long id, GroupCommand c) {
        jdbc.sql(
                        """
                update organization.deputy_group set name = ?, street_id = ?, professional = ?, station_id = ?,
                    updated_at = now() where congress_id = ? and id = ?""")
                .params(c.name().strip(), c.streetId(), c.professional(), c.stationId(), TenantContext.orNone(), id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update organization.deputy_group set active = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(active, TenantContext.orNone(), id)
                .update();
    }

    void replaceMembers(long groupId, List<Long> personIds) {
        jdbc.sql("delete from organization.group_member where congress_id = ? and group_id = ?")
                .param(TenantContext.orNone())
                .param(groupId)
                .update();
        addMembers(groupId, personIds);
    }

    void addMembers(long groupId, List<Long> personIds) {
        List<Object[]> rows = new ArrayList<>();
        for (Long p : personIds.stream().distinct().toList()) {
            rows.add(new Object[] {groupId, p});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate(
                    "insert into organization.group_member (group_id, person_id) values (?, ?) on conflict do nothing",
                    rows);
        }
    }

    private static GroupView view(ResultSet rs, List<PersonRef> members) throws SQLException {
        return new GroupView(
                rs.getLong("id"),
                rs.getString("name"),
                Sql.longOrNull(rs, "street_id"),
                rs.getString("street_name"),
                rs.getBoolean("professional"),
                Sql.longOrNull(rs, "station_id"),
                rs.getString("station_name"),
                rs.getBoolean("active"),
                rs.getInt("members"),
                members);
    }
}
