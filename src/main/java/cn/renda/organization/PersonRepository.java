package cn.renda.organization;

import cn.renda.core.InsertValues;
import cn.renda.core.PageRequest;
import cn.renda.core.PersonalData;
import cn.renda.core.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for people, their roles over time and the deputy view. A role holds while {@code valid_to} is null or later than today. */
@Repository
class PersonRepository {

    /** A role that holds today ({@code valid_to} is the first day it no longer holds). */
    static final String CURRENT = "r.valid_from <= current_date and (r.valid_to is null or r.valid_to > current_date)";

    private static final String PERSON_SELECT =
            """
            select p.id, p.name, p.gender, p.employer, p.phone_masked as phone, p.street_id, s.name as street_name, p.active,
                array(select distinct r.kind from organization.person_role r where r.congress_id = :congress and r.person_id = p.id and %s) as roles
            from organization.person p left join organization.street s on s.congress_id = p.congress_id and s.id = p.street_id
            """
                    .formatted(CURRENT);

    private static final String PERSON_WHERE =
            """
            where p.congress_id = :congress
              and (p.name ilike :q or coalesce(p.employer, '') ilike :q or p.phone_digest in (:digests))
              and (cast(:street as bigint) is null or p.street_id = :street)
              and (cast(:active as boolean) is null or p.active = :active)
              and (cast(:role as text) is null or exists (select 1 from organization.person_role r
                   where r.congress_id = :congress and r.person_id = p.id and r.kind = :role and %s))
            """
                    .formatted(CURRENT);

    private static final Map<String, String> PERSON_SORT =
            Map.of("name", "p.name", "street", "s.name nulls last, p.name", "employer", "p.employer nulls last");

    private static final String DEPUTY_FROM =
            """
            from organization.person p
            join lateral (select * from organization.person_role x where x.congress_id = :congress and x.person_id = p.id and x.kind = 'DEPUTY'
                          order by (x.valid_to is null) desc, x.valid_to desc, x.valid_from desc limit 1) r on true
            left join organization.street s on s.congress_id = :congress and s.id = r.street_id
            """;

    private static final String DEPUTY_SELECT =
            """
            select p.id, p.name, p.gender, p.employer, p.phone_masked as phone, r.deputy_level, r.constituency, r.street_id,
                s.name as street_name, r.term, r.valid_from, r.valid_to, (%s) as current,
                (select string_agg(g.name, '、' order by g.name) from organization.group_member m
                    join organization.deputy_group g on g.congress_id = m.congress_id and g.id = m.group_id where m.congress_id = :congress and m.person_id = p.id) as groups
            """
                            .formatted(CURRENT)
                    + DEPUTY_FROM;

    private static final String DEPUTY_WHERE =
            """
            where p.congress_id = :congress
              and (p.name ilike :q or coalesce(p.employer, '') ilike :q or coalesce(r.constituency, '') ilike :q
                   or p.phone_digest in (:digests))
              and (cast(:level as text) is null or r.deputy_level = :level)
              and (cast(:street as bigint) is null or r.street_id = :street)
              and (cast(:group as bigint) is null or exists (select 1 from organization.group_member m
                   where m.congress_id = :congress and m.person_id = p.id and m.group_id = :group))
              and (not :current or (%s))
            """
                    .formatted(CURRENT);

    private static final Map<String, String> DEPUTY_SORT = Map.of(
            "name", "p.name",
            "level", "r.deputy_level",
            "street", "s.name nulls last, p.name",
            "constituency", "r.constituency nulls last");

