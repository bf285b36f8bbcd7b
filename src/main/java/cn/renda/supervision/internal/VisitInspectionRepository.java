package cn.renda.supervision.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.supervision.InspectionFacade.InspectionFilter;
import cn.renda.supervision.InspectionFacade.InspectionSummary;
import cn.renda.supervision.InspectionFacade.InstructionView;
import cn.renda.supervision.InspectionFacade.NewInspection;
import cn.renda.supervision.InspectionFacade.NewResearchReport;
import cn.renda.supervision.InspectionFacade.NewSurvey;
import cn.renda.supervision.InspectionFacade.ResearchReportView;
import cn.renda.supervision.InspectionFacade.SurveyView;
import cn.renda.supervision.InspectionFacade.WorkQuery;
import cn.renda.supervision.InspectionKind;
import cn.renda.supervision.InspectionStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of inspections, research reports with instructions, and surveys (schema {@code supervision}). */
@Repository
class VisitInspectionRepository {

    record InspectionRow(
            long id,
            InspectionKind kind,
            String topic,
            Long leaderPersonId,
            List<Long> teamIds,
            LocalDate startsOn,
            Long planItemId,
            Long heardItemId,
            String report,
            LocalDate reportedOn,
            InspectionStatus status) {}

    private static final Map<String, String> SORTS =
            Map.of("startsOn", "i.starts_on", "topic", "i.topic", "kind", "i.kind", "status", "i.status");

    private final JdbcClient jdbc;

    VisitInspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewInspection c, String topic) {
        return jdbc.sql(
                        """
                        insert into supervision.inspection (kind, topic, leader_person_id, team_ids, starts_on, plan_item_id, heard_item_id)
                        values (?, ?, ?, ?::bigint[], ?, ?, ?) returning id
                        """)
                .params(
                        c.kind().name(),
                        topic,
                        c.leaderPersonId(),
                        Texts.array(c.teamIds()),
                        c.startsOn(),
                        c.planItemId(),
                        c.heardItemId())
                .query(Long.class)
                .single();
    }

    Optional<InspectionRow> find(long id) {
        return jdbc.sql(
                        """
                        select id, kind, topic, leader_person_id, team_ids, starts_on, plan_item_id, heard_item_id, report,
                               reported_on, status
                        from supervision.inspection where congress_id = ? and id = ?
                        """)
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> new InspectionRow(
                        rs.getLong(1),
                        InspectionKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        rs.getObject(4, Long.class),
                        Texts.ids(rs.getArray(5)),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class),
                        rs.getString(9),
                        rs.getObject(10, LocalDate.class),
                        InspectionStatus.valueOf(rs.getString(11))))
                .optional();
    }

    List<InspectionSummary> page(InspectionFilter f, PageRequest page, Map<Long, String> leaders) {
        List<Object> params = new ArrayList<>();
        // the visits' and findings' congress as values (the select list's two ?, first): Citus sends a
        // correlated look-up to every shard otherwise
        params.add(TenantContext.orNone());
        params.add(TenantContext.orNone());
        String where = where(f, params);
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql("select i.id, i.kind, i.topic, i.leader_person_id, i.starts_on, i.status,"
                        + " (select count(*) from supervision.visit v where v.congress_id = ? and v.inspection_id = i.id),"
                        + " (select count(*) from supervision.finding d where d.congress_id = ? and d.inspection_id = i.id)"
                        + " from supervision.inspection i" + where + " order by "
                        + page.orderBy(SORTS, "i.starts_on desc") + ", i.id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new InspectionSummary(
                        rs.getLong(1),
                        InspectionKind.valueOf(rs.getString(2)),
                        rs.getString(3),
                        leaders.get(rs.getObject(4, Long.class)),
                        rs.getObject(5, LocalDate.class),
                        InspectionStatus.valueOf(rs.getString(6)),
                        rs.getInt(7),
                        rs.getInt(8)))
                .list();
    }

    long count(InspectionFilter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return jdbc.sql("select count(*) from supervision.inspection i" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(InspectionFilter f, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("i.congress_id = ?");
        params.add(TenantContext.orNone());
        if (f.kind() != null) {
            conditions.add("i.kind = ?");
            params.add(f.kind().name());
        }
        if (f.status() != null) {
            conditions.add("i.status = ?");
            params.add(f.status().name());
        }
        if (f.year() != null) {
            conditions.add("i.starts_on >= ? and i.starts_on < ?");
            params.add(LocalDate.of(f.year(), 1, 1));
            params.add(LocalDate.of(f.year() + 1, 1, 1));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    boolean report(long id, String report, LocalDate on) {
        return jdbc.sql(
                                "update supervision.inspection set report = ?, reported_on = ?, status = 'REPORTED' where congress_id = ? and id = ? and status = 'UNDER_WAY'")
                        .params(report, on, TenantContext.orNone(), id)
                        .update()
                == 1;
    }

    boolean setStatus(long id, InspectionStatus from, InspectionStatus to) {
        return jdbc.sql("update supervision.inspection set status = ? where congress_id = ? and id = ? and status = ?")
                        .params(to.name(), TenantContext.orNone(), id, from.name())
                        .update()
                == 1;
    }

    // --- research reports and instructions

    long insertReport(NewResearchReport r, String title, String summary) {
        return jdbc.sql(
                        "insert into supervision.research_report (inspection_id, year, issue_no, title, submitted_on, summary) values (?, ?, ?, ?, ?, ?) returning id")
                .params(r.inspectionId(), r.year(), r.issueNo(), title, r.submittedOn(), summary)
                .query(Long.class)
                .single();
    }

    boolean issueTaken(int year, int issueNo) {
        return jdbc.sql(
                        "select exists (select 1 from supervision.research_report where congress_id = ? and year = ? and issue_no = ?)")
                .param(TenantContext.orNone())
                .params(year, issueNo)
                .query(Boolean.class)
                .single();
    }

    boolean reportExists(long id) {
        return jdbc.sql("select exists (select 1 from supervision.research_report where congress_id = ? and id = ?)")
                .param(TenantContext.orNone())
                .param(id)
                .query(Boolean.class)
                .single();
    }

    long insertInstruction(long reportId, String leader, LocalDate on, String content) {
        return jdbc.sql(
                        "insert into supervision.instruction (report_id, leader, instructed_on, content) values (?, ?, ?, ?) returning id")
                .params(reportId, leader, on, content)
                .query(Long.class)
                .single();
    }

    boolean recordAction(long id, String action, LocalDate on) {
        return jdbc.sql(
                                "update supervision.instruction set action_taken = ?, action_on = ? where congress_id = ? and id = ?")
                        .params(action, on, TenantContext.orNone(), id)
                        .update()
                == 1;
    }

    Optional<InstructionView> instruction(long id) {
        return jdbc.sql(
                        "select id, leader, instructed_on, content, action_taken, action_on from supervision.instruction where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(VisitInspectionRepository::instruction)
                .optional();
    }

    private static final Map<String, String> REPORT_SORTS =
            Map.of("issueNo", "r.issue_no", "submittedOn", "r.submitted_on", "title", "r.title");

    /** A year's research reports whose title contains {@code q}, a page in the whitelisted order, with instructions. */
    List<ResearchReportView> reports(WorkQuery q, PageRequest page) {
        List<ResearchReportView> rows = jdbc.sql(
                        "select r.id, r.inspection_id, r.year, r.issue_no, r.title, r.submitted_on, r.summary"
                                + " from supervision.research_report r where r.congress_id = ? and r.year = ?"
                                + " and (? = '' or strpos(lower(r.title), lower(?)) > 0) order by "
                                + page.orderBy(REPORT_SORTS, "r.issue_no") + ", r.id limit ? offset ?")
                .params(TenantContext.orNone(), q.year(), q.text(), q.text(), page.size(), page.offset())
                .query((rs, n) -> new ResearchReportView(
                        rs.getLong(1),
                        rs.getObject(2, Long.class),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<InstructionView>> instructions = new HashMap<>();
        jdbc.sql(
                        """
                        select n.id, n.leader, n.instructed_on, n.content, n.action_taken, n.action_on, n.report_id
                        from supervision.instruction n where n.congress_id = ? and n.report_id = any(?::bigint[])
                        order by n.instructed_on, n.id
                        """)
                .params(
                        TenantContext.orNone(),
                        Texts.array(rows.stream().map(ResearchReportView::id).toList()))
                .query(rs -> {
                    instructions
                            .computeIfAbsent(rs.getLong(7), k -> new ArrayList<>())
                            .add(instruction(rs, 0));
                });
        return rows.stream()
                .map(r -> new ResearchReportView(
                        r.id(),
                        r.inspectionId(),
                        r.year(),
                        r.issueNo(),
                        r.title(),
                        r.submittedOn(),
                        r.summary(),
                        List.copyOf(instructions.getOrDefault(r.id(), List.of()))))
                .toList();
    }

    long countReports(WorkQuery q) {
        return jdbc.sql("select count(*) from supervision.research_report r where r.congress_id = ? and r.year = ?"
                        + " and (? = '' or strpos(lower(r.title), lower(?)) > 0)")
                .params(TenantContext.orNone(), q.year(), q.text(), q.text())
                .query(Long.class)
                .single();
    }

    /** How many of a year's research reports received at least one instruction. */
    long instructedReports(int year) {
        return jdbc.sql(
                        """
                        select count(*) from supervision.research_report r where r.congress_id = ? and r.year = ?
                          and exists (select 1 from supervision.instruction n
                                      where n.congress_id = r.congress_id and n.report_id = r.id)
                        """)
                .params(TenantContext.orNone(), year)
                .query(Long.class)
                .single();
    }

    private static InstructionView instruction(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new InstructionView(
                rs.getLong(1),
                rs.getString(2),
                rs.getObject(3, LocalDate.class),
                rs.getString(4),
                rs.getString(5),
                rs.getObject(6, LocalDate.class));
    }

    // --- surveys

    long insertSurvey(NewSurvey s, String topic, String method) {
        return jdbc.sql(
                        "insert into supervision.survey (topic, method, starts_on, ends_on, respondents) values (?, ?, ?, ?, ?) returning id")
                .params(topic, method, s.startsOn(), s.endsOn(), s.respondents())
                .query(Long.class)
                .single();
    }

    void insertSurveyIssue(long surveyId, String text) {
        jdbc.sql("insert into supervision.survey_issue (survey_id, text) values (?, ?)")
                .params(surveyId, text)
                .update();
    }

    private static final Map<String, String> SURVEY_SORTS =
            Map.of("startsOn", "s.starts_on", "topic", "s.topic", "respondents", "s.respondents");

    private static final String SURVEY_WHERE = " where s.congress_id = ? and s.starts_on >= ? and s.starts_on < ?"
            + " and (? = '' or strpos(lower(s.topic), lower(?)) > 0)";

    /** Surveys begun in a year whose topic contains {@code q}, a page in the whitelisted order, with their issues. */
    List<SurveyView> surveys(WorkQuery q, PageRequest page) {
        List<SurveyView> rows = jdbc.sql("select s.id, s.topic, s.method, s.starts_on, s.ends_on, s.respondents"
                        + " from supervision.survey s" + SURVEY_WHERE + " order by "
                        + page.orderBy(SURVEY_SORTS, "s.starts_on") + ", s.id limit ? offset ?")
                .params(
                        TenantContext.orNone(),
                        LocalDate.of(q.year(), 1, 1),
                        LocalDate.of(q.year() + 1, 1, 1),
                        q.text(),
                        q.text(),
                        page.size(),
                        page.offset())
                .query((rs, n) -> new SurveyView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getInt(6),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<String>> issues = new LinkedHashMap<>();
        jdbc.sql(
                        "select i.survey_id, i.text from supervision.survey_issue i where i.congress_id = ? and i.survey_id = any(?::bigint[]) order by i.id")
                .params(
                        TenantContext.orNone(),
                        Texts.array(rows.stream().map(SurveyView::id).toList()))
                .query(rs -> {
                    issues.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(rs.getString(2));
                });
        return rows.stream()
                .map(v -> new SurveyView(
                        v.id(),
                        v.topic(),
                        v.method(),
                        v.startsOn(),
                        v.endsOn(),
                        v.respondents(),
                        List.copyOf(issues.getOrDefault(v.id(), List.of()))))
                .toList();
    }

    long countSurveys(WorkQuery q) {
        return jdbc.sql("select count(*) from supervision.survey s" + SURVEY_WHERE)
                .params(
                        TenantContext.orNone(),
                        LocalDate.of(q.year(), 1, 1),
                        LocalDate.of(q.year() + 1, 1, 1),
                        q.text(),
                        q.text())
                .query(Long.class)
                .single();
    }
}
