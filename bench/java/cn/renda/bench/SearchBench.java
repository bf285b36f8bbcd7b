package cn.renda.bench;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.search.SearchFacade;
import cn.renda.search.SearchFilter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Search ({@code -Dbench.only=search}, at every scale of a growth run): p50/p99 of full-text queries
 * ({@link SearchFacade#search}, what {@code /api/v1/search?q=} runs: BM25 page of 20 plus the total) and of
 * similar-case detection ({@link SearchFacade#similar}, what {@code /api/v1/suggestions/{id}/similar}
 * runs once it has the suggestion's case id: top 5) inside the tenant of congress {@code bench-001} (the
 * largest, ~5 % of all cases: the search is per congress, there is no province-wide query in the app).
 * Fixed query set: {@link Texts#QUERIES} (50 queries); similar cases of 50 cases spread over the
 * congress. Each set runs twice to warm up, then three times measured, one query at a time.
 */
final class SearchBench implements Benchmark {

    @Override
    public String name() {
        return "search";
    }

    @Override
    public boolean perScale() {
        return true;
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        var app = ctx.app();
        DataSource owner = ctx.ownerDataSource();
        long congress = DataBench.firstCongressId(owner);
        long docs = DataBench.single(owner, "select count(*) from search.document where congress_id = " + congress);
        long terms = DataBench.single(owner, "select count(*) from search.term where congress_id = " + congress);
        ctx.log("congress %d: %,d indexed cases, %,d term rows", congress, docs, terms);
        SearchFacade search = app.getBean(SearchFacade.class);

        List<Long> cases = new ArrayList<>();
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select case_id from search.document where congress_id = " + congress + " order by case_id")) {
            List<Long> all = new ArrayList<>();
            while (rs.next()) {
                all.add(rs.getLong(1));
            }
            for (int i = 0; i < 50; i++) {
                cases.add(all.get((int) ((long) i * all.size() / 50)));
            }
        }

        long[] hits = new long[1];
        LongConsumer query = i -> {
            String q = Texts.QUERIES.get((int) i);
            var page = TenantContext.callAs(
                    congress, () -> search.search(q, SearchFilter.none(), new PageRequest(0, 20, null, false)));
            hits[0] += page.total();
        };
        LongConsumer similar = i -> {
            long caseId = cases.get((int) i);
            var list = TenantContext.callAs(congress, () -> search.similar(caseId, SearchFilter.none(), 5));
            hits[0] += list.size();
        };
        double[] s = measure(ctx, "search", Texts.QUERIES.size(), query);
        ctx.log("  (average total matches per query: %,d)", hits[0] / (5L * Texts.QUERIES.size()));
        ctx.record("search_p50_ms", s[0]);
        ctx.record("search_p99_ms", s[1]);
        double[] m = measure(ctx, "similar", cases.size(), similar);
        ctx.record("similar_p50_ms", m[0]);
        ctx.record("similar_p99_ms", m[1]);
    }

    private static double[] measure(BenchContext ctx, String what, int n, LongConsumer op) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                op.accept(i);
            }
        }
        long[] ns = new long[3 * n];
        int k = 0;
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < n; i++) {
                long t = System.nanoTime();
                op.accept(i);
                ns[k++] = System.nanoTime() - t;
            }
        }
        Arrays.sort(ns);
        double p50 = ms(ns[ns.length / 2]);
        double p99 = ms(ns[(int) Math.ceil(ns.length * 0.99) - 1]);
        ctx.log(
                "%s: %d calls, p50 %.1f ms, p99 %.1f ms, max %.1f ms (load %s)",
                what, ns.length, p50, p99, ms(ns[ns.length - 1]), DataBench.loadAverage());
        return new double[] {p50, p99};
    }

    private static double ms(long nanos) {
        return Math.round(nanos / 100_000.0) / 10.0;
    }
}
