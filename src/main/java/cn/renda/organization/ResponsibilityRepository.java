package cn.renda.organization;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for leadership responsibilities (包保) and their visits. */
@Repository
class ResponsibilityRepository {

    private static final String SELECT =
            """
            select t.id, t.leader_id, p.name as leader_name, t.target_type, t.target_name, t.description, t.active,
                (select count(*) from organization.responsibility_visit v where v.congress_id = :congress and v.responsibility_id = t.id) as visits,
                (select max(v.visit_date) from organization.responsibility_visit v where v.congress_id = :congress and v.responsibility_id = t.id)
                    as last_visit
            from organization.responsibility t join organization.person p on p.congress_id = t.congress_id and p.id = t.leader_id
            """;

    private static final String WHERE =
            """
            where t.congress_id = :congress and (t.target_name ilike :q or p.name ilike :q or coalesce(t.description, '') ilike :q)
              and (cast(:type as text) is null or t.target_type = :type)
              and (cast(:leader as bigint) is null or t.leader_id = :leader)
              and (cast(:active as boolean) is null or t.active = :active)
            """;

    /** 一流域七河湖 first, then enterprises, then projects (the order of the seed report). */
    private static final String TYPE_ORDER =
            "case t.target_type when 'RIVER_BASIN' then 0 when 'KEY_ENTERPRISE' then 1 else 2 end";

    private static final Map<String, String> SORT =
            Map.of("name", "t.target_name", "type", TYPE_ORDER + ", t.target_name", "leader", "p.name, t.target_name");

    private final JdbcClient jdbc;

    ResponsibilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ResponsibilityView> page(String text, ResponsibilityType type, Long leaderId, Boolean active, PageRequest p) {
        return jdbc.sql(SELECT + WHERE + "order by " + p.orderBy(SORT, TYPE_ORDER + ", t.id") + ", t.id"
                        + " limit :limit offset :offset")
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(text))
                .param("type", Sql.name(type))
                .param("leader", leaderId)
                .param("active", active)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(ResponsibilityRepository::view)
                .list();
    }

    long count(String text, ResponsibilityType type, Long leaderId, Boolean active) {
        return jdbc.sql(
                        "select count(*) from organization.responsibility t join organization.person p on p.congress_id = t.congress_id and p.id = t.leader_id "
                                + WHERE)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(text))
                .param("type", Sql.name(type))
                .param("leader", leaderId)
                .param("active", active)
                .query(Long.class)
                .single();
    }

    Optional<ResponsibilityView> find(long id) {
        // the look-ups' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(SELECT + "where t.congress_id = :congress and t.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query(ResponsibilityRepository::view)
                .optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql(
                        "select exists (select 1 from organization.responsibility where congress_id = ? and target_name = ? and id is distinct from ?)")
                .param(TenantContext.orNone())
                .params(name, exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(ResponsibilityCommand c) {
        return jdbc.sql(
                        """
                insert into organization.responsibility (leader_id, target_type, target_name, description)
                values (?, ?, ?, ?) returning id""")
                .params(c.leaderId(), c.type().name(), c.name().strip(), Sql.clean(c.description()))
                .query(Long.class)
                .single();
    }

    void update(long id, ResponsibilityCommand c) {
        jdbc.sql(
                        """
                update organization.responsibility set leader_id = ?, target_type = ?, target_name = ?, description = ?,
                    updated_at = now() where congress_id = ? and id = ?""")
                .params(
                        c.leaderId(),
                        c.type().name(),
                        c.name().strip(),
                        Sql.clean(c.description()),
                        TenantContext.orNone(),
                        id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql(
                        "update organization.responsibility set active = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(active, TenantContext.orNone(), id)
                .update();
    }

    List<VisitView> visits(long id) {
        return jdbc.sql(
                        """
                select id, responsibility_id, visit_date, summary, problems from organization.responsibility_visit
                where congress_id = ? and responsibility_id = ? order by visit_date desc, id desc""")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> new VisitView(
                        rs.getLong(1), rs.getLong(2), Sql.date(rs, "visit_date"), rs.getString(4), rs.getString(5)))
                .list();
    }

    long insertVisit(long id, VisitCommand c, String recordedBy) {
        return jdbc.sql(
                        """
                insert into organization.responsibility_visit (responsibility_id, visit_date, summary, problems, recorded_by)
                values (?, ?, ?, ?, ?) returning id""")
                .params(id, c.date(), c.summary().strip(), Sql.clean(c.problems()), recordedBy)
                .query(Long.class)
                .single();
    }

    private static ResponsibilityView view(ResultSet rs, int n) throws SQLException {
        return new ResponsibilityView(
                rs.getLong("id"),
                rs.getLong("leader_id"),
                rs.getString("leader_name"),
                ResponsibilityType.valueOf(rs.getString("target_type")),
                rs.getString("target_name"),
                rs.getString("description"),
                rs.getBoolean("active"),
                rs.getLong("visits"),
                Sql.date(rs, "last_visit"));
    }
}
