package cn.renda.suggestion.internal;

import cn.renda.core.TenantContext;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The suggestion module's part of the handling report: the year's registered cases and the (case, unit)
 * pairs whose proposers were contacted, read from its own tables (index of migration 0965); the engine
 * counts the rest over these cases ({@code HandlingFacade.figures / unitTallies}).
 */
@Repository
class ReportQueries {

    /** The contacted (case, unit) pairs, as two parallel arrays. */
    record Contacted(long[] caseIds, long[] unitIds) {}

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cases registered from the year's submissions. */
    long[] yearCases(int year) {
        return jdbc
                .sql(
                        "select s.case_id from suggestion.submission s where s.congress_id = ? and s.case_id is not null and s.year = ?")
                .param(TenantContext.orNone())
                .param(year)
                .query(Long.class)
                .list()
                .stream()
                .mapToLong(Long::longValue)
                .toArray();
    }

    /** The units that contacted the proposers of the year's cases. */
    Contacted contacted(int year) {
        List<long[]> pairs = jdbc.sql(
                        """
                        select distinct ct.case_id, ct.unit_id
                          from suggestion.contact ct
                          join suggestion.submission s on s.congress_id = ct.congress_id and s.case_id = ct.case_id
                         where ct.congress_id = ? and s.year = ?""")
                .param(TenantContext.orNone())
                .param(year)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .list();
        long[] cases = new long[pairs.size()];
        long[] units = new long[pairs.size()];
        for (int i = 0; i < cases.length; i++) {
            cases[i] = pairs.get(i)[0];
            units[i] = pairs.get(i)[1];
        }
        return new Contacted(cases, units);
    }
}
