package cn.renda.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the search index: documents, their terms, and BM25 ranking (k1 = 1.2, b = 0.75). */
@Repository
class SearchRepository {

    /** A ranked document before highlighting. */
    record Ranked(
            long caseId,
            String kind,
            int year,
            String number,
            String title,
            String content,
            List<IndexedUnit> units,
            double score,
            long total,
            double selfScore) {}

    /*
     * Postings are read once (covering index term_postings: no heap visits), scored with only the
     * documents' lengths, cut to the page, and only the page's documents are read in full: the cost is
     * the number of postings of the query terms, not the size of the documents they point to.
     */
    private static final String RANKED =
            """
            with q as (select * from unnest(?::text[], ?::int[]) as q(term, qtf)),
                 stats as (select count(*)::float8 as n, greatest(coalesce(avg(length), 1), 1)::float8 as avgdl
                             from search.document),
                 p as materialized (select t.term, t.case_id, t.tf, q.qtf from search.term t join q on q.term = t.term),
                 df as (select p.term, count(*)::float8 as df from p group by p.term),
                 scored as (
                   select d.case_id,
                          sum(ln(1 + (s.n - df.df + 0.5) / (df.df + 0.5)) * p.qtf
                              * (p.tf * 2.2) / (p.tf + 1.2 * (0.25 + 0.75 * d.length / s.avgdl))) as score,
                          count(*) over () as total
                     from p
                     join df on df.term = p.term
                     join search.document d on d.congress_id = core.current_congress() and d.case_id = p.case_id
                     cross join stats s
                    where (?::text is null or d.kind = ?)
                      and (?::int is null or d.year = ?)
                      and (?::bigint is null or ? = any(d.unit_ids))
                      and (?::bigint is null or d.case_id <> ?)
                    group by d.case_id
                    order by score desc, d.case_id desc
                    limit ? offset ?),
                 -- the score the query would get against a document made of itself (the scale of similarity)
                 selfscore as (
                   select coalesce(sum(ln(1 + (s.n + 1 - (coalesce(df.df, 0) + 1) + 0.5) / (coalesce(df.df, 0) + 1 + 0.5))
                                       * q.qtf * (q.qtf * 2.2)
                                       / (q.qtf + 1.2 * (0.25 + 0.75 * (select sum(qtf) from q) / s.avgdl))), 0) as value
                     from q left join df on df.term = q.term cross join stats s)
            select d.case_id, d.kind, d.year, d.number, d.title, d.content, d.unit_ids, d.unit_roles, sc.score, sc.total,
                   selfscore.value as self
              from scored sc
              join search.document d on d.congress_id = core.current_congress() and d.case_id = sc.case_id
              cross join selfscore
             order by sc.score desc, sc.case_id desc
            """;

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void upsert(IndexEntry e, Map<String, Integer> tf, int length) {
        Long[] unitIds = e.units().stream().map(IndexedUnit::unitId).toArray(Long[]::new);
        String[] roles = e.units().stream().map(IndexedUnit::role).toArray(String[]::new);
        jdbc.sql(
                        """
                        insert into search.document (case_id, kind, year, number, title, content, unit_ids, unit_roles, length)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (congress_id, case_id) do update set kind = excluded.kind, year = excluded.year,
                          number = excluded.number, title = excluded.title, content = excluded.content,
                          unit_ids = excluded.unit_ids, unit_roles = excluded.unit_roles, length = excluded.length,
                          indexed_at = now()
                        """)
                .params(e.caseId(), e.kind(), e.year(), e.number() == null ? "" : e.number(), e.title(), e.content())
                .param(unitIds)
                .param(roles)
                .param(length)
                .update();
        jdbc.sql("delete from search.term where case_id = ?").param(e.caseId()).update();
        if (!tf.isEmpty()) {
            jdbc.sql(
                            "insert into search.term (case_id, term, tf) select ?, t, f from unnest(?::text[], ?::int[]) as x(t, f)")
                    .param(e.caseId())
                    .param(tf.keySet().toArray(String[]::new))
                    .param(tf.values().toArray(Integer[]::new))
                    .update();
        }
    }

    void number(long caseId, String number) {
        jdbc.sql("update search.document set number = ? where case_id = ?")
                .params(number, caseId)
                .update();
    }

    void updateUnits(long caseId, List<IndexedUnit> units) {
        jdbc.sql("update search.document set unit_ids = ?, unit_roles = ? where case_id = ?")
                .param(units.stream().map(IndexedUnit::unitId).toArray(Long[]::new))
                .param(units.stream().map(IndexedUnit::role).toArray(String[]::new))
                .param(caseId)
                .update();
    }

    void delete(long caseId) {
        jdbc.sql("delete from search.term where case_id = ?").param(caseId).update();
        jdbc.sql("delete from search.document where case_id = ?").param(caseId).update();
    }

    /** Terms of an indexed case with their frequencies. */
    Map<String, Integer> termsOf(long caseId) {
        Map<String, Integer> tf = new java.util.LinkedHashMap<>();
        jdbc.sql("select term, tf from search.term where case_id = ? order by term")
                .param(caseId)
                .query((ResultSet rs) -> {
                    tf.put(rs.getString(1), rs.getInt(2));
                });
        return tf;
    }

    List<Ranked> rank(Map<String, Integer> query, SearchFilter f, Long excludeCase, int limit, long offset) {
        return jdbc.sql(RANKED)
                .param(query.keySet().toArray(String[]::new))
                .param(query.values().toArray(Integer[]::new))
                .param(f.kind())
                .param(f.kind())
                .param(f.year())
                .param(f.year())
                .param(f.unitId())
                .param(f.unitId())
                .param(excludeCase)
                .param(excludeCase)
                .param(limit)
                .param(offset)
                .query((rs, n) -> new Ranked(
                        rs.getLong("case_id"),
                        rs.getString("kind"),
                        rs.getInt("year"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getString("content"),
                        units(rs.getArray("unit_ids"), rs.getArray("unit_roles")),
                        rs.getDouble("score"),
                        rs.getLong("total"),
                        rs.getDouble("self")))
                .list();
    }

    long countMatching(Map<String, Integer> query, SearchFilter f) {
        return jdbc.sql(
                        """
                        select count(*) from search.document d
                         where exists (select 1 from search.term t where t.case_id = d.case_id and t.term = any(?::text[]))
                           and (?::text is null or d.kind = ?)
                           and (?::int is null or d.year = ?)
                           and (?::bigint is null or ? = any(d.unit_ids))
                        """)
                .param(query.keySet().toArray(String[]::new))
                .param(f.kind())
                .param(f.kind())
                .param(f.year())
                .param(f.year())
                .param(f.unitId())
                .param(f.unitId())
                .query(Long.class)
                .single();
    }

    private static List<IndexedUnit> units(Array ids, Array roles) throws SQLException {
        Long[] i = (Long[]) ids.getArray();
        String[] r = (String[]) roles.getArray();
        List<IndexedUnit> out = new ArrayList<>(i.length);
        for (int k = 0; k < i.length; k++) {
            out.add(new IndexedUnit(i[k], k < r.length ? r[k] : "LEAD"));
        }
        return out;
    }
}
