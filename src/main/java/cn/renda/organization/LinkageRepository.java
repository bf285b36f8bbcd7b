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

/** SQL for 双进双联 linkages, their linked deputies and the contact log. */
@Repository
class LinkageRepository {

    private static final String SELECT =
            """
            select l.id, l.member_id, p.name as member_name, r.sc_position, l.committee_id, b.name as committee_name,
                l.discussion_group,
                (select count(*) from organization.contact_log c where c.congress_id = :congress and c.person_id = l.member_id) as contacts
            from organization.linkage l
            join organization.person p on p.congress_id = l.congress_id and p.id = l.member_id
            left join lateral (select x.sc_position from organization.person_role x where x.congress_id = :congress and x.person_id = l.member_id
                and x.kind = 'SC_MEMBER' order by (x.valid_to is null) desc, x.valid_from desc limit 1) r on true
            left join organization.body b on b.congress_id = l.congress_id and b.id = l.committee_id
            """;

    private static final String WHERE =
            """
            where l.congress_id = :congress and (p.name ilike :q or coalesce(l.discussion_group, '') ilike :q)
              and (cast(:committee as bigint) is null or l.committee_id = :committee)
            """;

    private static final String POSITION_ORDER =
            "case r.sc_position when 'CHAIR' then 0 when 'VICE_CHAIR' then 1 when 'SECRETARY_GENERAL' then 2 else 3 end";

    private static final Map<String, String> SORT = Map.of(
            "name", "p.name", "committee", "b.sort_order nulls last, p.name", "group", "l.discussion_group nulls last");

