package cn.renda.organization;

import cn.renda.core.TenantContext;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for streets and bodies. */
@Repository
class BodyRepository {

    private final JdbcClient jdbc;

    BodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StreetView> streets() {
        return jdbc.sql(
                        """
                select s.id, s.name, s.sort_order,
                    (select count(*) from organization.person_role r where r.congress_id = :congress and r.street_id = s.id and r.kind = 'DEPUTY'
                        and r.valid_from <= current_date and (r.valid_to is null or r.valid_to > current_date)),
                    (select count(*) from organization.station t where t.congress_id = :congress and t.street_id = s.id and t.active),
                    (select count(*) from organization.deputy_group g where g.congress_id = :congress and g.street_id = s.id and g.active)
                from organization.street s where s.congress_id = :congress and s.active order by s.sort_order, s.name""")
                // the counts' congress as a value too: Citus sends a correlated look-up to every shard otherwise
                .param("congress", TenantContext.orNone())
                .query((rs, n) -> new StreetView(
                        rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .list();
    }

    Optional<Long> streetId(String name) {
        return jdbc.sql("select id from organization.street where congress_id = ? and name = ?")
                .param(TenantContext.orNone())
                .param(name)
                .query(Long.class)
                .optional();
    }

    Optional<String> streetName(long id) {
        return jdbc.sql("select name from organization.street where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(String.class)
                .optional();
    }

    long insertStreet(String name, int sortOrder) {
        return jdbc.sql("insert into organization.street (name, sort_order) values (?, ?) returning id")
                .params(name, sortOrder)
                .query(Long.class)
                .single();
    }

    long insertBody(BodyKind kind, String name, Long streetId, int sortOrder) {
        return jdbc.sql(
                        "insert into organization.body (kind, name, street_id, sort_order) values (?, ?, ?, ?) returning id")
                .params(kind.name(), name, streetId, sortOrder)
                .query(Long.class)
                .single();
    }

    /** Bodies of a kind (all kinds when null) with the number of people currently in them. */
    List<BodyView> bodies(BodyKind kind) {
        return jdbc.sql(
                        """
                select b.id, b.kind, b.name, b.street_id, s.name as street_name,
                    (select count(distinct r.person_id) from organization.person_role r where r.congress_id = :congress and r.body_id = b.id
                        and r.valid_from <= current_date and (r.valid_to is null or r.valid_to > current_date)) as members
                from organization.body b left join organization.street s on s.congress_id = b.congress_id and s.id = b.street_id
                where b.congress_id = :congress and b.active and (cast(:kind as text) is null or b.kind = :kind)

                order by case b.kind when 'STANDING_COMMITTEE' then 0 when 'DIRECTORS_MEETING' then 1
                    when 'COMMITTEE' then 2 else 3 end, b.sort_order, b.name""")
                .param("congress", TenantContext.orNone())
                .param("kind", Sql.name(kind))
                .query((rs, n) -> new BodyView(
                        rs.getLong("id"),
                        BodyKind.valueOf(rs.getString("kind")),
                        rs.getString("name"),
                        Sql.longOrNull(rs, "street_id"),
                        rs.getString("street_name"),
                        rs.getLong("members")))
                .list();
    }

    Optional<BodyKind> bodyKind(long id) {
        return jdbc.sql("select kind from organization.body where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> BodyKind.valueOf(rs.getString(1)))
                .optional();
    }
}
