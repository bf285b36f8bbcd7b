package cn.renda.supervision.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.supervision.EnforcementFacade.EnforcementReport;
import cn.renda.supervision.EnforcementFacade.EnforcementSummary;
import cn.renda.supervision.EnforcementFacade.NewEnforcement;
import cn.renda.supervision.EnforcementFacade.NewQuestionnaire;
import cn.renda.supervision.EnforcementFacade.QuestionnaireView;
import cn.renda.supervision.EnforcementMode;
import cn.renda.supervision.EnforcementStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of law-enforcement inspections and their questionnaires (schema {@code supervision}). */
@Repository
class EnforcementRepository {

    record EnforcementRow(
            long id,
            String law,
            EnforcementMode mode,
            String cityReference,
            String scope,
            Long leaderPersonId,
            List<Long> teamIds,
            LocalDate startsOn,
            Long planItemId,
            Long followUpOf,
            EnforcementReport report,
            Long heardItemId,
            EnforcementStatus status) {}

    private static final Map<String, String> SORTS =
            Map.of("startsOn", "starts_on", "law", "law", "mode", "mode", "status", "status");

    private final JdbcClient jdbc;

    EnforcementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewEnforcement c, String law, String cityReference, String scope) {
        return jdbc.sql(
                        """
                        insert into supervision.enforcement (law, mode, city_reference, scope, leader_person_id, team_ids,
                            starts_on, plan_item_id, follow_up_of)
                        values (?, ?, ?, ?, ?, ?::bigint[], ?, ?, ?) returning id
                        """)
                .params(
                        law,
                        c.mode().name(),
                        cityReference,
                        scope,
                        c.leaderPersonId(),
                        Texts.array(c.teamIds()),
                        c.startsOn(),
                        c.planItemId(),
                        c.followUpOf())
                .query(Long.class)
                .single();
    }

    Optional<EnforcementRow> find(long id) {
        return jdbc.sql(
                        """
                        select id, law, mode, city_reference, scope, leader_person_id, team_ids, starts_on, plan_item_id,
                               follow_up_of, assessment, problems, suggestions, law_amendments, reported_on, heard_item_id, status
                        from supervision.enforcement where congress_id = ? and id = ?
                        """)
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> new EnforcementRow(
                        rs.getLong(1),
                        rs.getString(2),
                        EnforcementMode.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, Long.class),
                        Texts.ids(rs.getArray(7)),
                        rs.getObject(8, LocalDate.class),
                        rs.getObject(9, Long.class),
                        rs.getObject(10, Long.class),
                        rs.getString(11) == null
                                ? null
                                : new EnforcementReport(
                                        rs.getString(11),
                                        rs.getString(12),
                                        rs.getString(13),
                                        rs.getString(14),
                                        rs.getObject(15, LocalDate.class)),
                        rs.getObject(16, Long.class),
                        EnforcementStatus.valueOf(rs.getString(17))))
                .optional();
    }

    List<Long> followUps(long id) {
        return jdbc.sql(
                        "select id from supervision.enforcement where congress_id = ? and follow_up_of = ? order by starts_on, id")
                .param(TenantContext.orNone())
                .param(id)
                .query(Long.class)
                .list();
    }

    List<EnforcementSummary> page(EnforcementMode mode, Integer year, PageRequest page) {
        List<Object> params = new ArrayList<>();
        String where = where(mode, year, params);
        params.add(page.size());
        params.add(page.offset());
        return jdbc.sql("select id, law, mode, starts_on, status, follow_up_of is not null from supervision.enforcement"
                        + where + " order by " + page.orderBy(SORTS, "starts_on desc") + ", id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new EnforcementSummary(
                        rs.getLong(1),
                        rs.getString(2),
                        EnforcementMode.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class),
                        EnforcementStatus.valueOf(rs.getString(5)),
                        rs.getBoolean(6)))
                .list();
    }

    long count(EnforcementMode mode, Integer year) {
        List<Object> params = new ArrayList<>();
        String where = where(mode, year, params);
        return jdbc.sql("select count(*) from supervision.enforcement" + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(EnforcementMode mode, Integer year, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("congress_id = ?");
        params.add(TenantContext.orNone());

        if (mode != null) {
            conditions.add("mode = ?");
            params.add(mode.name());
        }
        if (year != null) {
            conditions.add("starts_on >= ? and starts_on < ?");
            params.add(LocalDate.of(year, 1, 1));
            params.add(LocalDate.of(year + 1, 1, 1));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    boolean report(long id, EnforcementReport r) {
        return jdbc.sql(
                                """
                                update supervision.enforcement set assessment = ?, problems = ?, suggestions = ?, law_amendments = ?,
                                    reported_on = ?, status = 'REPORTED'
                                where congress_id = ? and id = ? and status = 'UNDER_WAY'
                                """)
                        .params(
                                r.assessment(),
                                r.problems(),
                                r.suggestions(),
                                r.lawAmendments(),
                                r.reportedOn(),
                                TenantContext.orNone(),
                                id)
                        .update()
                == 1;
    }

    boolean heard(long id, long meetingId, long itemId) {
        return jdbc.sql(
                                "update supervision.enforcement set heard_meeting_id = ?, heard_item_id = ?, status = 'HEARD' where congress_id = ? and id = ? and status = 'REPORTED'")
                        .params(meetingId, itemId, TenantContext.orNone(), id)
                        .update()
                == 1;
    }

    boolean publish(long id) {
        return jdbc.sql(
                                "update supervision.enforcement set status = 'PUBLISHED' where congress_id = ? and id = ? and status = 'HEARD'")
                        .param(TenantContext.orNone())
                        .param(id)
                        .update()
                == 1;
    }

    long insertQuestionnaire(long enforcementId, String title, NewQuestionnaire q, String summary) {
        return jdbc.sql(
                        "insert into supervision.questionnaire (enforcement_id, title, distributed, returned, summary) values (?, ?, ?, ?, ?) returning id")
                .params(enforcementId, title, q.distributed(), q.returned(), summary)
                .query(Long.class)
                .single();
    }

    List<QuestionnaireView> questionnaires(long enforcementId) {
        return jdbc.sql(
                        "select id, title, distributed, returned, summary from supervision.questionnaire where congress_id = ? and enforcement_id = ? order by id")
                .param(TenantContext.orNone())
                .param(enforcementId)
                .query((rs, n) -> new QuestionnaireView(
                        rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)))
                .list();
    }
}
