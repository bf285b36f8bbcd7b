package cn.renda.supervision.internal;

import cn.renda.core.TenantContext;
import cn.renda.supervision.FindingOutcome;
import cn.renda.supervision.InspectionFacade.FindingView;
import cn.renda.supervision.InspectionFacade.NewPhoto;
import cn.renda.supervision.InspectionFacade.NewVisit;
import cn.renda.supervision.InspectionFacade.VisitView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL of the field work shared by inspections and law-enforcement inspections: visits with photos and
 * findings. {@code owner} is the column naming the parent ({@code inspection_id} or {@code enforcement_id}).
 */
@Repository
class FieldworkRepository {

    /** The parent of visits and findings. */
    enum Owner {
        INSPECTION("inspection_id"),
        ENFORCEMENT("enforcement_id");

        private final String column;

        Owner(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    FieldworkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insertVisit(Owner owner, long ownerId, NewVisit v, String place, String peopleMet, String findings) {
        return jdbc.sql("insert into supervision.visit (" + owner.column
                        + ", place, visited_on, people_met, findings) values (?, ?, ?, ?, ?) returning id")
                .params(ownerId, place, v.visitedOn(), peopleMet, findings)
                .query(Long.class)
                .single();
    }

    List<VisitView> visits(Owner owner, long ownerId) {
        Map<Long, List<Long>> photos = new HashMap<>();
        jdbc.sql(
                        "select p.id, p.visit_id from supervision.visit_photo p join supervision.visit v on v.congress_id = p.congress_id"
                                + " and v.id = p.visit_id where p.congress_id = ? and v." + owner.column
                                + " = ? order by p.id")
                .param(TenantContext.orNone())
                .param(ownerId)
                .query(rs -> {
                    photos.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>())
                            .add(rs.getLong(1));
                });
        return jdbc.sql(
                        "select id, place, visited_on, people_met, findings from supervision.visit where congress_id = ? and "
                                + owner.column + " = ? order by visited_on, id")
                .param(TenantContext.orNone())
                .param(ownerId)
                .query((rs, n) -> new VisitView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getString(5),
                        List.copyOf(photos.getOrDefault(rs.getLong(1), List.of()))))
                .list();
    }

    boolean visitExists(long visitId) {
        return jdbc.sql("select exists (select 1 from supervision.visit where congress_id = ? and id = ?)")
                .param(TenantContext.orNone())
                .param(visitId)
                .query(Boolean.class)
                .single();
    }

    long insertPhoto(long visitId, NewPhoto photo) {
        return jdbc.sql(
                        "insert into supervision.visit_photo (visit_id, file_name, content_type, content) values (?, ?, ?, ?) returning id")
                .params(visitId, photo.fileName(), photo.contentType(), photo.content())
                .query(Long.class)
                .single();
    }

    Optional<NewPhoto> photo(long id) {
        return jdbc.sql(
                        "select file_name, content_type, content from supervision.visit_photo where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query((rs, n) -> new NewPhoto(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    long insertFinding(
            Owner owner,
            long ownerId,
            String article,
            String text,
            FindingOutcome outcome,
            long caseId,
            String number) {
        return jdbc.sql("insert into supervision.finding (" + owner.column
                        + ", article, text, outcome, case_id, case_number) values (?, ?, ?, ?, ?, ?) returning id")
                .params(ownerId, article, text, outcome.name(), caseId, number)
                .query(Long.class)
                .single();
    }

    Optional<FindingView> finding(long id) {
        return jdbc.sql(
                        "select id, article, text, outcome, case_id, case_number from supervision.finding where congress_id = ? and id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(FieldworkRepository::finding)
                .optional();
    }

    List<FindingView> findings(Owner owner, long ownerId) {
        return jdbc.sql(
                        "select id, article, text, outcome, case_id, case_number from supervision.finding where congress_id = ? and "
                                + owner.column + " = ? order by id")
                .param(TenantContext.orNone())
                .param(ownerId)
                .query(FieldworkRepository::finding)
                .list();
    }

    boolean caseLinked(long caseId) {
        return jdbc.sql("select exists (select 1 from supervision.finding where congress_id = ? and case_id = ?)")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(Boolean.class)
                .single();
    }

    private static FindingView finding(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String outcome = rs.getString(4);
        return new FindingView(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                outcome == null ? null : FindingOutcome.valueOf(outcome),
                rs.getObject(5, Long.class),
                rs.getString(6));
    }
}
