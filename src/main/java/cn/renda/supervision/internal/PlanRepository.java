package cn.renda.supervision.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.supervision.PlanPhase;
import cn.renda.supervision.SupervisionForm;
import cn.renda.supervision.SupervisionPlanFacade.NewPlanItem;
import cn.renda.supervision.SupervisionPlanFacade.PlanSummary;
import cn.renda.supervision.SupervisionPlanFacade.RecordLink;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the annual supervision plan (schema {@code supervision}). */
@Repository
class PlanRepository {

    record PlanRow(long id, int year, String title, Long adoptedMeetingId, LocalDate adoptedOn, boolean published) {}

    record ItemRow(
            long id,
            long planId,
            SupervisionForm form,
            String title,
            Long leadCommitteeId,
            Long leaderPersonId,
            List<Long> participantIds,
            LocalDate startsOn,
            LocalDate endsOn,
            Long heardMeetingId,
            Long heardItemId,
            PlanPhase phase) {}

    private static final String PLAN =
            "select id, year, title, adopted_meeting_id, adopted_on, published from supervision.plan";
    private static final String ITEM =
            """
            select id, plan_id, form, title, lead_committee_id, leader_person_id, participant_ids, starts_on, ends_on,
                   heard_meeting_id, heard_item_id, phase
            from supervision.plan_item
            """;

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(int year, String title) {
        return jdbc.sql("insert into supervision.plan (year, title) values (?, ?) returning id")
                .params(year, title)
                .query(Long.class)
                .single();
    }

    boolean yearTaken(int year) {
        return jdbc.sql("select exists (select 1 from supervision.plan where congress_id = ? and year = ?)")
                .param(TenantContext.orNone())
                .param(year)
                .query(Boolean.class)
                .single();
    }

    Optional<PlanRow> find(long id) {
        return jdbc.sql(PLAN + " where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(PlanRepository::plan)
                .optional();
    }

    Optional<PlanRow> ofYear(int year) {
        return jdbc.sql(PLAN + " where congress_id = ? and year = ?")
                .param(TenantContext.orNone())
                .param(year)
                .query(PlanRepository::plan)
                .optional();
    }

    private static final Map<String, String> PLAN_SORTS = Map.of("year", "p.year", "title", "p.title");

    private static final String PLAN_SEARCH =
            " where p.congress_id = ? and (? = '' or strpos(lower(p.title), lower(?)) > 0 or p.year::text = ?)";

    /** Plans whose title contains {@code q} (or whose year is {@code q}), a page in the whitelisted order. */
    List<PlanSummary> page(String q, PageRequest page) {
        return jdbc.sql("select p.id, p.year, p.title, p.adopted_meeting_id is not null, p.published,"
                        + " (select count(*) from supervision.plan_item i where i.congress_id = ?"
                        + " and i.plan_id = p.id)"
                        + " from supervision.plan p" + PLAN_SEARCH + " order by "
                        + page.orderBy(PLAN_SORTS, "p.year desc") + ", p.id desc limit ? offset ?")
                // the items' congress as a value too: Citus sends a correlated look-up to every shard otherwise
                .params(TenantContext.orNone(), TenantContext.orNone(), q, q, q, page.size(), page.offset())
                .query((rs, n) -> new PlanSummary(
                        rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5), rs.getInt(6)))
                .list();
    }

    long count(String q) {
        return jdbc.sql("select count(*) from supervision.plan p" + PLAN_SEARCH)
                .params(TenantContext.orNone(), q, q, q)
                .query(Long.class)
                .single();
    }

    long itemsDueBy(LocalDate date) {
        return jdbc.sql(
                        "select count(*) from supervision.plan_item where congress_id = ? and phase <> 'DONE' and ends_on <= ?")
                .params(TenantContext.orNone(), date)
                .query(Long.class)
                .single();
    }

    void adopt(long id, long meetingId, LocalDate on) {
        jdbc.sql("update supervision.plan set adopted_meeting_id = ?, adopted_on = ? where congress_id = ? and id = ?")
                .params(meetingId, on, TenantContext.orNone(), id)
                .update();
    }

    void publish(long id) {
        jdbc.sql("update supervision.plan set published = true where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .update();
    }

    long insertItem(long planId, NewPlanItem c, String title, Long heardMeetingId) {
        return jdbc.sql(
                        """
                        insert into supervision.plan_item (plan_id, form, title, lead_committee_id, leader_person_id,
                            participant_ids, starts_on, ends_on, heard_meeting_id, heard_item_id)
                        values (?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?, ?) returning id
                        """)
                .params(
                        planId,
                        c.form().name(),
                        title,
                        c.leadCommitteeId(),
                        c.leaderPersonId(),
                        Texts.array(c.participantIds()),
                        c.startsOn(),
                        c.endsOn(),
                        heardMeetingId,
                        c.heardItemId())
                .query(Long.class)
                .single();
    }

    Optional<ItemRow> item(long id) {
        return jdbc.sql(ITEM + " where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(PlanRepository::item)
                .optional();
    }

    List<ItemRow> items(long planId) {
        return jdbc.sql(ITEM + " where congress_id = ? and plan_id = ? order by starts_on, id")
                .param(TenantContext.orNone())
                .param(planId)
                .query(PlanRepository::item)
                .list();
    }

    boolean setPhase(long id, PlanPhase from, PlanPhase to) {
        return jdbc.sql("update supervision.plan_item set phase = ? where congress_id = ? and id = ? and phase = ?")
                        .params(to.name(), TenantContext.orNone(), id, from.name())
                        .update()
                == 1;
    }

    /** Moves an item on when its records move it (a first inspection, a heard report), only from {@code from}. */
    void advance(Long itemId, PlanPhase from, PlanPhase to) {
        if (itemId != null) {
            setPhase(itemId, from, to);
        }
    }

    boolean itemExists(long id) {
        return jdbc.sql("select exists (select 1 from supervision.plan_item where congress_id = ? and id = ?)")
                .param(TenantContext.orNone())
                .param(id)
                .query(Boolean.class)
                .single();
    }

    /** The inspections and law-enforcement inspections carrying out the items of a plan. */
    List<RecordLink> records(long itemId) {
        return jdbc.sql(
                        """
                        select 'inspection' as kind, id, topic as title from supervision.inspection where congress_id = :congress and plan_item_id = :item
                        union all
                        select 'enforcement', id, law from supervision.enforcement where congress_id = :congress and plan_item_id = :item
                        order by 1, 2
                        """)
                .param("congress", TenantContext.orNone())
                .param("item", itemId)
                .query((rs, n) -> new RecordLink(rs.getString(1), rs.getLong(2), rs.getString(3)))
                .list();
    }

    private static PlanRow plan(ResultSet rs, int n) throws SQLException {
        return new PlanRow(
                rs.getLong("id"),
                rs.getInt("year"),
                rs.getString("title"),
                rs.getObject("adopted_meeting_id", Long.class),
                rs.getObject("adopted_on", LocalDate.class),
                rs.getBoolean("published"));
    }

    private static ItemRow item(ResultSet rs, int n) throws SQLException {
        return new ItemRow(
                rs.getLong("id"),
                rs.getLong("plan_id"),
                SupervisionForm.valueOf(rs.getString("form")),
                rs.getString("title"),
                rs.getObject("lead_committee_id", Long.class),
                rs.getObject("leader_person_id", Long.class),
                Texts.ids(rs.getArray("participant_ids")),
                rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class),
                rs.getObject("heard_meeting_id", Long.class),
                rs.getObject("heard_item_id", Long.class),
                PlanPhase.valueOf(rs.getString("phase")));
    }
}
