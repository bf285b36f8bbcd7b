package cn.renda.handling.internal;

import cn.renda.core.TenantContext;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a {@link CaseSnapshot} in one statement: the case row with each of its lists aggregated as JSON arrays in
 * the same row (one round trip instead of one query per list), under the congress's row-level security and with the
 * congress as a value, so that a distributed database routes the statement to one shard.
 */
@Component
class CaseSnapshots {

    static final String SQL =
            """
            select c.id, c.kind, c.number, c.title, c.content, c.category, c.source_type, c.source_ref, c.source_date,
                   c.attributes::text as attributes, c.state, c.visibility, c.key_case, c.supervising_leader,
                   c.tracking_months, c.tracked, c.result_class, c.evaluation, c.final, c.version, c.created_by,
                   c.created_at, c.updated_at,
                   (select json_agg(json_build_array(a.id, a.unit_id, a.role, a.state, a.assigned_at, a.accepted_at,
                                                     a.return_reason, a.transferred_to) order by a.id)
                      from handling.assignment a
                     where a.congress_id = :congress and a.case_id = c.id)::text as assignments,
                   (select json_agg(json_build_array(k.id, k.assignment_id, a.unit_id, k.name, k.anchor_event,
                                                     k.anchor_date, k.amount, k.unit, k.due_date, k.yellow_from,
                                                     k.reminder_leads, k.state, k.paused_on, k.met_on, k.met_late,
                                                     k.extensions, k.notified) order by k.id)
                      from handling.clock k
                      left join handling.assignment a on a.congress_id = k.congress_id and a.id = k.assignment_id
                     where k.congress_id = :congress and k.case_id = c.id)::text as clocks,
                   (select json_agg(json_build_array(p.account_id, p.person_id, p.name) order by p.id)
                      from handling.proposer p
                     where p.congress_id = :congress and p.case_id = c.id)::text as proposers,
                   (select json_agg(json_build_array(r.id, r.type, r.unit_id, r.text, r.result_class, r.published,
                                                     r.actor_id, r.at) order by r.at, r.id)
                      from handling.reply r
                     where r.congress_id = :congress and r.case_id = c.id)::text as replies,
                   (select json_agg(json_build_array(e.id, e.evaluation, e.comment, e.evaluator_id, e.at)
                                    order by e.at, e.id)
                      from handling.evaluation e
                     where e.congress_id = :congress and e.case_id = c.id)::text as evaluations,
                   (select json_agg(json_build_array(x.id, x.clock_id, k.name, x.amount, x.unit, x.reason, x.status,
                                                     x.requested_by, x.requested_at, x.decided_by, x.old_due,
                                                     x.new_due) order by x.id)
                      from handling.extension x
                      join handling.clock k on k.congress_id = x.congress_id and k.id = x.clock_id
                     where x.congress_id = :congress and x.case_id = c.id)::text as extensions,
                   (select json_agg(json_build_array(t.id, t.filename, t.content_type, t.size, t.sha256,
                                                     t.uploaded_by, t.uploaded_at) order by t.id)
                      from handling.attachment t
                     where t.congress_id = :congress and t.case_id = c.id)::text as attachments,
                   (select json_agg(json_build_array(d.clock, d.amount, d.unit, d.reminder_leads))
                      from handling.deadline_policy d
                     where d.congress_id = :congress and d.kind = c.kind)::text as policies
            from handling.cases c
            where c.congress_id = :congress and c.id = :id""";

    private static final org.springframework.jdbc.core.namedparam.ParsedSql PARSED =
            org.springframework.jdbc.core.namedparam.NamedParameterUtils.parseSqlStatement(SQL);

    /** The case as read with a companion read, and whether the companion let the step go on. */
    record WithCompanion(Optional<CaseSnapshot> snapshot, boolean proceed) {}

    private final JdbcClient jdbc;
    private final HandlingRepository repo;
    private final JsonMapper json;
    private final javax.sql.DataSource dataSource;

    CaseSnapshots(JdbcClient jdbc, HandlingRepository repo, JsonMapper json, javax.sql.DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.repo = repo;
        this.json = json;
    }

    /** The case with everything a step or the case page needs, or empty (none in the bound congress). */
    Optional<CaseSnapshot> read(long caseId) {
        // every list's congress as a value too: Citus sends a correlated look-up to every shard otherwise
        return jdbc.sql(SQL)
                .param("congress", TenantContext.orNone())
                .param("id", caseId)
                .query(this::snapshot)
                .optional();
    }

    /**
     * As {@link #read(long)}, with another module's statement sent first in the same round trip (one multi-statement
     * prepared statement): its rows go to the companion, then the case's row is read.
     */
    WithCompanion read(long caseId, cn.renda.handling.CompanionRead companion) {
        var values = new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("congress", TenantContext.orNone())
                .addValue("id", caseId);
        String sql = companion.statement() + ";\n"
                + org.springframework.jdbc.core.namedparam.NamedParameterUtils.substituteNamedParameters(
                        PARSED, values);
        Object[] own =
                org.springframework.jdbc.core.namedparam.NamedParameterUtils.buildValueArray(PARSED, values, null);
        java.sql.Connection con = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(dataSource);
        try (java.sql.PreparedStatement ps = con.prepareStatement(sql)) {
            int i = 1;
            for (Object v : companion.values()) {
                ps.setObject(i++, v);
            }
            for (Object v : own) {
                ps.setObject(i++, v);
            }
            ps.execute();
            boolean proceed;
            try (java.sql.ResultSet rs = ps.getResultSet()) {
                proceed = companion.read(rs);
            }
            ps.getMoreResults();
            try (java.sql.ResultSet rs = ps.getResultSet()) {
                return new WithCompanion(rs.next() ? Optional.of(snapshot(rs, 0)) : Optional.empty(), proceed);
            }
        } catch (java.sql.SQLException e) {
            throw java.util.Objects.requireNonNull(new org.springframework.jdbc.support.SQLStateSQLExceptionTranslator()
                    .translate("case read with companion", sql, e));
        } finally {
            org.springframework.jdbc.datasource.DataSourceUtils.releaseConnection(con, dataSource);
        }
    }

    /** The list columns follow the case row's 23 columns (HandlingRepository.caseRow), in this order. */
    static final String[] LIST_COLUMNS = {
        "assignments", "clocks", "proposers", "replies", "evaluations", "extensions", "attachments", "policies"
    };

    private static final int LISTS = 24;

    private CaseSnapshot snapshot(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        CaseRow row = repo.caseRow(rs, n);
        long id = row.id();
        // by position: a name costs PgJDBC a look-up in its column map per value
        return new CaseSnapshot(
                row,
                SnapshotRows.list(json, rs.getString(LISTS), SnapshotRows::assignment),
                SnapshotRows.list(json, rs.getString(LISTS + 1), a -> SnapshotRows.clock(id, a)),
                SnapshotRows.list(json, rs.getString(LISTS + 2), SnapshotRows::proposer),
                SnapshotRows.list(json, rs.getString(LISTS + 3), SnapshotRows::reply),
                SnapshotRows.list(json, rs.getString(LISTS + 4), SnapshotRows::evaluation),
                SnapshotRows.list(json, rs.getString(LISTS + 5), SnapshotRows::extension),
                SnapshotRows.list(json, rs.getString(LISTS + 6), SnapshotRows::attachment),
                SnapshotRows.policies(json, rs.getString(LISTS + 7)));
    }
}
