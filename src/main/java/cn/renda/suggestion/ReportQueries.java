package cn.renda.suggestion;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The handling report's figures, aggregated in the database over the year's registered cases: the
 * engine's tables are read (never written) by GROUP BY through the congress-led indexes of migrations
 * 0565 and 0965, so a request holds a few dozen numbers, not the year's case views.
 */
@Repository
class ReportQueries {

    /** One answering unit's tallies; {@code s} is laid out as in {@link SuggestionReports}' evaluation. */
    record UnitTally(long unitId, int[] s, int evaluated) {}

    private static final String YEAR_CASES =
            "select s.case_id as id from suggestion.submission s where s.case_id is not null and s.year = ?";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Assigned, replied, replies A–D, evaluated, satisfied, basically satisfied, unsatisfied, key and
     * overdue cases among the year's registered cases.
     */
    int[] caseFigures(int year) {
        return jdbc.sql(
                        """
                        with y as (%s),
                        assigned as (select distinct a.case_id from handling.assignment a join y on y.id = a.case_id),
                        overdue as (
                            select distinct k.case_id from handling.clock k join y on y.id = k.case_id
                             where k.state = 'OVERDUE')
                        select count(ad.case_id),
                               count(c.result_class),
                               count(*) filter (where c.result_class = 'A'),
                               count(*) filter (where c.result_class = 'B'),
                               count(*) filter (where c.result_class = 'C'),
                               count(*) filter (where c.result_class = 'D'),
                               count(c.evaluation),
                               count(*) filter (where c.evaluation = 'SATISFIED'),
                               count(*) filter (where c.evaluation = 'BASICALLY_SATISFIED'),
                               count(*) filter (where c.evaluation = 'UNSATISFIED'),
                               count(*) filter (where c.key_case),
                               count(od.case_id)
                          from y join handling.cases c on c.id = y.id
                          left join assigned ad on ad.case_id = c.id
                          left join overdue od on od.case_id = c.id
                        """
                                .formatted(YEAR_CASES))
                .param(year)
                .query((rs, n) -> {
                    int[] f = new int[12];
                    for (int i = 0; i < f.length; i++) {
                        f[i] = rs.getInt(i + 1);
                    }
                    return f;
                })
                .single();
    }

    /**
     * Per answering unit (lead or separate assignment, not cancelled), in the order the units first
     * appear among the cases: cases, due, on time, contacted, first result A–D, last evaluation
     * satisfied / basically satisfied; and the evaluated cases it answers (any non-CO assignment).
     */
    List<UnitTally> unitTallies(int year) {
        return jdbc.sql(
                        """
                        with y as (%s),
                        reply_clock as (
                            select distinct on (k.case_id) k.case_id, k.state, k.met_late
                              from handling.clock k join y on y.id = k.case_id
                             where k.name = 'REPLY' order by k.case_id, k.id desc),
                        last_evaluation as (
                            select distinct on (e.case_id) e.case_id, e.evaluation
                              from handling.evaluation e join y on y.id = e.case_id
                             order by e.case_id, e.at desc, e.id desc),
                        first_result as (
                            select distinct on (r.case_id, r.unit_id) r.case_id, r.unit_id, r.result_class
                              from handling.reply r join y on y.id = r.case_id
                             where r.type = 'RESULT' and r.unit_id is not null and r.result_class is not null
                             order by r.case_id, r.unit_id, r.at, r.id),
                        contacted as (
                            select distinct ct.case_id, ct.unit_id from suggestion.contact ct join y on y.id = ct.case_id),
                        evaluated as (
                            select a.unit_id, count(distinct a.case_id) as n
                              from handling.assignment a join y on y.id = a.case_id
                              join last_evaluation le on le.case_id = a.case_id
                             where a.role <> 'CO'
                             group by a.unit_id)
                        select a.unit_id,
                               count(*),
                               count(*) filter (where rc.state in ('MET','OVERDUE')),
                               count(*) filter (where rc.state = 'MET' and not rc.met_late),
                               count(ct.case_id),
                               count(*) filter (where fr.result_class = 'A'),
                               count(*) filter (where fr.result_class = 'B'),
                               count(*) filter (where fr.result_class = 'C'),
                               count(*) filter (where fr.result_class = 'D'),
                               count(*) filter (where le.evaluation = 'SATISFIED'),
                               count(*) filter (where le.evaluation = 'BASICALLY_SATISFIED'),
                               coalesce(max(ev.n), 0)
                          from handling.assignment a join y on y.id = a.case_id
                          left join reply_clock rc on rc.case_id = a.case_id
                          left join first_result fr on fr.case_id = a.case_id and fr.unit_id = a.unit_id
                          left join last_evaluation le on le.case_id = a.case_id
                          left join contacted ct on ct.case_id = a.case_id and ct.unit_id = a.unit_id
                          left join evaluated ev on ev.unit_id = a.unit_id
                         where a.role <> 'CO' and a.state <> 'CANCELLED'
                         group by a.unit_id
                         order by min(array[a.case_id, a.id])
                        """
                                .formatted(YEAR_CASES))
                .param(year)
                .query((rs, n) -> {
                    int[] s = new int[10];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = rs.getInt(i + 2);
                    }
                    return new UnitTally(rs.getLong(1), s, rs.getInt(12));
                })
                .list();
    }
}