    private static final String ROLE_SELECT =
            """
            select r.*, (%s) as current, s.name as street_name, b.name as body_name, u.name as unit_name
            from organization.person_role r
            left join organization.street s on s.congress_id = r.congress_id and s.id = r.street_id
            left join organization.body b on b.congress_id = r.congress_id and b.id = r.body_id
            left join organization.unit u on u.congress_id = r.congress_id and u.id = r.unit_id
            """
                    .formatted(CURRENT);

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    PersonRepository(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    /**
     * The digests to find a person by phone: only for a text of at least 7 digits (a name or an employer never
     * matches a digest); an impossible value otherwise, so the {@code in} list is never empty.
     */
    private List<String> phoneDigests(String text) {
        String digits = text == null ? "" : text.replaceAll("[^0-9]", "");
        if (digits.length() < 7 || digits.length() * 2 < text.strip().length()) {
            return List.of("-");
        }
        return personalData.digests(text);
    }

    /** The person's phone in full (sealed at rest), for a facade that audits the view. */
    Optional<String> phone(long personId) {
        return jdbc.sql("select phone_sealed from organization.person"
                        + " where congress_id = ? and id = ? and phone_sealed is not null")
                .params(TenantContext.orNone(), personId)
                .query(String.class)
                .optional()
                .flatMap(personalData::tryOpen);
    }

    /** Sealed phone, its digest and its mask, in that order; all null for no phone. */
    private Object[] phoneColumns(String phone) {
        String p = Sql.clean(phone);
        return new Object[] {personalData.seal(p), personalData.digest(p), PersonalData.maskPhone(p)};
    }

    // --- people

    List<PersonView> page(PersonFilter f, PageRequest p) {
        return personFiltered(
                        PERSON_SELECT + PERSON_WHERE + "order by " + p.orderBy(PERSON_SORT, "p.name") + ", p.id"
                                + " limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(PersonRepository::person)
                .list();
    }

    long count(PersonFilter f) {
        return personFiltered(
                        "select count(*) from organization.person p left join organization.street s on s.congress_id = p.congress_id and s.id = p.street_id "
                                + PERSON_WHERE,
                        f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec personFiltered(String sql, PersonFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(f.text()))
                .param("digests", phoneDigests(f.text()))
                .param("street", f.streetId())
                .param("active", f.active())
                .param("role", Sql.name(f.role()));
    }

    Optional<PersonView> find(long id) {
        // the roles' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(PERSON_SELECT + "where p.congress_id = :congress and p.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query(PersonRepository::person)
                .optional();
    }

    long insert(PersonCommand c) {
        Object[] phone = phoneColumns(c.phone());
        return jdbc.sql(
                        """
                insert into organization.person (name, gender, employer, phone_sealed, phone_digest, phone_masked,
                    street_id) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        c.name().strip(),
                        Sql.name(c.gender()),
                        Sql.clean(c.employer()),
                        phone[0],
                        phone[1],
                        phone[2],
                        c.streetId())
                .query(Long.class)
                .single();
    }

    /**
     * Inserts many people in multi-row statements (one round trip per few thousand rows, no per-row statement)
     * and returns their ids in the order given.
     */
    List<Long> insertAll(List<PersonCommand> people) {
        return InsertValues.returning(
                jdbc,
                "insert into organization.person (name, gender, employer, phone_sealed, phone_digest, phone_masked,"
                        + " street_id)",
                "returning id",
                people,
                c -> {
                    Object[] phone = phoneColumns(c.phone());
                    return new Object[] {
                        c.name().strip(),
                        Sql.name(c.gender()),
                        Sql.clean(c.employer()),
                        phone[0],
                        phone[1],
                        phone[2],
                        c.streetId()
                    };
                },
                (rs, n) -> rs.getLong(1));
    }

    void update(long id, PersonCommand c) {
        jdbc.sql(
                        """
                update organization.person set name = ?, gender = ?, employer = ?, street_id = ?, updated_at = now()
                where congress_id = ? and id = ?""")
                .params(
                        c.name().strip(),
                        Sql.name(c.gender()),
                        Sql.clean(c.employer()),
                        c.streetId(),
                        TenantContext.orNone(),
                        id)
                .update();
        if (c.phone() != null) {
            // A null phone keeps the stored number; a blank one removes it.
            Object[] phone = phoneColumns(c.phone());
            jdbc.sql("update organization.person set phone_sealed = ?, phone_digest = ?, phone_masked = ?"
                            + " where congress_id = ? and id = ?")
                    .params(phone[0], phone[1], phone[2], TenantContext.orNone(), id)
                    .update();
        }
    }

    void setActive(long id, boolean active) {
        jdbc.sql("update organization.person set active = ?, updated_at = now() where congress_id = ? and id = ?")
                .params(active, TenantContext.orNone(), id)
                .update();
    }

    /** Current deputies (or current SC members) as short references, for pickers. */
    List<PersonRef> currentRefs(RoleKind kind) {
        return jdbc.sql(
                        """
                select distinct p.id, p.name, s.sort_order from organization.person p
                join organization.person_role r on r.congress_id = p.congress_id and r.person_id = p.id
                left join organization.street s on s.congress_id = r.congress_id and s.id = r.street_id
                where p.congress_id = ? and r.kind = ? and p.active and %s order by s.sort_order nulls first, p.name, p.id"""
                                .formatted(CURRENT))
                .params(TenantContext.orNone(), kind.name())
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2)))
                .list();
    }

    /** Which of the ids are people holding a current role of the kind. */
    List<Long> withCurrentRole(RoleKind kind, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct r.person_id from organization.person_role r where r.congress_id = :congress"
                        + " and r.kind = :kind and r.person_id in (:ids) and " + CURRENT)
                .param("congress", TenantContext.orNone())
                .param("kind", kind.name())
                .param("ids", ids)
                .query(Long.class)
                .list();
    }

    // --- roles

    List<RoleView> roles(long personId) {
        return jdbc.sql(ROLE_SELECT
                        + "where r.congress_id = ? and r.person_id = ? order by r.valid_from desc, r.id desc")
                .param(TenantContext.orNone())
                .param(personId)
                .query(PersonRepository::role)
                .list();
    }

    Optional<RoleView> role(long roleId) {
        return jdbc.sql(ROLE_SELECT + "where r.congress_id = ? and r.id = ?")
                .param(TenantContext.orNone())
                .param(roleId)
                .query(PersonRepository::role)
                .optional();
    }

    long insertRole(long personId, RoleCommand c) {
        return jdbc.sql(
                        """
                insert into organization.person_role (person_id, kind, valid_from, valid_to, deputy_level, constituency,
                    street_id, term, sc_position, body_id, unit_id, title)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(roleParams(personId, c))
                .query(Long.class)
                .single();
    }

    /** Inserts many roles in multi-row statements; {@code personIds} and {@code roles} go pairwise. */
    void insertRoles(List<Long> personIds, List<RoleCommand> roles) {
        List<Integer> rows =
                java.util.stream.IntStream.range(0, roles.size()).boxed().toList();
        InsertValues.insert(
                jdbc,
                """
                insert into organization.person_role (person_id, kind, valid_from, valid_to, deputy_level,
                    constituency, street_id, term, sc_position, body_id, unit_id, title)""",
                "",
                rows,
                i -> roleParams(personIds.get(i), roles.get(i)));
    }

    private static Object[] roleParams(long personId, RoleCommand c) {
        return new Object[] {
            personId,
            c.kind().name(),
            c.validFrom(),
            c.validTo(),
            Sql.name(c.deputyLevel()),
            Sql.clean(c.constituency()),
            c.streetId(),
            c.term(),
            Sql.name(c.scPosition()),
            c.bodyId(),
            c.unitId(),
            Sql.clean(c.title())
        };
    }

    void endRole(long roleId, java.time.LocalDate until) {
        jdbc.sql(
                        "update organization.person_role set valid_to = greatest(valid_from, ?) where congress_id = ? and id = ?")
                .params(until, TenantContext.orNone(), roleId)
                .update();
    }

    // --- deputies

    List<DeputyView> deputies(DeputyFilter f, PageRequest p) {
        return deputyFiltered(
                        DEPUTY_SELECT + DEPUTY_WHERE + "order by "
                                + p.orderBy(DEPUTY_SORT, "s.sort_order nulls last, p.name")
                                + ", p.id limit :limit offset :offset",
                        f)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(PersonRepository::deputy)
                .list();
    }

    long countDeputies(DeputyFilter f) {
        return deputyFiltered("select count(*) " + DEPUTY_FROM + DEPUTY_WHERE, f)
                .query(Long.class)
                .single();
    }

    private JdbcClient.StatementSpec deputyFiltered(String sql, DeputyFilter f) {
        return jdbc.sql(sql)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(f.text()))
                .param("digests", phoneDigests(f.text()))
                .param("level", Sql.name(f.level()))
                .param("street", f.streetId())
                .param("group", f.groupId())
                .param("current", f.current());
    }

    Optional<DeputyView> deputy(long personId) {
        // the groups' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(DEPUTY_SELECT + "where p.congress_id = :congress and p.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", personId)
                .query(PersonRepository::deputy)
                .optional();
    }

    /** The latest DEPUTY role of a person (the one the deputy view shows). */
    Optional<Long> latestDeputyRole(long personId) {
        return jdbc.sql(
                        """
                select id from organization.person_role where congress_id = ? and person_id = ? and kind = 'DEPUTY'
                order by (valid_to is null) desc, valid_to desc, valid_from desc limit 1""")
                .param(TenantContext.orNone())
                .param(personId)
                .query(Long.class)
                .optional();
    }

    void updateDeputyRole(long roleId, DeputyCommand c, java.time.LocalDate since) {
        jdbc.sql(
                        """
                update organization.person_role set deputy_level = ?, constituency = ?, street_id = ?, term = ?,
                    valid_from = ? where congress_id = ? and id = ?""")
                .params(
                        Sql.name(c.level()),
                        Sql.clean(c.constituency()),
                        c.streetId(),
                        c.term(),
                        since,
                        TenantContext.orNone(),
                        roleId)
                .update();
    }

    void reopenRole(long roleId) {
        jdbc.sql("update organization.person_role set valid_to = null where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(roleId)
                .update();
    }

    List<ScMemberView> scMembers() {
        return jdbc.sql(
                        """
                select p.id, p.name, r.sc_position, r.body_id, b.name from organization.person_role r
                join organization.person p on p.congress_id = r.congress_id and p.id = r.person_id
                left join organization.body b on b.congress_id = r.congress_id and b.id = r.body_id
                where r.congress_id = ? and r.kind = 'SC_MEMBER' and %s
                order by case r.sc_position when 'CHAIR' then 0 when 'VICE_CHAIR' then 1
                    when 'SECRETARY_GENERAL' then 2 else 3 end, p.id"""
                                .formatted(CURRENT))
                .param(TenantContext.orNone())
                .query((rs, n) -> new ScMemberView(
                        rs.getLong(1),
                        rs.getString(2),
                        ScPosition.valueOf(rs.getString(3)),
                        Sql.longOrNull(rs, "body_id"),
                        rs.getString(5)))
                .list();
    }

    private static PersonView person(ResultSet rs, int n) throws SQLException {
        return new PersonView(
                rs.getLong("id"),
                rs.getString("name"),
                Sql.enumOf(Gender.class, rs.getString("gender")),
                rs.getString("employer"),
                rs.getString("phone"),
                Sql.longOrNull(rs, "street_id"),
                rs.getString("street_name"),
                rs.getBoolean("active"),
                roleKinds(rs.getArray("roles")));
    }

    private static List<RoleKind> roleKinds(Array array) throws SQLException {
        List<RoleKind> kinds = new ArrayList<>();
        if (array != null) {
            for (Object o : (Object[]) array.getArray()) {
                kinds.add(RoleKind.valueOf((String) o));
            }
        }
        kinds.sort(null);
        return kinds;
    }

    private static RoleView role(ResultSet rs, int n) throws SQLException {
        return new RoleView(
                rs.getLong("id"),
                rs.getLong("person_id"),
                RoleKind.valueOf(rs.getString("kind")),
                Sql.date(rs, "valid_from"),
                Sql.date(rs, "valid_to"),
                rs.getBoolean("current"),
                Sql.enumOf(DeputyLevel.class, rs.getString("deputy_level")),
                rs.getString("constituency"),
                Sql.longOrNull(rs, "street_id"),
                rs.getString("street_name"),
                Sql.intOrNull(rs, "term"),
                Sql.enumOf(ScPosition.class, rs.getString("sc_position")),
                Sql.longOrNull(rs, "body_id"),
                rs.getString("body_name"),
                Sql.longOrNull(rs, "unit_id"),
                rs.getString("unit_name"),
                rs.getString("title"));
    }

    private static DeputyView deputy(ResultSet rs, int n) throws SQLException {
        return new DeputyView(
                rs.getLong("id"),
                rs.getString("name"),
                Sql.enumOf(Gender.class, rs.getString("gender")),
                rs.getString("employer"),
                rs.getString("phone"),
                DeputyLevel.valueOf(rs.getString("deputy_level")),
                rs.getString("constituency"),
                Sql.longOrNull(rs, "street_id"),
                rs.getString("street_name"),
                Sql.intOrNull(rs, "term"),
                Sql.date(rs, "valid_from"),
                Sql.date(rs, "valid_to"),
                rs.getBoolean("current"),
                rs.getString("groups"));
    }
}
