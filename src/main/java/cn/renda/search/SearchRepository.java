package cn.renda.search;

import cn.renda.core.InsertValues;
import cn.renda.core.TenantContext;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
            long total) {}

    /** Collection statistics of BM25 for a set of terms: document count, average length, df per term. */
    record Stats(double n, double avgdl, Map<String, Integer> df) {
        int df(String term) {
            return df.getOrDefault(term, 0);
        }

        /** BM25 inverse document frequency (the Lucene/Robertson form, never negative). */
        double idf(String term) {
            double d = df(term);
            return Math.log(1 + (n - d + 0.5) / (d + 0.5));
        }
    }

    /*
     * Postings of the chosen terms are read from the covering index term_postings (no heap visits), scored
     * with the documents' lengths and the IDFs computed by the caller from search.term_stats, cut to the
     * page, and only the page's documents are read in full: the cost is the number of postings of the
     * query terms, which the callers keep small by leaving out stop-like terms. Scores are rounded before
     * ranking: equal documents sum their terms in plan-dependent order, and the last bits of a float sum must
     * not decide which of two equal documents comes first (the case id does).
     */
    private static final String RANKED =
            """
            with q as (select * from unnest(?::text[], ?::int[], ?::float8[]) as q(term, qtf, idf)),
                 p as (
                   select q.term, q.qtf, q.idf, t.case_id, t.tf
                     from q
                     join search.term t on t.congress_id = ? and t.term = q.term
                   union all
                   select q.term, q.qtf, q.idf, pd.case_id, u.tf
                     from search.pending_document pd
                     cross join lateral unnest(pd.terms, pd.tfs) as u(term, tf)
                     join q on q.term = u.term
                    where pd.congress_id = ?),
                 scored as (
                   select d.case_id,
                          round(sum(p.idf * p.qtf * (p.tf * 2.2) / (p.tf + 1.2 * (0.25 + 0.75 * d.length / ?::float8)))::numeric, 9)::float8 as score,
                          count(*) over () as total
                     from p
                     join search.document d on d.congress_id = ? and d.case_id = p.case_id
                    where (?::text is null or d.kind = ?)
                      and (?::int is null or d.year = ?)
                      and (?::bigint is null or ? = any(d.unit_ids))
                      and (?::bigint is null or d.case_id <> ?)
                    group by d.case_id
                    order by score desc, d.case_id desc
                    limit ? offset ?)
            select d.case_id, d.kind, d.year, d.number, d.title, d.content, d.unit_ids, d.unit_roles, sc.score, sc.total
              from scored sc
              join search.document d on d.congress_id = ? and d.case_id = sc.case_id
             order by sc.score desc, sc.case_id desc
            """;

    private final JdbcClient jdbc;
    private final java.util.function.LongConsumer changed;

    SearchRepository(JdbcClient jdbc, TermStatsFolder folder) {
        this.jdbc = jdbc;
        this.changed = folder::changed;
    }

    /*
     * A new document is two statements: the document row and its terms (search.pending_document), which TermStatsFolder
     * turns into postings and document frequencies in the background, so creating a case writes no term row and no df
     * row (issue #11: instead of ≈ 27 postings and ≈ 27 df changes in two multi-row inserts). A re-index of an
     * existing document (rare: an edit of an indexed case) replaces its postings at once and drops the pending row.
     */
    void upsert(IndexEntry e, Map<String, Integer> tf, int length) {
        Long[] unitIds = e.units().stream().map(IndexedUnit::unitId).toArray(Long[]::new);
        String[] roles = e.units().stream().map(IndexedUnit::role).toArray(String[]::new);
        // xmax is 0 on a row this statement inserted, the updating transaction's id on one it updated
        Boolean inserted = jdbc.sql(
                        """
                        insert into search.document (case_id, kind, year, number, title, content, unit_ids, unit_roles, length)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (congress_id, case_id) do update set kind = excluded.kind, year = excluded.year,
                          number = excluded.number, title = excluded.title, content = excluded.content,
                          unit_ids = excluded.unit_ids, unit_roles = excluded.unit_roles, length = excluded.length,
                          indexed_at = excluded.indexed_at
                        returning (xmax = 0) as inserted""")
                .params(e.caseId(), e.kind(), e.year(), e.number() == null ? "" : e.number(), e.title(), e.content())
                .param(unitIds)
                .param(roles)
                .param(length)
                .query(Boolean.class)
                .single();
        if (Boolean.TRUE.equals(inserted)) {
            // a statement of its own: one writable CTE with both inserts would hand the flag out through a
            // sub-select in RETURNING, which Citus refuses (README "Running on Citus")
            jdbc.sql(
                            """
                            insert into search.pending_document (case_id, terms, tfs) values (?, ?, ?)
                            on conflict (congress_id, case_id) do update set terms = excluded.terms, tfs = excluded.tfs""")
                    .param(e.caseId())
                    .param(tf.keySet().toArray(String[]::new))
                    .param(tf.values().toArray(Integer[]::new))
                    .update();
            changed.accept(TenantContext.require());
            return;
        }
        // An existing document: written at once. Its pending row goes (a fold in progress of it finishes first, and
        // its postings are then seen by the delete below); its folded postings go, the new ones are written, the df
        // changes logged.
        jdbc.sql("delete from search.pending_document where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(e.caseId())
                .update();
        Map<String, Integer> delta = new TreeMap<>();
        for (String old : deleteTerms(e.caseId())) {
            delta.merge(old, -1, Integer::sum);
        }
        if (!tf.isEmpty()) {
            InsertValues.insert(
                    jdbc, "insert into search.term (case_id, term, tf)", "", List.copyOf(tf.entrySet()), t ->
                            new Object[] {e.caseId(), t.getKey(), t.getValue()});
            for (String t : tf.keySet()) {
                delta.merge(t, 1, Integer::sum);
            }
        }
        adjustDf(delta);
    }

    private List<String> deleteTerms(long caseId) {
        return jdbc.sql("delete from search.term where congress_id = ? and case_id = ? returning term")
                .param(TenantContext.orNone())
                .param(caseId)
                .query(String.class)
                .list();
    }

    /*
     * Insert-only: one row per changed term in search.term_df_delta, never an update of the shared term_stats row
     * (which every creation of a congress used to lock until its commit). A re-index of an unchanged text writes
     * nothing. TermStatsFolder folds the rows into term_stats in the background.
     */
    private void adjustDf(Map<String, Integer> delta) {
        delta.values().removeIf(d -> d == 0);
        if (delta.isEmpty()) {
            return;
        }
        InsertValues.insert(
                jdbc, "insert into search.term_df_delta (term, delta)", "", List.copyOf(delta.entrySet()), t ->
                        new Object[] {t.getKey(), t.getValue()});
        changed.accept(TenantContext.require());
    }

    /** Document count, average length and the document frequencies of the given terms in the bound congress. */
    Stats stats(java.util.Collection<String> terms) {
        double[] nl = jdbc.sql(
                        "select count(*)::float8, greatest(coalesce(avg(length), 1), 1)::float8 from search.document where congress_id = ?")
                .param(TenantContext.orNone())
                .query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)})
                .single();
        Map<String, Integer> df = new java.util.HashMap<>();
        if (!terms.isEmpty()) {
            // the folded figure plus the changes and the pending documents not yet folded, read in one snapshot
            String[] wanted = terms.toArray(String[]::new);
            jdbc.sql(
                            """
                            select term, sum(df)::int from (
                              select term, df from search.term_stats where congress_id = ? and term = any(?::text[])
                              union all
                              select term, delta from search.term_df_delta where congress_id = ? and term = any(?::text[])
                              union all
                              select u.term, 1 from search.pending_document pd cross join lateral unnest(pd.terms) as u(term)
                               where pd.congress_id = ? and u.term = any(?::text[])
                            ) s group by term""")
                    .param(TenantContext.orNone())
                    .param(wanted)
                    .param(TenantContext.orNone())
                    .param(wanted)
                    .param(TenantContext.orNone())
                    .param(wanted)
                    .query((ResultSet rs) -> {
                        df.put(rs.getString(1), rs.getInt(2));
                    });
        }
        return new Stats(nl[0], nl[1], df);
    }

    void number(long caseId, Object number, cn.renda.core.WriteBatch batch) {
        batch.add(
                "update search.document set number = ? where congress_id = ? and case_id = ?",
                number,
                TenantContext.orNone(),
                caseId);
    }

    void updateUnits(long caseId, List<IndexedUnit> units, cn.renda.core.WriteBatch batch) {
        batch.add(
                "update search.document set unit_ids = ?, unit_roles = ? where congress_id = ? and case_id = ?",
                units.stream().map(IndexedUnit::unitId).toArray(Long[]::new),
                units.stream().map(IndexedUnit::role).toArray(String[]::new),
                TenantContext.orNone(),
                caseId);
    }

    void updateUnits(long caseId, List<IndexedUnit> units) {
        jdbc.sql("update search.document set unit_ids = ?, unit_roles = ? where congress_id = ? and case_id = ?")
                .param(units.stream().map(IndexedUnit::unitId).toArray(Long[]::new))
                .param(units.stream().map(IndexedUnit::role).toArray(String[]::new))
                .param(TenantContext.orNone())
                .param(caseId)
                .update();
    }

    void delete(long caseId) {
        jdbc.sql("delete from search.document where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .update();
        // The pending row before the postings: it waits for a fold of it in progress, whose postings the next
        // statement then sees and removes (a pending document has none).
        jdbc.sql("delete from search.pending_document where congress_id = ? and case_id = ?")
                .param(TenantContext.orNone())
                .param(caseId)
                .update();
        Map<String, Integer> delta = new TreeMap<>();
        for (String old : deleteTerms(caseId)) {
            delta.merge(old, -1, Integer::sum);
        }
        adjustDf(delta);
    }

    /** Terms of an indexed case with their frequencies. */
    Map<String, Integer> termsOf(long caseId) {
        Map<String, Integer> tf = new java.util.LinkedHashMap<>();
        jdbc.sql(
                        """
                        select term, tf from search.term where congress_id = ? and case_id = ?
                        union all
                        select u.term, u.tf from search.pending_document d
                          cross join lateral unnest(d.terms, d.tfs) as u(term, tf)
                         where d.congress_id = ? and d.case_id = ?
                        order by 1""")
                .param(TenantContext.orNone())
                .param(caseId)
                .param(TenantContext.orNone())
                .param(caseId)
                .query((ResultSet rs) -> {
                    tf.put(rs.getString(1), rs.getInt(2));
                });
        return tf;
    }

    /** BM25 ranking over the given terms (query frequency each) with the statistics {@code s}. */
    List<Ranked> rank(Map<String, Integer> query, Stats s, SearchFilter f, Long excludeCase, int limit, long offset) {
        // the hash aggregate over the postings must not spill to disk
        jdbc.sql("set local work_mem = '32MB'").update();
        String[] terms = query.keySet().toArray(String[]::new);
        Double[] idf = new Double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            idf[i] = s.idf(terms[i]);
        }
        return jdbc.sql(RANKED)
                .param(terms)
                .param(query.values().toArray(Integer[]::new))
                .param(idf)
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .param(s.avgdl())
                .param(TenantContext.orNone())
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
                .param(TenantContext.orNone())
                .query((rs, n) -> new Ranked(
                        rs.getLong("case_id"),
                        rs.getString("kind"),
                        rs.getInt("year"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getString("content"),
                        units(rs.getArray("unit_ids"), rs.getArray("unit_roles")),
                        rs.getDouble("score"),
                        rs.getLong("total")))
                .list();
    }

    long countMatching(Map<String, Integer> query, SearchFilter f) {
        return jdbc.sql(
                        """
                        select count(*) from search.document d
                         where d.congress_id = ? and (exists (select 1 from search.term t where t.congress_id = d.congress_id and t.case_id = d.case_id and t.term = any(?::text[]))
                                or exists (select 1 from search.pending_document pd where pd.congress_id = ? and pd.case_id = d.case_id and pd.terms && ?::text[]))
                           and (?::text is null or d.kind = ?)
                           and (?::int is null or d.year = ?)
                           and (?::bigint is null or ? = any(d.unit_ids))
                        """)
                .param(TenantContext.orNone())
                .param(query.keySet().toArray(String[]::new))
                .param(TenantContext.orNone())
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
