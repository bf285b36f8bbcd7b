package cn.renda.supervision.inquiry;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of special inquiries (schema {@code supervision}, tables {@code inquiry*}); the bound congress only (RLS). */
@Repository
class InquiryRepository {

    private static final Map<String, String> SORTS =
            Map.of("inquiryDate", "i.inquiry_date", "title", "i.title", "state", "i.state");

    private static final Map<String, String> PROBLEM_SORTS = Map.of(
            "seq",
            "p.seq",
            "category",
            "c.position, p.seq",
            "state",
            "p.state, p.seq",
            "source",
            "p.source_object, p.seq");

    // Two parameters, both the congress: the problems' congress as a value (Citus sends a correlated look-up to
    // every shard otherwise).
    private static final String INQUIRY_COLUMNS =
            """
            i.id, i.title, i.scope, i.lead_committee, i.inquiry_date, i.threshold_percent, i.warning_days, i.state,
            i.handover_on, i.handover_note, i.meeting_id, i.agenda_item_id, i.held_on, i.follow_up_case_id, i.version,
            (select count(*) from supervision.inquiry_problem p where p.congress_id = ? and p.inquiry_id = i.id) as problems,
            (select count(*) from supervision.inquiry_problem p where p.congress_id = ? and p.inquiry_id = i.id and p.state = 'CLOSED_OUT') as closed_out
            """;

    private final JdbcClient jdbc;

    InquiryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewInquiry n, long createdBy) {
        return jdbc.sql(
                        """
                        insert into supervision.inquiry
                          (title, scope, lead_committee, inquiry_date, threshold_percent, warning_days, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        n.title().strip(),
                        blankToNull(n.scope()),
                        blankToNull(n.leadCommittee()),
                        n.inquiryDate(),
                        n.thresholdPercent() == null ? NewInquiry.DEFAULT_THRESHOLD : n.thresholdPercent(),
                        n.warningDays() == null ? NewInquiry.DEFAULT_WARNING_DAYS : n.warningDays(),
                        createdBy)
                .query(Long.class)
                .single();
    }

    List<InquiryView> page(PageRequest page) {
        return jdbc.sql("select " + INQUIRY_COLUMNS + " from supervision.inquiry i where i.congress_id = ? order by "
                        + page.orderBy(SORTS, "i.inquiry_date desc") + ", i.id desc limit ? offset ?")
                .params(
                        TenantContext.orNone(),
                        TenantContext.orNone(),
                        TenantContext.orNone(),
                        page.size(),
                        page.offset())
                .query((rs, n) -> inquiry(rs))
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from supervision.inquiry where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    Optional<InquiryView> find(long id) {
        return jdbc.sql("select " + INQUIRY_COLUMNS
                        + " from supervision.inquiry i where i.congress_id = ? and i.id = ?")
                .params(TenantContext.orNone(), TenantContext.orNone(), TenantContext.orNone())
                .params(id)
                .query((rs, n) -> inquiry(rs))
                .optional();
    }

    /** Locks the inquiry row for a step that numbers problems or moves the phase; false when absent. */
    boolean lock(long id) {
        return jdbc.sql("select id from supervision.inquiry where congress_id = ? and id = ? for update")
                .param(TenantContext.orNone())
                .params(id)
                .query(Long.class)
                .optional()
                .isPresent();
    }

    boolean move(long id, InquiryState from, InquiryState to) {
        return jdbc.sql(
                                "update supervision.inquiry set state = ?, version = version + 1 where congress_id = ? and id = ? and state = ?")
                        .params(to.name(), TenantContext.orNone(), id, from.name())
                        .update()
                == 1;
    }

    void handedOver(long id, LocalDate on, String note) {
        jdbc.sql("update supervision.inquiry set handover_on = ?, handover_note = ? where congress_id = ? and id = ?")
                .params(on, blankToNull(note), TenantContext.orNone(), id)
                .update();
    }

    void linkMeeting(long id, long meetingId, long agendaItemId, LocalDate inquiryDate) {
        jdbc.sql(
                        """
                        update supervision.inquiry set meeting_id = ?, agenda_item_id = ?, inquiry_date = ?,
                          version = version + 1 where congress_id = ? and id = ?
                        """)
                .params(meetingId, agendaItemId, inquiryDate, TenantContext.orNone(), id)
                .update();
    }

    void held(long id, LocalDate on, Long followUpCaseId) {
        jdbc.sql("update supervision.inquiry set held_on = ?, follow_up_case_id = ? where congress_id = ? and id = ?")
                .params(on, followUpCaseId, TenantContext.orNone(), id)
                .update();
    }

    // 查: teams and visits

    long insertTeam(long inquiryId, NewTeam t) {
        return jdbc.sql(
                        "insert into supervision.inquiry_team (inquiry_id, name, leader, members) values (?, ?, ?, ?) returning id")
                .params(inquiryId, t.name().strip(), blankToNull(t.leader()), blankToNull(t.members()))
                .query(Long.class)
                .single();
    }

    boolean teamNameTaken(long inquiryId, String name) {
        return jdbc.sql(
                        "select exists (select 1 from supervision.inquiry_team where congress_id = ? and inquiry_id = ? and name = ?)")
                .param(TenantContext.orNone())
                .params(inquiryId, name.strip())
                .query(Boolean.class)
                .single();
    }

    boolean teamOf(long inquiryId, long teamId) {
        return jdbc.sql(
                        "select exists (select 1 from supervision.inquiry_team where congress_id = ? and inquiry_id = ? and id = ?)")
                .param(TenantContext.orNone())
                .params(inquiryId, teamId)
                .query(Boolean.class)
                .single();
    }

    List<TeamView> teams(long inquiryId) {
        return jdbc.sql(
                        """
                        select t.id, t.name, t.leader, t.members,
                               (select count(*) from supervision.inquiry_visit v where v.congress_id = ? and v.team_id = t.id) as visits
                        from supervision.inquiry_team t where t.congress_id = ? and t.inquiry_id = ? order by t.id
                        """)
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) -> new TeamView(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("leader"),
                        rs.getString("members"),
                        rs.getLong("visits")))
                .list();
    }

    long insertVisit(long inquiryId, NewVisit v) {
        return jdbc.sql(
                        """
                        insert into supervision.inquiry_visit
                          (inquiry_id, team_id, object_kind, object_name, visited_on, people_met, findings)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        inquiryId,
                        v.teamId(),
                        v.objectKind().name(),
                        v.objectName().strip(),
                        v.visitedOn(),
                        blankToNull(v.peopleMet()),
                        blankToNull(v.findings()))
                .query(Long.class)
                .single();
    }

    /** The latest visits (the page shows the most recent {@code limit}). */
    List<VisitView> visits(long inquiryId, int limit) {
        return jdbc.sql(
                        """
                        select v.id, v.team_id, t.name as team_name, v.object_kind, v.object_name, v.visited_on,
                               v.people_met, v.findings
                        from supervision.inquiry_visit v join supervision.inquiry_team t on t.congress_id = v.congress_id and t.id = v.team_id
                        where v.congress_id = ? and v.inquiry_id = ? order by v.visited_on desc, v.id desc limit ?
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId, limit)
                .query((rs, n) -> new VisitView(
                        rs.getLong("id"),
                        rs.getLong("team_id"),
                        rs.getString("team_name"),
                        ObjectKind.valueOf(rs.getString("object_kind")),
                        rs.getString("object_name"),
                        rs.getObject("visited_on", LocalDate.class),
                        rs.getString("people_met"),
                        rs.getString("findings")))
                .list();
    }

    /** Distinct objects visited per kind (the seed: 83 projects, 33 departments, 13 streets). */
    Map<ObjectKind, Long> objectsVisited(long inquiryId) {
        Map<ObjectKind, Long> out = new EnumMap<>(ObjectKind.class);
        for (ObjectKind k : ObjectKind.values()) {
            out.put(k, 0L);
        }
        jdbc.sql(
                        """
                        select object_kind, count(distinct object_name) as n from supervision.inquiry_visit
                        where congress_id = ? and inquiry_id = ? group by object_kind
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query(rs -> {
                    out.put(ObjectKind.valueOf(rs.getString("object_kind")), rs.getLong("n"));
                });
        return out;
    }

    // 研: categories and problems

    List<String> categories(long inquiryId) {
        return jdbc.sql(
                        "select name from supervision.inquiry_category where congress_id = ? and inquiry_id = ? order by position, id")
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query(String.class)
                .list();
    }

    /** The category's id, created at the end of the list when new. */
    long category(long inquiryId, String name) {
        String clean = name.strip();
        return jdbc.sql(
                        "select id from supervision.inquiry_category where congress_id = ? and inquiry_id = ? and name = ?")
                .param(TenantContext.orNone())
                .params(inquiryId, clean)
                .query(Long.class)
                .optional()
                .orElseGet(() -> {
                    // The position is read first: Citus accepts no subquery inside INSERT … VALUES.
                    int position = jdbc.sql("select coalesce(max(position), 0) + 1 from supervision.inquiry_category"
                                    + " where congress_id = ? and inquiry_id = ?")
                            .params(TenantContext.orNone(), inquiryId)
                            .query(Integer.class)
                            .single();
                    return jdbc.sql(
                                    "insert into supervision.inquiry_category (inquiry_id, name, position) values (?, ?, ?) returning id")
                            .params(inquiryId, clean, position)
                            .query(Long.class)
                            .single();
                });
    }

    int nextSeq(long inquiryId) {
        return jdbc.sql(
                        "select coalesce(max(seq), 0) + 1 from supervision.inquiry_problem where congress_id = ? and inquiry_id = ?")
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query(Integer.class)
                .single();
    }

    long insertProblem(long inquiryId, long categoryId, int seq, NewProblem p, List<Long> unitIds) {
        long id = jdbc.sql(
                        """
                        insert into supervision.inquiry_problem
                          (inquiry_id, category_id, seq, source_kind, source_object, description, evidence)
                        values (?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        inquiryId,
                        categoryId,
                        seq,
                        p.sourceKind().name(),
                        p.sourceObject().strip(),
                        p.description().strip(),
                        blankToNull(p.evidence()))
                .query(Long.class)
                .single();
        for (int i = 0; i < unitIds.size(); i++) {
            jdbc.sql("insert into supervision.inquiry_problem_unit (problem_id, unit_id, position) values (?, ?, ?)")
                    .params(id, unitIds.get(i), i)
                    .update();
        }
        return id;
    }

    private static final String PROBLEM_SELECT =
            """
            select p.id, p.seq, p.category_id, c.name as category, p.source_kind, p.source_object, p.description,
                   p.evidence, p.state, p.case_id, p.closed_on,
                   array(select u.unit_id from supervision.inquiry_problem_unit u where u.congress_id = :congress and u.problem_id = p.id
                         order by u.position) as unit_ids
            from supervision.inquiry_problem p join supervision.inquiry_category c on c.congress_id = p.congress_id and c.id = p.category_id
            """;

    /** Raw problem rows; the service adds unit names and the case state. */
    record ProblemRow(
            long id,
            int seq,
            long categoryId,
            String category,
            ObjectKind sourceKind,
            String sourceObject,
            String description,
            String evidence,
            ProblemState state,
            Long caseId,
            LocalDate closedOn,
            List<Long> unitIds) {}

    List<ProblemRow> problems(long inquiryId, ProblemState state, String category, PageRequest page) {
        return jdbc.sql(PROBLEM_SELECT
                        + " where p.congress_id = :congress and p.inquiry_id = :inquiry"
                        + " and (cast(:state as text) is null or p.state = :state)"
                        + " and (cast(:category as text) is null or c.name = :category) order by "
                        + page.orderBy(PROBLEM_SORTS, "p.seq") + " limit :limit offset :offset")
                .param("congress", TenantContext.orNone())
                .param("inquiry", inquiryId)
                .param("state", state == null ? null : state.name())
                .param("category", category)
                .param("limit", page.size())
                .param("offset", page.offset())
                .query((rs, n) -> problem(rs))
                .list();
    }

    long countProblems(long inquiryId, ProblemState state, String category) {
        return jdbc.sql(
                        """
                        select count(*) from supervision.inquiry_problem p
                          join supervision.inquiry_category c on c.congress_id = p.congress_id and c.id = p.category_id
                        where p.congress_id = :congress and p.inquiry_id = :inquiry and (cast(:state as text) is null or p.state = :state)
                          and (cast(:category as text) is null or c.name = :category)
                        """)
                .param("congress", TenantContext.orNone())
                .param("inquiry", inquiryId)
                .param("state", state == null ? null : state.name())
                .param("category", category)
                .query(Long.class)
                .single();
    }

    List<ProblemRow> problemsIn(long inquiryId, ProblemState state) {
        return jdbc.sql(
                        PROBLEM_SELECT
                                + " where p.congress_id = :congress and p.inquiry_id = :inquiry and p.state = :state order by p.seq")
                .param("congress", TenantContext.orNone())
                .param("inquiry", inquiryId)
                .param("state", state.name())
                .query((rs, n) -> problem(rs))
                .list();
    }

    Optional<ProblemRow> problem(long inquiryId, long problemId) {
        return jdbc.sql(PROBLEM_SELECT + " where p.congress_id = :congress and p.inquiry_id = :inquiry and p.id = :id")
                .param("congress", TenantContext.orNone())
                .param("inquiry", inquiryId)
                .param("id", problemId)
                .query((rs, n) -> problem(rs))
                .optional();
    }

    void handedOver(long problemId, long caseId) {
        jdbc.sql(
                        "update supervision.inquiry_problem set state = 'HANDED_OVER', case_id = ? where congress_id = ? and id = ? and state = 'LISTED'")
                .params(caseId, TenantContext.orNone(), problemId)
                .update();
    }

    boolean closeOut(long problemId, LocalDate on) {
        return jdbc.sql(
                                "update supervision.inquiry_problem set state = 'CLOSED_OUT', closed_on = ? where congress_id = ? and id = ? and state = 'HANDED_OVER'")
                        .params(on, TenantContext.orNone(), problemId)
                        .update()
                == 1;
    }

    // 督: closure rates, counted by the database

    long[] closure(long inquiryId) {
        return jdbc.sql(
                        """
                        select count(*) as total, count(*) filter (where state = 'CLOSED_OUT') as closed
                        from supervision.inquiry_problem where congress_id = ? and inquiry_id = ?
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) -> new long[] {rs.getLong("total"), rs.getLong("closed")})
                .single();
    }

    List<ClosureRate> closureByCategory(long inquiryId, int threshold) {
        return jdbc.sql(
                        """
                        select c.name, count(p.id) as total, count(p.id) filter (where p.state = 'CLOSED_OUT') as closed
                        from supervision.inquiry_category c
                          left join supervision.inquiry_problem p on p.congress_id = c.congress_id and p.category_id = c.id
                        where c.congress_id = ? and c.inquiry_id = ? group by c.id, c.name, c.position order by c.position, c.id
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) ->
                        ClosureRate.of(rs.getString("name"), rs.getLong("total"), rs.getLong("closed"), threshold))
                .list();
    }

    /** Per responsible unit (every unit of a problem counts it), the least closed first; labels are unit ids. */
    List<ClosureRate> closureByUnit(long inquiryId, int threshold, LongFunction<String> unitName) {
        return jdbc.sql(
                        """
                        select u.unit_id, count(*) as total, count(*) filter (where p.state = 'CLOSED_OUT') as closed
                        from supervision.inquiry_problem p
                          join supervision.inquiry_problem_unit u on u.congress_id = p.congress_id and u.problem_id = p.id
                        where p.congress_id = ? and p.inquiry_id = ? group by u.unit_id
                        order by count(*) filter (where p.state = 'CLOSED_OUT')::numeric / count(*), count(*) desc, u.unit_id
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) -> ClosureRate.of(
                        unitName.apply(rs.getLong("unit_id")), rs.getLong("total"), rs.getLong("closed"), threshold))
                .list();
    }

    // 问: questions and evaluations

    /** Turns every open (handed over, not closed out) problem without a question into one; returns how many. */
    int questionsFromOpenProblems(long inquiryId) {
        List<Object[]> open = jdbc.sql(
                        """
                        select p.id, p.description from supervision.inquiry_problem p
                        where p.congress_id = ? and p.inquiry_id = ? and p.state = 'HANDED_OVER'
                          and not exists (select 1 from supervision.inquiry_question q where q.congress_id = p.congress_id and q.problem_id = p.id)
                        order by p.seq
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .list();
        int position = nextQuestion(inquiryId);
        for (Object[] p : open) {
            jdbc.sql(
                            "insert into supervision.inquiry_question (inquiry_id, problem_id, position, question) values (?, ?, ?, ?)")
                    .params(inquiryId, p[0], position++, p[1])
                    .update();
        }
        return open.size();
    }

    long insertQuestion(long inquiryId, String question) {
        return jdbc.sql(
                        "insert into supervision.inquiry_question (inquiry_id, position, question) values (?, ?, ?) returning id")
                .params(inquiryId, nextQuestion(inquiryId), question.strip())
                .query(Long.class)
                .single();
    }

    private int nextQuestion(long inquiryId) {
        return jdbc.sql(
                        "select coalesce(max(position), 0) + 1 from supervision.inquiry_question where congress_id = ? and inquiry_id = ?")
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query(Integer.class)
                .single();
    }

    boolean recordQuestion(long inquiryId, long questionId, QuestionRecord r, Long answerUnitId) {
        return jdbc.sql(
                                """
                                update supervision.inquiry_question set asker_kind = ?, asker_name = ?, answer_unit_id = ?,
                                  answerer_name = ?, answer = ?, evaluation = ? where congress_id = ? and inquiry_id = ? and id = ?
                                """)
                        .params(
                                r.askerKind().name(),
                                blankToNull(r.askerName()),
                                answerUnitId,
                                blankToNull(r.answererName()),
                                blankToNull(r.answer()),
                                r.evaluation() == null ? null : r.evaluation().name(),
                                TenantContext.orNone(),
                                inquiryId,
                                questionId)
                        .update()
                == 1;
    }

    List<QuestionView> questions(long inquiryId, LongFunction<String> unitName) {
        return jdbc.sql(
                        """
                        select q.id, q.position, q.problem_id, p.seq, q.question, q.asker_kind, q.asker_name,
                               q.answer_unit_id, q.answerer_name, q.answer, q.evaluation
                        from supervision.inquiry_question q left join supervision.inquiry_problem p on p.congress_id = q.congress_id and p.id = q.problem_id
                        where q.congress_id = ? and q.inquiry_id = ? order by q.position
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) -> {
                    Long unit = rs.getObject("answer_unit_id", Long.class);
                    String asker = rs.getString("asker_kind");
                    String evaluation = rs.getString("evaluation");
                    return new QuestionView(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getObject("problem_id", Long.class),
                            rs.getObject("seq", Integer.class),
                            rs.getString("question"),
                            asker == null ? null : AskerKind.valueOf(asker),
                            rs.getString("asker_name"),
                            unit,
                            unit == null ? null : unitName.apply(unit),
                            rs.getString("answerer_name"),
                            rs.getString("answer"),
                            evaluation == null ? null : AnswerEvaluation.valueOf(evaluation));
                })
                .list();
    }

    List<UnitEvaluation> evaluations(long inquiryId, LongFunction<String> unitName) {
        return jdbc.sql(
                        """
                        select answer_unit_id,
                               count(*) filter (where evaluation = 'SATISFIED') as s,
                               count(*) filter (where evaluation = 'BASICALLY_SATISFIED') as b,
                               count(*) filter (where evaluation = 'UNSATISFIED') as u
                        from supervision.inquiry_question
                        where congress_id = ? and inquiry_id = ? and answer_unit_id is not null and evaluation is not null
                        group by answer_unit_id order by answer_unit_id
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query((rs, n) -> new UnitEvaluation(
                        rs.getLong("answer_unit_id"),
                        unitName.apply(rs.getLong("answer_unit_id")),
                        rs.getLong("s"),
                        rs.getLong("b"),
                        rs.getLong("u")))
                .list();
    }

    List<Long> answeringUnits(long inquiryId) {
        return jdbc.sql(
                        """
                        select answer_unit_id from supervision.inquiry_question
                        where congress_id = ? and inquiry_id = ? and answer_unit_id is not null
                        group by answer_unit_id order by min(position)
                        """)
                .param(TenantContext.orNone())
                .params(inquiryId)
                .query(Long.class)
                .list();
    }

    private static InquiryView inquiry(ResultSet rs) throws SQLException {
        return new InquiryView(
                rs.getLong("id"),
                rs.getString("title"),
                rs.getString("scope"),
                rs.getString("lead_committee"),
                rs.getObject("inquiry_date", LocalDate.class),
                rs.getInt("threshold_percent"),
                rs.getInt("warning_days"),
                InquiryState.valueOf(rs.getString("state")),
                rs.getObject("handover_on", LocalDate.class),
                rs.getString("handover_note"),
                rs.getObject("meeting_id", Long.class),
                rs.getObject("agenda_item_id", Long.class),
                rs.getObject("held_on", LocalDate.class),
                rs.getObject("follow_up_case_id", Long.class),
                rs.getLong("problems"),
                rs.getLong("closed_out"),
                rs.getInt("version"));
    }

    private static ProblemRow problem(ResultSet rs) throws SQLException {
        Array units = rs.getArray("unit_ids");
        List<Long> unitIds = new ArrayList<>();
        if (units != null) {
            Arrays.stream((Object[]) units.getArray()).forEach(o -> unitIds.add(((Number) o).longValue()));
        }
        Date closed = rs.getDate("closed_on");
        return new ProblemRow(
                rs.getLong("id"),
                rs.getInt("seq"),
                rs.getLong("category_id"),
                rs.getString("category"),
                ObjectKind.valueOf(rs.getString("source_kind")),
                rs.getString("source_object"),
                rs.getString("description"),
                rs.getString("evidence"),
                ProblemState.valueOf(rs.getString("state")),
                rs.getObject("case_id", Long.class),
                closed == null ? null : closed.toLocalDate(),
                unitIds);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
