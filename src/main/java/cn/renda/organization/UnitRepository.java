package cn.renda.organization;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for handling units. */
@Repository
class UnitRepository {

    private static final String SELECT =
            """
            select u.id, u.name, u.short_name, u.type, u.street_id, s.name as street_name, u.address, u.phone, u.active
            from organization.unit u left join organization.street s on s.congress_id = u.congress_id and s.id = u.street_id
            """;

    private static final String WHERE =
            """
            where u.congress_id = :congress and (u.name ilike :q or coalesce(u.short_name, '') ilike :q)
              and (cast(:type as text) is null or u.type = :type)
              and (cast(:street as bigint) is null or u.street_id = :street)
              and (cast(:active as boolean) is null or u.active = :active)
            """;

    private static final Map<String, String> SORT =
            Map.of("name", "u.name", "type", "u.type", "street", "s.name nulls last, u.name");

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    UnitRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<UnitView> page(UnitFilter f, PageRequest p) {
        return filtered(
                        SELECT + WHERE + "order by " + p.orderBy(SORT, "u.type, u.name")
                                + ", u.id limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(UnitRepository::view)
                .list();
    }

    long count(UnitFilter f) {
        return filtered("select count(*) from organization.unit u " + WHERE, f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec filtered(String sql, UnitFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(f.text()))
                .param("type", Sql.name(f.type()))
                .param("street", f.streetId())
                .param("active", f.active());
    }

    Optional<UnitView> find(long id) {
        return jdbc.sql(SELECT + "where u.congress_id = ? and u.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(UnitRepository::view)
                .optional();
    }

    Map<Long, String> names(Long[] ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.sql("select id, name from organization.unit where congress_id = ? and id = any(?)")
                .param(TenantContext.orNone())
                .param(ids)
                .query((rs, n) -> names.put(rs.getLong("id"), rs.getString("name")))
                .list();
        return names;
    }

    Optional<UnitView> findByName(String name) {
        return jdbc.sql(SELECT + "where u.congress_id = ? and u.name = ?")
                .param(TenantContext.orNone())
                .param(name)
                .query(UnitRepository::view)
                .optional();
    }

    List<UnitView> active() {
        return jdbc.sql(SELECT + "where u.congress_id = ? and u.active order by u.type, u.name")
                .param(TenantContext.orNone())
                .query(UnitRepository::view)
                .list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql(
                        "select exists (select 1 from organization.unit where congress_id = ? and name = ? and id is distinct from ?)")
                .param(TenantContext.orNone())
                .params(name, exceptId)
                .query(Boolean.class)
                .single();
    }

    long insert(UnitCommand c) {
        return jdbc.sql(
                        """
                insert into organization.unit (name, short_name, type, street_id, address, phone)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        c.name().strip(),
                        Sql.clean(c.shortName()),
                        c.type().name(),
                        c.streetId(),
                        Sql.clean(c.address()),
                        Sql.clean(c.phone()))
                .query(Long.class)
                .single();
    }

    /** Inserts many units in one JDBC batch (imports and the demo loader). */
    void insertAll(List<UnitCommand> commands) {
        batch.batchUpdate(
                "insert into organization.unit (name, short_name, type, street_id, address, phone) values (?, ?, ?, ?, ?, ?)",
                commands,
                200,
                (ps, c) -> {
                    ps.setString(1, c.name().strip());
                    ps.setString(2, Sql.clean(c.shortName()));
                    ps.setString(3, c.type().name());
                    ps.setObject(4, c.streetId());
                    ps.setString(5, Sql.clean(c.address()));
                    ps.setString(6, Sql.clean(c.phone()));
                });
    }

    void update(long id, UnitCommand c) {
        jdbc.sql(
                        """
                update organization.unit set name = ?, short_name = ?, type = ?, street_id = ?, address = ?,
                    phone = coalesce(?, phone), updated_at = now()
                where congress_id = ? and id = ?""")
                .params(
                        c.name().strip(),
                        Sql.clean(c.shortName()),
                        c.type().name(),
                        c.streetId(),
                        Sql.clean(c.address()),
                        c.phone() == null ? null : c.phone().strip(),
                        TenantContext.orNone(),
                        id)
                .update();
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update organization.unit set active = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(active, TenantContext.orNone(), id)
                .update();
    }

    private static UnitView view(ResultSet rs, int n) throws SQLException {
        return new UnitView(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("short_name"),
                UnitType.valueOf(rs.getString("type")),
                Sql.longOrNull(rs, "street_id"),
                rs.getString("street_name"),
                rs.getString("address"),
                Phones.mask(rs.getString("phone")),
                rs.getBoolean("active"));
    }
}
