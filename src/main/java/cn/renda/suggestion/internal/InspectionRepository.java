package cn.renda.suggestion.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.suggestion.InspectionView;
import cn.renda.suggestion.NewInspection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the half-year inspection records (suggestion.inspection, suggestion.inspection_suggestion). */
@Repository
class InspectionRepository {

    private static final Map<String, String> SORTS =
            Map.of("inspectedOn", "i.inspected_on", "createdAt", "i.created_at");

    private static final String COLUMNS =
            "i.id, i.inspected_on, i.leader, i.participants, i.places, i.findings, i.requirements, i.created_at";

    private final JdbcClient jdbc;

    InspectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewInspection i, long actor) {
        long id = jdbc.sql(
                        """
                        insert into suggestion.inspection (inspected_on, leader, participants, places, findings, requirements, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(
                        i.inspectedOn(),
                        i.leader().trim(),
                        i.participants() == null ? "" : i.participants().trim(),
                        i.places().trim(),
                        i.findings().trim(),
                        i.requirements().trim(),
                        actor)
                .query(Long.class)
                .single();
        for (Long s : i.suggestionIds()) {
            jdbc.sql("insert into suggestion.inspection_suggestion (inspection_id, submission_id) values (?, ?)")
                    .params(id, s)
                    .update();
        }
        return id;
    }

    List<InspectionView> page(PageRequest page) {
        List<InspectionView> rows = jdbc.sql(
                        "select " + COLUMNS + " from suggestion.inspection i where i.congress_id = ?" + " order by "
                                + page.orderBy(SORTS, "i.inspected_on desc") + ", i.id desc limit ? offset ?")
                .params(TenantContext.orNone(), page.size(), page.offset())
                .query(InspectionRepository::row)
                .list();
        return withLinks(rows);
    }

    long count() {
        return jdbc.sql("select count(*) from suggestion.inspection where congress_id = ?")
                .param(TenantContext.orNone())
                .query(Long.class)
                .single();
    }

    Optional<InspectionView> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from suggestion.inspection i where i.congress_id = ? and i.id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .query(InspectionRepository::row)
                .optional()
                .map(v -> withLinks(List.of(v)).get(0));
    }

    /** Inspections that concerned a suggestion, newest first (at most 50). */
    List<InspectionView> ofSuggestion(long submissionId) {
        List<InspectionView> rows = jdbc.sql(
                        "select " + COLUMNS
                                + " from suggestion.inspection i join suggestion.inspection_suggestion s on s.congress_id = i.congress_id and s.inspection_id = i.id"
                                + " where i.congress_id = ? and s.submission_id = ? order by i.inspected_on desc, i.id desc limit 50")
                .param(TenantContext.orNone())
                .param(submissionId)
                .query(InspectionRepository::row)
                .list();
        return withLinks(rows);
    }

    /** The linked suggestions of the inspections on a page (one query). */
    private List<InspectionView> withLinks(List<InspectionView> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<InspectionView.Linked>> links = new HashMap<>();
        jdbc.sql(
                        """
                        select l.inspection_id, s.id, s.case_number, s.title
                        from suggestion.inspection_suggestion l join suggestion.submission s on s.congress_id = l.congress_id and s.id = l.submission_id
                        where l.congress_id = ? and l.inspection_id = any(?) order by s.case_number, s.id""")
                .param(TenantContext.orNone())
                .param(rows.stream().map(InspectionView::id).toArray(Long[]::new))
                .query((rs, n) -> Map.entry(
                        rs.getLong(1), new InspectionView.Linked(rs.getLong(2), rs.getString(3), rs.getString(4))))
                .list()
                .forEach(e -> links.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        List<InspectionView> out = new ArrayList<>();
        for (InspectionView v : rows) {
            out.add(new InspectionView(
                    v.id(),
                    v.inspectedOn(),
                    v.leader(),
                    v.participants(),
                    v.places(),
                    v.findings(),
                    v.requirements(),
                    links.getOrDefault(v.id(), List.of()),
                    v.createdAt()));
        }
        return out;
    }

    private static InspectionView row(ResultSet rs, int n) throws SQLException {
        return new InspectionView(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                List.of(),
                rs.getObject(8, OffsetDateTime.class));
    }
}
