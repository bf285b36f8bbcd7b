package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.core.TenantContext;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.AttachmentContent;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ClockState;
import cn.renda.handling.Colour;
import cn.renda.handling.Evaluation;
import cn.renda.handling.EvaluationView;
import cn.renda.handling.EventView;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.ExtensionView;
import cn.renda.handling.Proposer;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.ResultClass;
import cn.renda.handling.SourceType;
import cn.renda.handling.Visibility;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the engine's tables (schema handling); every query runs under the congress's row-level security. */
@Repository
class HandlingRepository {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final JdbcClient jdbc;
    // built once: the mapper's readValue(text, MAP) resolves the map's type again on every call
    private final ObjectReader mapReader;
    private final ObjectWriter writer;

    HandlingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.mapReader = json.readerFor(MAP);
        this.writer = json.writer();
    }

    String toJson(Object value) {
        return writer.writeValueAsString(value);
    }

    Map<String, Object> fromJson(String text) {
        return text == null ? Map.of() : mapReader.readValue(text);
    }

    // ---- numbers ----------------------------------------------------------------------------

    /** The next number of the kind in the year; the row lock serialises concurrent creations. */
    long nextSequence(String kind, int year) {
        return jdbc.sql(
                        """
                        insert into handling.number_sequence (kind, year, last_value) values (?, ?, 1)
                        on conflict (congress_id, kind, year)
                        do update set last_value = handling.number_sequence.last_value + 1
                        returning last_value""")
                .params(kind, year)
                .query(Long.class)
                .single();
    }

    // ---- cases -------------------------------------------------------------------------------

    /** Gives a case its number, the last write of its creation. */
    void number(long id, String number, long seq) {
        jdbc.sql("update handling.cases set number = ?, seq = ? where congress_id = ? and id = ?")
                .params(number, seq, TenantContext.orNone(), id)
                .update();
    }

    static final String CASE_COLUMNS =
            """
            c.id, c.kind, c.number, c.title, c.content, c.category, c.source_type, c.source_ref, c.source_date,
            c.attributes::text as attributes, c.state, c.visibility, c.key_case, c.supervising_leader,
            c.tracking_months, c.tracked, c.result_class, c.evaluation, c.final, c.version, c.created_by,
            c.created_at, c.updated_at""";

    Optional<CaseRow> findCase(long id) {
        return jdbc.sql("select " + CASE_COLUMNS + " from handling.cases c where c.congress_id = ? and c.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(this::caseRow)
                .optional();
    }

    Optional<CaseRow> findCaseByNumber(String number) {
        return jdbc.sql("select " + CASE_COLUMNS + " from handling.cases c where c.congress_id = ? and c.number = ?")
                .param(TenantContext.orNone())
                .param(number)
                .query(this::caseRow)
                .optional();
    }

    /**
     * A case row of a statement that selects {@link #CASE_COLUMNS} first, read by position: by name PgJDBC looks each
     * value's column up in a map, 23 times per case read ({@code CaseColumnsTests} checks the positions).
     */
    CaseRow caseRow(ResultSet rs, int n) throws SQLException {
        return new CaseRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                SourceType.valueOf(rs.getString(7)),
                rs.getString(8),
                rs.getObject(9, LocalDate.class),
                fromJson(rs.getString(10)),
                rs.getString(11),
                Visibility.valueOf(rs.getString(12)),
                rs.getBoolean(13),
                (Long) rs.getObject(14),
                (Integer) rs.getObject(15),
                rs.getBoolean(16),
                enumOrNull(ResultClass.class, rs.getString(17)),
                enumOrNull(Evaluation.class, rs.getString(18)),
                rs.getBoolean(19),
                rs.getLong(20),
                rs.getLong(21),
                rs.getObject(22, OffsetDateTime.class),
                rs.getObject(23, OffsetDateTime.class));
    }

    // ---- set-based reads (reports) ------------------------------------------------------------

    List<CaseRow> findCases(Long[] ids) {
        return jdbc.sql("select " + CASE_COLUMNS
                        + " from handling.cases c where c.congress_id = ? and c.id = any(?) order by c.id")
                .param(TenantContext.orNone())
                .param(ids)
                .query(this::caseRow)
                .list();
    }

    Map<Long, List<ClockRow>> clocksOf(Long[] ids) {
        Map<Long, List<ClockRow>> out = new java.util.HashMap<>();
        jdbc.sql("select " + CLOCK_COLUMNS
                        + " from handling.clock k left join handling.assignment a on a.congress_id = k.congress_id and a.id = k.assignment_id"
                        + " where k.congress_id = ? and k.case_id = any(?) order by k.id")
                .param(TenantContext.orNone())
                .param(ids)
                .query(HandlingRepository::clockRow)
                .list()
                .forEach(k ->
                        out.computeIfAbsent(k.caseId(), x -> new ArrayList<>()).add(k));
        return out;
    }

    Map<Long, List<AssignmentView>> assignmentsOf(Long[] ids) {
        Map<Long, List<AssignmentView>> out = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select case_id, id, unit_id, role, state, assigned_at, accepted_at, return_reason, transferred_to
                        from handling.assignment where congress_id = ? and case_id = any(?) order by id""")
                .param(TenantContext.orNone())
                .param(ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new AssignmentView(
                                rs.getLong(2),
                                rs.getLong(3),
                                AssignmentRole.valueOf(rs.getString(4)),
                                AssignmentState.valueOf(rs.getString(5)),
                                rs.getObject(6, OffsetDateTime.class),
                                rs.getObject(7, OffsetDateTime.class),
                                rs.getString(8),
                                (Long) rs.getObject(9))))
                .list()
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    Map<Long, List<ReplyView>> repliesOf(Long[] ids) {
        Map<Long, List<ReplyView>> out = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select case_id, id, type, unit_id, text, result_class, published, actor_id, at
                        from handling.reply where congress_id = ? and case_id = any(?) order by at, id""")
                .param(TenantContext.orNone())
                .param(ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new ReplyView(
                                rs.getLong(2),
                                ReplyType.valueOf(rs.getString(3)),
                                (Long) rs.getObject(4),
                                rs.getString(5),
                                enumOrNull(ResultClass.class, rs.getString(6)),
                                rs.getBoolean(7),
                                rs.getLong(8),
                                rs.getObject(9, OffsetDateTime.class))))
                .list()
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    Map<Long, List<EvaluationView>> evaluationsOf(Long[] ids) {
        Map<Long, List<EvaluationView>> out = new java.util.HashMap<>();
        jdbc.sql(
                        """
                        select case_id, id, evaluation, comment, evaluator_id, at
                        from handling.evaluation where congress_id = ? and case_id = any(?) order by at, id""")
                .param(TenantContext.orNone())
                .param(ids)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1),
                        new EvaluationView(
                                rs.getLong(2),
                                Evaluation.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getLong(5),
                                rs.getObject(6, OffsetDateTime.class))))
                .list()
                .forEach(e ->
                        out.computeIfAbsent(e.getKey(), x -> new ArrayList<>()).add(e.getValue()));
        return out;
    }

    /** Of the given cases, those a deputy or street user may see: published, created by or proposed by them. */
    List<Long> visibleToProposer(Long[] ids, long accountId) {
        return jdbc.sql(
                        """
                        select c.id from handling.cases c
                        where c.congress_id = ? and c.id = any(?) and (c.visibility = 'PUBLISHED' or c.created_by = ?
                              or exists (select 1 from handling.proposer p where p.congress_id = ? and p.case_id = c.id and p.account_id = ?))""")
                .param(TenantContext.orNone())
                .params(ids, accountId, TenantContext.orNone(), accountId)
                .query(Long.class)
                .list();
    }

    /** Of the given cases, those assigned to the unit. */
    List<Long> assignedTo(Long[] ids, long unitId) {
        return jdbc.sql(
                        "select distinct case_id from handling.assignment where congress_id = ? and case_id = any(?) and unit_id = ?")
                .param(TenantContext.orNone())
                .params(ids, unitId)
                .query(Long.class)
                .list();
    }

    /** Of the given ids, those that exist in the bound congress. */
    List<Long> existing(Long[] ids) {
        return jdbc.sql("select id from handling.cases where congress_id = ? and id = any(?)")
                .param(TenantContext.orNone())
                .param(ids)
                .query(Long.class)
                .list();
    }

    /**
     * Sets a clock's length and due date (a policy change, not an extension); {@code sweepCheck}: its reminder window
     * is already open, so the deadline sweep must look at it (DeadlineSweep, V20270107_0500).
     */
    void relengthClock(
            long id, Length length, LocalDate due, LocalDate yellowFrom, ClockState state, boolean sweepCheck) {
        jdbc.sql(
                        """
                        update handling.clock set amount = ?, unit = ?, due_date = ?, yellow_from = ?, state = ?,
                               notified = 'GREEN', sweep_check = ?
                        where congress_id = ? and id = ?""")
                .params(
                        length.amount(),
                        length.unit().name(),
                        due,
                        yellowFrom,
                        state.name(),
                        sweepCheck,
                        TenantContext.orNone(),
                        id)
                .update();
    }

    /** Sets the next due date of the case's active clocks on its row (the lists' order; null: none). */
    void setNextDue(long caseId, LocalDate nextDue) {
        jdbc.sql("update handling.cases set next_due = ? where congress_id = ? and id = ?")
                .param(nextDue)
                .param(TenantContext.orNone())
                .param(caseId)
                .update();
    }

    /** Locks the case row (the sweep appends events to the chain only while holding it). */
    void lockCase(long id) {
        // The congress as a value too: Citus locks rows only in a statement it routes to one shard by value.
        jdbc.sql("select id from handling.cases where congress_id = ? and id = ? for update")
                .param(cn.renda.core.TenantContext.orNone())
                .param(id)
                .query(Long.class)
                .optional();
    }

    /**
     * Appends one system event (no actor) per case, linked set-based by {@code handling.append_linked_events}
     * (one join for the cases' last events, the digest in the same statement); the case ids must be distinct
     * (unique (case_id, seq) refuses two links to one event). Returns the number of events appended.
     */
    int appendLinkedEvents(Long[] caseIds, String[] actions, String[] states, String[] payloads) {
        return jdbc.sql("select handling.append_linked_events(?::bigint[], ?::text[], ?::text[], ?::text[])")
                .param(caseIds)
                .param(actions)
                .param(states)
                .param(payloads)
                .query(Integer.class)
                .single();
    }

    List<Proposer> proposers(long caseId) {
        return jdbc.sql(
                        "select account_id, person_id, name from handling.proposer where congress_id = ? and case_id = ? order by id")
                .param(TenantContext.orNone())
                .param(caseId)
                .query((rs, n) -> new Proposer((Long) rs.getObject(1), (Long) rs.getObject(2), rs.getString(3)))
                .list();
    }

    boolean isProposer(long caseId, long accountId) {
        return jdbc.sql(
                        "select exists (select 1 from handling.proposer where congress_id = ? and case_id = ? and account_id = ?)")
                .param(TenantContext.orNone())
                .params(caseId, accountId)
                .query(Boolean.class)
                .single();
    }

    // ---- assignments -------------------------------------------------------------------------

    long insertAssignment(long caseId, long unitId, AssignmentRole role) {
        return jdbc.sql(
                        "insert into handling.assignment (case_id, unit_id, role, state) values (?, ?, ?, 'PENDING') returning id")
                .params(caseId, unitId, role.name())
                .query(Long.class)
                .single();
    }

    List<AssignmentView> assignments(long caseId) {
        return jdbc.sql(
                        """
                        select id, unit_id, role, state, assigned_at, accepted_at, return_reason, transferred_to
                        from handling.assignment where congress_id = ? and case_id = ? order by id""")
                .param(TenantContext.orNone())
                .param(caseId)
                .query((rs, n) -> new AssignmentView(
                        rs.getLong(1),
                        rs.getLong(2),
                        AssignmentRole.valueOf(rs.getString(3)),
                        AssignmentState.valueOf(rs.getString(4)),
                        rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class),
                        rs.getString(7),
                        (Long) rs.getObject(8)))
                .list();
    }

    void returnAssignment(long id, String reason) {
        jdbc.sql(
                        "update handling.assignment set state = 'RETURNED', return_reason = ? where congress_id = ? and id = ?")
                .params(reason, TenantContext.orNone(), id)
                .update();
    }

    void transferAssignment(long id, long toUnit) {
        jdbc.sql(
                        "update handling.assignment set state = 'TRANSFERRED', transferred_to = ? where congress_id = ? and id = ?")
                .params(toUnit, TenantContext.orNone(), id)
                .update();
    }

    // ---- clocks ------------------------------------------------------------------------------

    private static final String CLOCK_COLUMNS =
            """
            k.id, k.case_id, k.assignment_id, a.unit_id, k.name, k.anchor_event, k.anchor_date, k.amount, k.unit,
            k.due_date, k.yellow_from, k.reminder_leads, k.state, k.paused_on, k.met_on, k.met_late, k.extensions,
            k.notified""";

    List<ClockRow> clocks(long caseId) {
        return jdbc.sql("select " + CLOCK_COLUMNS
                        + " from handling.clock k left join handling.assignment a on a.congress_id = k.congress_id and a.id = k.assignment_id"
                        + " where k.congress_id = ? and k.case_id = ? order by k.id")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(HandlingRepository::clockRow)
                .list();
    }

    Optional<ClockRow> clock(long clockId) {
        return jdbc.sql("select " + CLOCK_COLUMNS
                        + " from handling.clock k left join handling.assignment a on a.congress_id = k.congress_id and a.id = k.assignment_id"
                        + " where k.congress_id = ? and k.id = ?")
                .param(TenantContext.orNone())
                .param(clockId)
                .query(HandlingRepository::clockRow)
                .optional();
    }

    static ClockRow clockRow(ResultSet rs, int n) throws SQLException {
        return new ClockRow(
                rs.getLong("id"),
                rs.getLong("case_id"),
                (Long) rs.getObject("assignment_id"),
                (Long) rs.getObject("unit_id"),
                ClockName.valueOf(rs.getString("name")),
                rs.getString("anchor_event"),
                rs.getObject("anchor_date", LocalDate.class),
                new Length(rs.getInt("amount"), LengthUnit.valueOf(rs.getString("unit"))),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("yellow_from", LocalDate.class),
                Leads.parse(rs.getString("reminder_leads")),
                ClockState.valueOf(rs.getString("state")),
                rs.getObject("paused_on", LocalDate.class),
                rs.getObject("met_on", LocalDate.class),
                rs.getBoolean("met_late"),
                rs.getInt("extensions"),
                Colour.valueOf(rs.getString("notified")));
    }

    // ---- replies, evaluations, extensions ---------------------------------------------------

    List<ReplyView> replies(long caseId) {
        return jdbc.sql(
                        """
                        select id, type, unit_id, text, result_class, published, actor_id, at
                        from handling.reply where congress_id = ? and case_id = ? order by at, id""")
                .param(TenantContext.orNone())
                .param(caseId)
                .query((rs, n) -> new ReplyView(
                        rs.getLong(1),
                        ReplyType.valueOf(rs.getString(2)),
                        (Long) rs.getObject(3),
                        rs.getString(4),
                        enumOrNull(ResultClass.class, rs.getString(5)),
                        rs.getBoolean(6),
                        rs.getLong(7),
                        rs.getObject(8, OffsetDateTime.class)))
                .list();
    }

    List<EvaluationView> evaluations(long caseId) {
        return jdbc.sql(
                        "select id, evaluation, comment, evaluator_id, at from handling.evaluation where congress_id = ? and case_id = ? order by at, id")
                .param(TenantContext.orNone())
                .param(caseId)
                .query((rs, n) -> new EvaluationView(
                        rs.getLong(1),
                        Evaluation.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    void decideExtension(long id, ExtensionStatus status, long decidedBy, LocalDate oldDue, LocalDate newDue) {
        jdbc.sql(
                        """
                        update handling.extension set status = ?, decided_by = ?, decided_at = now(), old_due = ?, new_due = ?
                        where congress_id = ? and id = ?""")
                .params(status.name(), decidedBy, oldDue, newDue, TenantContext.orNone(), id)
                .update();
    }

    /** Extension rows of a case: id, clock id, clock name, length, reason, status … */
    List<ExtensionRow> extensions(long caseId) {
        return jdbc.sql(
                        """
                        select x.id, x.clock_id, k.name, x.amount, x.unit, x.reason, x.status, x.requested_by,
                               x.requested_at, x.decided_by, x.old_due, x.new_due
                        from handling.extension x join handling.clock k on k.congress_id = x.congress_id and k.id = x.clock_id
                        where x.congress_id = ? and x.case_id = ? order by x.id""")
                .param(TenantContext.orNone())
                .param(caseId)
                .query((rs, n) -> new ExtensionRow(
                        rs.getLong(2),
                        new ExtensionView(
                                rs.getLong(1),
                                ClockName.valueOf(rs.getString(3)),
                                new Length(rs.getInt(4), LengthUnit.valueOf(rs.getString(5))),
                                rs.getString(6),
                                ExtensionStatus.valueOf(rs.getString(7)),
                                rs.getLong(8),
                                rs.getObject(9, OffsetDateTime.class),
                                (Long) rs.getObject(10),
                                rs.getObject(11, LocalDate.class),
                                rs.getObject(12, LocalDate.class))))
                .list();
    }

    /** An extension with the id of its clock. */
    record ExtensionRow(long clockId, ExtensionView view) {}

    // ---- attachments -------------------------------------------------------------------------

    long insertAttachment(long caseId, String filename, String contentType, byte[] data, String sha256, long by) {
        return jdbc.sql(
                        """
                        insert into handling.attachment (case_id, filename, content_type, size, sha256, data, uploaded_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(caseId, filename, contentType, (long) data.length, sha256, data, by)
                .query(Long.class)
                .single();
    }

    private static final RowMapper<AttachmentView> ATTACHMENT = (rs, n) -> new AttachmentView(
            rs.getLong("id"),
            rs.getString("filename"),
            rs.getString("content_type"),
            rs.getLong("size"),
            rs.getString("sha256"),
            rs.getLong("uploaded_by"),
            rs.getObject("uploaded_at", OffsetDateTime.class));

    List<AttachmentView> attachments(long caseId) {
        return jdbc.sql(
                        """
                        select id, filename, content_type, size, sha256, uploaded_by, uploaded_at
                        from handling.attachment where congress_id = ? and case_id = ? order by id""")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(ATTACHMENT)
                .list();
    }

    Optional<AttachmentContent> attachment(long caseId, long id) {
        return jdbc.sql(
                        """
                        select id, filename, content_type, size, sha256, uploaded_by, uploaded_at, data
                        from handling.attachment where congress_id = ? and case_id = ? and id = ?""")
                .param(TenantContext.orNone())
                .params(caseId, id)
                .query((rs, n) -> new AttachmentContent(ATTACHMENT.mapRow(rs, n), rs.getBytes("data")))
                .optional();
    }

    // ---- timeline ----------------------------------------------------------------------------

    /**
     * Appends an event: the database links it to the chain head kept on the case row (seq and hash of the
     * last event) and advances the head in the same statement; no row of handling.event is read.
     */
    void appendEvent(
            long caseId,
            Long actorId,
            String actorName,
            String action,
            String from,
            String to,
            Map<String, Object> payload) {
        int seq = jdbc.sql("select seq from handling.append_event(?, ?, ?, ?, ?, ?, ?::jsonb)")
                .params(caseId, actorId, actorName, action, from, to, toJson(payload))
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (seq == 0) {
            throw new IllegalStateException("no case " + caseId + " in the bound congress to append to");
        }
    }

    List<EventView> events(long caseId, int limit, long offset) {
        return jdbc.sql(
                        """
                        select id, seq, at, actor_id, actor_name, action, from_state, to_state, payload::text, prev_hash, hash
                        from handling.event where congress_id = ? and case_id = ? order by seq limit ? offset ?""")
                .param(TenantContext.orNone())
                .params(caseId, limit, offset)
                .query((rs, n) -> new EventView(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class),
                        (Long) rs.getObject(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8),
                        fromJson(rs.getString(9)),
                        rs.getString(10),
                        rs.getString(11)))
                .list();
    }

    long countEvents(long caseId) {
        return jdbc.sql("select count(*) from handling.event where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(Long.class)
                .single();
    }

    /** One link of the chain as stored, with the hash recomputed from the stored content. */
    record ChainLink(int seq, String prevHash, String hash, String recomputed) {}

    List<ChainLink> chain(long caseId) {
        return jdbc.sql(
                        """
                        select seq, prev_hash, hash,
                               handling.event_digest(prev_hash, case_id, seq, at, actor_id, action, from_state, to_state, payload)
                        from handling.event where congress_id = ? and case_id = ? order by seq""")
                .param(TenantContext.orNone())
                .param(caseId)
                .query((rs, n) -> new ChainLink(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    // ---- deadline policies -------------------------------------------------------------------

    Optional<ClockPolicy> policy(String kind, ClockName clock) {
        return jdbc.sql(
                        "select amount, unit, reminder_leads from handling.deadline_policy where congress_id = ? and kind = ? and clock = ?")
                .param(TenantContext.orNone())
                .params(kind, clock.name())
                .query((rs, n) -> new ClockPolicy(
                        clock,
                        new Length(rs.getInt(1), LengthUnit.valueOf(rs.getString(2))),
                        Leads.parse(rs.getString(3))))
                .optional();
    }

    /** The congress's policies of a kind, by clock (one statement; clocks without a row take the defaults). */
    Map<ClockName, ClockPolicy> policies(String kind) {
        Map<ClockName, ClockPolicy> out = new java.util.EnumMap<>(ClockName.class);
        jdbc.sql(
                        "select clock, amount, unit, reminder_leads from handling.deadline_policy where congress_id = ? and kind = ?")
                .param(TenantContext.orNone())
                .param(kind)
                .query((rs, n) -> new ClockPolicy(
                        ClockName.valueOf(rs.getString(1)),
                        new Length(rs.getInt(2), LengthUnit.valueOf(rs.getString(3))),
                        Leads.parse(rs.getString(4))))
                .list()
                .forEach(p -> out.put(p.clock(), p));
        return out;
    }

    void savePolicy(String kind, ClockPolicy p) {
        jdbc.sql(
                        """
                        insert into handling.deadline_policy (kind, clock, amount, unit, reminder_leads) values (?, ?, ?, ?, ?)
                        on conflict (congress_id, kind, clock) do update
                        set amount = excluded.amount, unit = excluded.unit, reminder_leads = excluded.reminder_leads,
                            updated_at = excluded.updated_at""")
                .params(
                        kind,
                        p.clock().name(),
                        p.length().amount(),
                        p.length().unit().name(),
                        Leads.format(p.reminderLeads()))
                .update();
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