    private static final String CONTACT_SELECT =
            """
            select c.id, c.person_id, p.name as person_name, c.counterpart_id, q.name as counterpart_name, c.voters,
                c.contact_date, c.channel, c.summary
            from organization.contact_log c
            join organization.person p on p.congress_id = c.congress_id and p.id = c.person_id
            left join organization.person q on q.congress_id = c.congress_id and q.id = c.counterpart_id
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LinkageRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<LinkageView> page(String text, Long committeeId, PageRequest p) {
        List<LinkageView> rows = jdbc.sql(SELECT + WHERE + "order by " + p.orderBy(SORT, POSITION_ORDER + ", l.id")
                        + ", l.id limit :limit offset :offset")
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(text))
                .param("committee", committeeId)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query((rs, n) -> view(rs, List.of()))
                .list();
        return withDeputies(rows);
    }

    long count(String text, Long committeeId) {
        return jdbc.sql(
                        "select count(*) from organization.linkage l join organization.person p on p.congress_id = l.congress_id and p.id = l.member_id "
                                + WHERE)
                .param("congress", TenantContext.orNone())
                .param("q", Sql.contains(text))
                .param("committee", committeeId)
                .query(Long.class)
                .single();
    }

    Optional<LinkageView> find(long id) {
        // the look-ups' congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(SELECT + "where l.congress_id = :congress and l.id = :id")
                .param("congress", TenantContext.orNone())
                .param("id", id)
                .query((rs, n) -> view(rs, List.of()))
                .optional()
                .map(v -> withDeputies(List.of(v)).get(0));
    }

    Optional<Long> idForMember(long memberId) {
        return jdbc.sql("select id from organization.linkage where congress_id = ? and member_id = ?")
                .param(TenantContext.orNone())
                .param(memberId)
                .query(Long.class)
                .optional();
    }

    long upsert(LinkageCommand c) {
        return jdbc.sql(
                        """
                insert into organization.linkage (member_id, committee_id, discussion_group) values (?, ?, ?)
                on conflict (congress_id, member_id) do update
                    set committee_id = excluded.committee_id, discussion_group = excluded.discussion_group,
                        updated_at = excluded.updated_at
                returning id""")
                .params(c.memberId(), c.committeeId(), Sql.clean(c.discussionGroup()))
                .query(Long.class)
                .single();
    }

    void replaceDeputies(long linkageId, List<Long> deputyIds) {
        jdbc.sql("delete from organization.linkage_deputy where congress_id = ? and linkage_id = ?")
                .param(TenantContext.orNone())
                .param(linkageId)
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (Long d : deputyIds.stream().distinct().toList()) {
            rows.add(new Object[] {linkageId, d});
        }
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into organization.linkage_deputy (linkage_id, deputy_id) values (?, ?)", rows);
        }
    }

    // --- contact log

    List<ContactView> contacts(long personId, PageRequest p) {
        return jdbc.sql(CONTACT_SELECT
                        + "where c.congress_id = :congress and (c.person_id = :person or c.counterpart_id = :person)"
                        + " order by c.contact_date desc, c.id desc limit :limit offset :offset")
                .param("congress", TenantContext.orNone())
                .param("person", personId)
                .param("limit", p.size())
                .param("offset", p.offset())
                .query(LinkageRepository::contact)
                .list();
    }

    long countContacts(long personId) {
        return jdbc.sql(
                        "select count(*) from organization.contact_log c where c.congress_id = :congress and (c.person_id = :person or c.counterpart_id = :person)")
                .param("congress", TenantContext.orNone())
                .param("person", personId)
                .query(Long.class)
                .single();
    }

    long insertContact(ContactCommand c, String recordedBy) {
        return jdbc.sql(
                        """
                insert into organization.contact_log (person_id, counterpart_id, voters, contact_date, channel, summary,
                    recorded_by) values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        c.personId(),
                        c.counterpartId(),
                        c.counterpartId() == null ? Sql.clean(c.voters()) : null,
                        c.date(),
                        c.channel().name(),
                        c.summary().strip(),
                        recordedBy)
                .query(Long.class)
                .single();
    }

    private List<LinkageView> withDeputies(List<LinkageView> linkages) {
        if (linkages.isEmpty()) {
            return linkages;
        }
        Map<Long, List<PersonRef>> byLinkage = new HashMap<>();
        jdbc.sql(
                        """
                select d.linkage_id, p.id, p.name from organization.linkage_deputy d
                join organization.person p on p.congress_id = d.congress_id and p.id = d.deputy_id
                where d.congress_id = :congress and d.linkage_id in (:ids) order by p.name, p.id""")
                .param("congress", TenantContext.orNone())
                .param("ids", linkages.stream().map(LinkageView::id).toList())
                .query((rs, n) -> byLinkage
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new PersonRef(rs.getLong(2), rs.getString(3))))
                .list();
        return linkages.stream()
                .map(l -> new LinkageView(
                        l.id(),
                        l.memberId(),
                        l.memberName(),
                        l.position(),
                        l.committeeId(),
                        l.committeeName(),
                        l.discussionGroup(),
                        List.copyOf(byLinkage.getOrDefault(l.id(), List.of())),
                        l.contacts()))
                .toList();
    }

    private static LinkageView view(ResultSet rs, List<PersonRef> deputies) throws SQLException {
        return new LinkageView(
                rs.getLong("id"),
                rs.getLong("member_id"),
                rs.getString("member_name"),
                Sql.enumOf(ScPosition.class, rs.getString("sc_position")),
                Sql.longOrNull(rs, "committee_id"),
                rs.getString("committee_name"),
                rs.getString("discussion_group"),
                deputies,
                rs.getLong("contacts"));
    }

    private static ContactView contact(ResultSet rs, int n) throws SQLException {
        return new ContactView(
                rs.getLong("id"),
                rs.getLong("person_id"),
                rs.getString("person_name"),
                Sql.longOrNull(rs, "counterpart_id"),
                rs.getString("counterpart_name"),
                rs.getString("voters"),
                Sql.date(rs, "contact_date"),
                ContactChannel.valueOf(rs.getString("channel")),
                rs.getString("summary"));
    }
}
