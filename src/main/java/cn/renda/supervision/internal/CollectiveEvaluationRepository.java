package cn.renda.supervision.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.handling.Evaluation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of collective evaluations and their ballots (schema {@code supervision}). */
@Repository
class CollectiveEvaluationRepository {

    record EvaluationRow(
            long id,
            long caseId,
            String caseNumber,
            String caseTitle,
            long meetingId,
            long agendaItemId,
            boolean byBallot,
            int members,
            int satisfied,
            int basically,
            int unsatisfied,
            Evaluation result,
            LocalDate evaluatedOn,
            boolean published) {}

    private static final String SELECT =
            """
            select id, case_id, case_number, case_title, meeting_id, agenda_item_id, by_ballot, members, satisfied,
                   basically, unsatisfied, result, evaluated_on, published
            from supervision.collective_evaluation
            """;

    private final JdbcClient jdbc;

    CollectiveEvaluationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EvaluationRow r) {
        return jdbc.sql(
                        """
                        insert into supervision.collective_evaluation (case_id, case_number, case_title, meeting_id, agenda_item_id,
                            by_ballot, members, satisfied, basically, unsatisfied, result, evaluated_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id
                        """)
                .params(
                        r.caseId(),
                        r.caseNumber(),
                        r.caseTitle(),
                        r.meetingId(),
                        r.agendaItemId(),
                        r.byBallot(),
                        r.members(),
                        r.satisfied(),
                        r.basically(),
                        r.unsatisfied(),
                        r.result().name(),
                        r.evaluatedOn())
                .query(Long.class)
                .single();
    }

    /** Whether the opinion was evaluated at the meeting already. */
    boolean existsAtMeeting(long caseId, long meetingId) {
        return jdbc.sql(
                        "select exists (select 1 from supervision.collective_evaluation where congress_id = ? and case_id = ? and meeting_id = ?)")
                .param(TenantContext.orNone())
                .params(caseId, meetingId)
                .query(Boolean.class)
                .single();
    }

    Optional<EvaluationRow> atAgendaItem(long agendaItemId) {
        return jdbc.sql(SELECT + " where congress_id = ? and agenda_item_id = ? order by id desc limit 1")
                .params(TenantContext.orNone(), agendaItemId)
                .query(CollectiveEvaluationRepository::row)
                .optional();
    }

    void insertBallot(long evaluationId, long personId, Evaluation choice) {
        jdbc.sql("insert into supervision.evaluation_ballot (evaluation_id, person_id, choice) values (?, ?, ?)")
                .params(evaluationId, personId, choice.name())
                .update();
    }

    Optional<EvaluationRow> find(long id) {
        return jdbc.sql(SELECT + " where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(CollectiveEvaluationRepository::row)
                .optional();
    }

    List<EvaluationRow> page(boolean publishedOnly, PageRequest page) {
        return jdbc.sql(SELECT + " where congress_id = ?" + (publishedOnly ? " and published" : "")
                        + " order by evaluated_on desc, id desc limit ? offset ?")
                .params(TenantContext.orNone(), page.size(), page.offset())
                .query(CollectiveEvaluationRepository::row)
                .list();
    }

    long count(boolean publishedOnly) {
        return jdbc.sql("select count(*) from supervision.collective_evaluation where congress_id = ?"
                        + (publishedOnly ? " and published" : ""))
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    boolean publish(long id) {
        return jdbc.sql(
                                "update supervision.collective_evaluation set published = true where congress_id = ? and id = ? and not published")
                        .param(TenantContext.orNone())
                        .param(id)
                        .update()
                == 1;
    }

    private static EvaluationRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new EvaluationRow(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getBoolean(7),
                rs.getInt(8),
                rs.getInt(9),
                rs.getInt(10),
                rs.getInt(11),
                Evaluation.valueOf(rs.getString(12)),
                rs.getObject(13, LocalDate.class),
                rs.getBoolean(14));
    }
}
