package cn.renda.outreach.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.outreach.OpinionChannel;
import cn.renda.outreach.OpinionEventView;
import cn.renda.outreach.OpinionFilter;
import cn.renda.outreach.OpinionState;
import cn.renda.outreach.OpinionTier;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of voter opinions and their history (schema outreach only). */
@Repository
class OpinionRepository {

    private static final String COLUMNS = "id, code, channel, state, tier, category, title, content, street_id,"
            + " station_id, station_name, deputy_id, deputy_name, activity_id, citizen_name_masked,"
            + " citizen_phone_masked, case_id, case_number, suggestion_id, reply, replied_at, reply_published,"
            + " evaluation, evaluation_comment, received_at, version";

    private static final Map<String, String> SORTS =
            Map.of("receivedAt", "received_at", "title", "title", "state", "state");

    private final JdbcClient jdbc;

    OpinionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an insert needs beyond the command. */
    record Insert(
            String code,
            OpinionChannel channel,
            OpinionState state,
            String category,
            String title,
            String content,
            Long streetId,
            Long stationId,
            String stationName,
            Long deputyId,
            String deputyName,
            Long activityId,
            String nameMasked,
            String phoneMasked,
            String sealed,
            OffsetDateTime receivedAt) {}

    long insert(Insert i) {
        return jdbc.sql("insert into outreach.opinion (code, channel, state, category, title, content, street_id,"
                        + " station_id, station_name, deputy_id, deputy_name, activity_id, citizen_name_masked,"
                        + " citizen_phone_masked, contact_sealed, received_at, updated_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, now()), coalesce(?, now()))"
                        + " returning id")
                .params(
                        i.code(),
                        i.channel().name(),
                        i.state().name(),
                        i.category(),
                        i.title(),
                        i.content(),
                        i.streetId(),
                        i.stationId(),
                        i.stationName(),
                        i.deputyId(),
                        i.deputyName(),
                        i.activityId(),
                        i.nameMasked(),
                        i.phoneMasked(),
                        i.sealed(),
                        i.receivedAt(),
                        i.receivedAt())
                .query(Long.class)
                .single();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("select exists (select 1 from outreach.opinion where congress_id = ? and code = ?)")
                .param(TenantContext.orNone())
                .param(code)
                .query(Boolean.class)
                .single();
    }

    Optional<OpinionRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(OpinionRepository::row)
                .optional();
    }

    /** The citizen's sealed name and phone, if any (never part of the rows that lists and pages read). */
    Optional<String> sealedContact(long id) {
        return jdbc.sql("select contact_sealed from outreach.opinion where congress_id = ? and id = ?"
                        + " and contact_sealed is not null")
                .params(TenantContext.orNone(), id)
                .query(String.class)
                .optional();
    }

    Optional<OpinionRow> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion where congress_id = ? and code = ?")
                .param(TenantContext.orNone())
                .param(code)
                .query(OpinionRepository::row)
                .optional();
    }

    Optional<OpinionRow> findByCase(long caseId) {
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(OpinionRepository::row)
                .optional();
    }

    Optional<OpinionRow> findBySuggestion(long suggestionId) {
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion where congress_id = ? and suggestion_id = ?")
                .param(TenantContext.orNone())
                .param(suggestionId)
                .query(OpinionRepository::row)
                .optional();
    }

    List<OpinionRow> findAll(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion where congress_id = ? and id = any(?)")
                .param(TenantContext.orNone())
                .param(ids.toArray(Long[]::new))
                .query(OpinionRepository::row)
                .list();
    }

    /** Moves the opinion when its version is still {@code version}; false when someone else was first. */
    boolean move(long id, long version, OpinionState to, OpinionTier tier, String category) {
        return jdbc.sql("update outreach.opinion set state = ?, tier = coalesce(?, tier),"
                                + " category = coalesce(?, category), version = version + 1, updated_at = now()"
                                + " where congress_id = ? and id = ? and version = ?")
                        .params(
                                to.name(),
                                tier == null ? null : tier.name(),
                                category,
                                TenantContext.orNone(),
                                id,
                                version)
                        .update()
                == 1;
    }

    void linkCase(long id, long caseId, String number) {
        jdbc.sql("update outreach.opinion set case_id = ?, case_number = ? where congress_id = ? and id = ?")
                .params(caseId, number, TenantContext.orNone(), id)
                .update();
    }

    void linkSuggestion(long id, long suggestionId) {
        jdbc.sql("update outreach.opinion set suggestion_id = ? where congress_id = ? and id = ?")
                .params(suggestionId, TenantContext.orNone(), id)
                .update();
    }

    void reply(long id, String text, boolean publish, OffsetDateTime at) {
        jdbc.sql(
                        "update outreach.opinion set reply = ?, reply_published = ?, replied_at = ? where congress_id = ? and id = ?")
                // the time decided here: Citus refuses now() inside COALESCE of an UPDATE
                .params(text, publish, at == null ? OffsetDateTime.now() : at, TenantContext.orNone(), id)
                .update();
    }

    void evaluate(long id, String evaluation, String comment) {
        jdbc.sql(
                        "update outreach.opinion set evaluation = ?, evaluation_comment = ?, evaluated_at = now() where congress_id = ? and id = ?")
                .params(evaluation, comment, TenantContext.orNone(), id)
                .update();
    }

    void event(long opinionId, String actor, String action, OpinionState from, OpinionState to, String note) {
        eventAt(opinionId, actor, action, from, to, note, null);
    }

    void eventAt(
            long opinionId,
            String actor,
            String action,
            OpinionState from,
            OpinionState to,
            String note,
            OffsetDateTime at) {
        jdbc.sql("insert into outreach.opinion_event (opinion_id, actor, action, from_state, to_state, note, at)"
                        + " values (?, ?, ?, ?, ?, ?, coalesce(?, now()))")
                .params(
                        opinionId,
                        actor,
                        action,
                        from == null ? null : from.name(),
                        to == null ? null : to.name(),
                        note,
                        at)
                .update();
    }

    List<OpinionEventView> history(long opinionId) {
        return jdbc.sql("select at, actor, action, from_state, to_state, note from outreach.opinion_event"
                        + " where congress_id = ? and opinion_id = ? order by id")
                .param(TenantContext.orNone())
                .param(opinionId)
                .query((rs, n) -> new OpinionEventView(
                        rs.getObject("at", OffsetDateTime.class),
                        rs.getString("actor"),
                        rs.getString("action"),
                        state(rs.getString("from_state")),
                        state(rs.getString("to_state")),
                        rs.getString("note")))
                .list();
    }

    /** The list under a filter and a scope (street or receiving deputy; null = all). */
    List<OpinionRow> page(OpinionFilter f, Long scopeStreet, Long scopeDeputy, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(f, scopeStreet, scopeDeputy, params);
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion" + where + " order by "
                        + page.orderBy(SORTS, "received_at desc") + ", id desc limit ? offset ?")
                .params(params)
                .query(OpinionRepository::row)
                .list();
    }

    long count(OpinionFilter f, Long scopeStreet, Long scopeDeputy) {
        List<Object> params = new ArrayList<>();
        String where = where(f, scopeStreet, scopeDeputy, params);
        return jdbc.sql("select count(*) from outreach.opinion" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    Map<OpinionState, Long> counts(Long scopeStreet, Long scopeDeputy) {
        List<Object> params = new ArrayList<>();
        String where = where(OpinionFilter.all(), scopeStreet, scopeDeputy, params);
        Map<OpinionState, Long> out = new EnumMap<>(OpinionState.class);
        jdbc.sql("select state, count(*) n from outreach.opinion" + where + " group by state")
                .params(params)
                .query((ResultSet rs) -> {
                    out.put(OpinionState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return out;
    }

    private static String where(OpinionFilter f, Long scopeStreet, Long scopeDeputy, List<Object> params) {
        StringBuilder w = new StringBuilder(" where congress_id = ?");
        // orNone: the navigation's waiting counts also render on error pages, where no congress is bound; then
        // nothing matches, as row-level security would answer (require() made those pages fail)
        params.add(TenantContext.orNone());

        if (scopeStreet != null) {
            w.append(" and street_id = ?");
            params.add(scopeStreet);
        }
        if (scopeDeputy != null) {
            w.append(" and deputy_id = ?");
            params.add(scopeDeputy);
        }
        if (f.state() != null) {
            w.append(" and state = ?");
            params.add(f.state().name());
        }
        if (f.tier() != null) {
            w.append(" and tier = ?");
            params.add(f.tier().name());
        }
        if (f.streetId() != null) {
            w.append(" and street_id = ?");
            params.add(f.streetId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" and (title ilike ? or code = ?)");
            params.add("%"
                    + f.q().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            params.add(f.q().strip());
        }
        return w.toString();
    }

    List<OpinionRow> published(PageRequest page) {
        return jdbc.sql("select " + COLUMNS + " from outreach.opinion where congress_id = ? and reply_published"
                        + " order by replied_at desc, id desc limit ? offset ?")
                .param(TenantContext.orNone())
                .params(page.size(), page.offset())
                .query(OpinionRepository::row)
                .list();
    }

    long countPublished() {
        return jdbc.sql("select count(*) from outreach.opinion where congress_id = ? and reply_published")
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    /** Opinions per street and year: received and answered (or closed after an answer). */
    Map<Long, long[]> perStreet(int year) {
        Map<Long, long[]> out = new java.util.HashMap<>();
        jdbc.sql("select street_id, count(*) n, count(*) filter (where reply is not null) answered"
                        + " from outreach.opinion where congress_id = ? and street_id is not null"
                        + " and received_at >= make_date(?, 1, 1) and received_at < make_date(? + 1, 1, 1)"
                        + " group by street_id")
                .param(TenantContext.orNone())
                .params(year, year)
                .query((ResultSet rs) -> {
                    out.put(rs.getLong("street_id"), new long[] {rs.getLong("n"), rs.getLong("answered")});
                });
        return out;
    }

    long countForActivity(long activityId) {
        return jdbc.sql("select count(*) from outreach.opinion where congress_id = ? and activity_id = ?")
                .param(TenantContext.orNone())
                .param(activityId)
                .query(Long.class)
                .single();
    }

    private static OpinionState state(String s) {
        return s == null ? null : OpinionState.valueOf(s);
    }

    private static OpinionRow row(ResultSet rs, int n) throws SQLException {
        String tier = rs.getString("tier");
        return new OpinionRow(
                rs.getLong("id"),
                rs.getString("code"),
                OpinionChannel.valueOf(rs.getString("channel")),
                OpinionState.valueOf(rs.getString("state")),
                tier == null ? null : OpinionTier.valueOf(tier),
                rs.getString("category"),
                rs.getString("title"),
                rs.getString("content"),
                rs.getObject("street_id", Long.class),
                rs.getObject("station_id", Long.class),
                rs.getString("station_name"),
                rs.getObject("deputy_id", Long.class),
                rs.getString("deputy_name"),
                rs.getObject("activity_id", Long.class),
                rs.getString("citizen_name_masked"),
                rs.getString("citizen_phone_masked"),
                rs.getObject("case_id", Long.class),
                rs.getString("case_number"),
                rs.getObject("suggestion_id", Long.class),
                rs.getString("reply"),
                rs.getObject("replied_at", OffsetDateTime.class),
                rs.getBoolean("reply_published"),
                rs.getString("evaluation"),
                rs.getString("evaluation_comment"),
                rs.getObject("received_at", OffsetDateTime.class),
                rs.getLong("version"));
    }
}
