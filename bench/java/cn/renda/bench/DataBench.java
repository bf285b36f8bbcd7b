package cn.renda.bench;

import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressLevel;
import cn.renda.search.SearchFacade;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The data generator ({@code -Dbench.only=data}): a province at scale S, loaded with COPY.
 *
 * <p>At scale 1: 100 congresses (provisioned through {@link CongressFacade#provision}, as the demo loader
 * does; codes {@code bench-001} … {@code bench-100}), 50 units, 500 deputies, 5 standing-committee members
 * and 10 streets per congress (5,000 units and 50,000 deputies), 1,000,000 cases (80 % SUGGESTION, 5 %
 * MOTION, 15 % SUPERVISION_OPINION; ~80 % closed, 1 % withdrawn, the rest open at every stage, 5 % key
 * cases), their proposers, submissions and signers, assignments, clocks (running ones due around today,
 * so green, yellow and red are mixed and {@code notified} matches the colour as if yesterday's sweep had
 * run), replies, evaluations, contact records, ~7.5 million timeline events whose SHA-256 chain is
 * computed here exactly as {@code handling.event_digest} does (verified in SQL at the end), and the search
 * index rows (terms from the search module's own analyzer, via {@link SearchFacade#segment}). Smaller
 * scales shrink the number of congresses ({@code max(2, 100·S)}) and cases ({@code 1,000,000·S}).
 *
 * <p>What other benchmarks can rely on: congress {@code bench-001} ({@link #firstCongressId}) is the
 * largest (~5 % of all cases), an ordinary congress with units, deputies and published (PUBLISHED
 * visibility, publish consent) suggestions and supervision opinions; its unit {@link #busiestUnitId} leads
 * ~20 % of its cases. No accounts are generated: benchmarks create their own. A marker row in
 * {@code bench.generated} makes a second run at the same scale skip generation.
 */
final class DataBench implements Benchmark {

    static final String FIRST_CONGRESS_CODE = "bench-001";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final long DAY = 86_400_000_000L;
    private static final long HOUR = 3_600_000_000L;
    private static final String ZERO_HASH = "0".repeat(64);
    private static final String[] RESULT_CLASSES = {"A", "A", "A", "A", "A", "A", "B", "B", "B", "C"};
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "华", "建国", "志强",
        "海燕", "红梅", "文", "斌"
    };
    private static final String[] UNIT_WORDS = {
        "发展和改革局", "教育局", "公安分局", "民政局", "司法局", "财政局", "人力资源和社会保障局", "自然资源和规划分局", "生态环境分局", "住房和城乡建设局",
        "交通运输局", "水务和湖泊局", "农业农村局", "商务局", "文化和旅游局", "卫生健康局", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局",
        "统计局", "医疗保障局", "城市管理执法局", "园林和林业局", "政务服务和大数据管理局", "经济开发区管委会", "供电公司", "自来水公司", "燃气公司", "公交集团"
    };

    @Override
    public String name() {
        return "data";
    }

    // ---- helpers for the other benchmarks -----------------------------------------------------

    /** The id of congress {@code bench-001}: the largest, an ordinary congress for HTTP and search. */
    static long firstCongressId(DataSource owner) throws SQLException {
        return single(owner, "select id from organization.congress where code = '" + FIRST_CONGRESS_CODE + "'");
    }

    /** The unit of the congress with the most (lead and co) assignments. */
    static long busiestUnitId(DataSource owner, long congressId) throws SQLException {
        return single(
                owner,
                "select unit_id from handling.assignment where congress_id = " + congressId
                        + " group by unit_id order by count(*) desc, unit_id limit 1");
    }

    /** Ids of all generated congresses, in order. */
    static List<Long> congressIds(DataSource owner) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "select id from organization.congress where code like 'bench-%' order by code")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** The 1-, 5- and 15-minute load averages (the machine is shared: every figure notes them). */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    static long single(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getLong(1);
        }
    }

    static void exec(DataSource ds, String... sql) throws SQLException {
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    // ---- the run ------------------------------------------------------------------------------

    @Override
    public void run(BenchContext ctx) throws Exception {
        var app = ctx.app(); // migrations
        DataSource owner = ctx.ownerDataSource();
        exec(
                owner,
                "create schema if not exists bench",
                "create table if not exists bench.generated (scale text primary key, seconds float8 not null,"
                        + " counts jsonb not null, finished_at timestamptz not null default now())");
        String label = BenchSuite.scaleLabel(ctx.scale());
        try (Connection c = owner.getConnection();
                var ps = c.prepareStatement("select seconds, counts::text from bench.generated where scale = ?")) {
            ps.setString(1, label);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    ctx.log(
                            "data of scale %s present (generated in %.1f s): %s",
                            label, rs.getDouble(1), rs.getString(2));
                    ctx.record("data_rows", counts(owner));
                    return;
                }
            }
        }
        if (single(owner, "select count(*) from handling.cases") > 0) {
            throw new IllegalStateException(
                    "bench/data/scale-" + label
                            + " holds cases but no bench.generated marker (an interrupted run?): delete the directory and run again");
        }
        // Loading settings: fewer checkpoints while loading (reverted by nothing: harmless for a bench cluster).
        exec(
                owner,
                "alter system set max_wal_size = '8GB'",
                "alter system set checkpoint_timeout = '30min'",
                "alter system set maintenance_work_mem = '512MB'",
                "select pg_reload_conf()");

        long t0 = System.nanoTime();
        List<String> recreate = dropIndexes(ctx, owner, "search.term", "handling.event");
        int congresses = (int) Math.max(2, Math.round(100 * ctx.scale()));
        long totalCases = ctx.scaled(1_000_000, 1000);
        CongressFacade facade = app.getBean(CongressFacade.class);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= congresses; i++) {
            String code = String.format("bench-%03d", i);
            CongressLevel level =
                    i == 1 ? CongressLevel.PROVINCE : i <= 13 ? CongressLevel.CITY : CongressLevel.DISTRICT;
            Long parent = i == 1 ? null : i <= 13 ? ids.get(0) : ids.get(1 + (i % 12));
            String shortName = i == 1 ? "基准省" : level == CongressLevel.CITY ? "基准" + i + "市" : "基准" + i + "区";
            ids.add(facade.provision(code, shortName + "人民代表大会", shortName, level, parent, i == 1 ? 14 : 7));
        }
        ctx.log("provisioned %d congresses (ids %d…%d)", congresses, ids.get(0), ids.get(ids.size() - 1));

        // Texts: variants and their terms (title terms count twice, as SearchFacade.index does).
        SearchFacade search = app.getBean(SearchFacade.class);
        List<Texts.Variant> variants = Texts.variants(4000);
        List<Terms> terms = new ArrayList<>(variants.size());
        for (Texts.Variant v : variants) {
            Map<String, Integer> tf = new LinkedHashMap<>();
            for (String t : search.segment(v.title())) {
                tf.merge(t, 2, Integer::sum);
            }
            for (String t : search.segment(v.content())) {
                tf.merge(t, 1, Integer::sum);
            }
            terms.add(new Terms(
                    tf.keySet().toArray(String[]::new),
                    tf.values().stream().mapToInt(Integer::intValue).toArray(),
                    Math.max(1, tf.values().stream().mapToInt(Integer::intValue).sum())));
        }
        ctx.log("segmented %d text variants (%.1f s)", variants.size(), (System.nanoTime() - t0) / 1e9);

        // Cases per congress: the first weighs 5, every other 1.
        long[] perCongress = new long[congresses];
        long assigned = 0;
        for (int i = 1; i < congresses; i++) {
            perCongress[i] = totalCases / (congresses + 4);
            assigned += perCongress[i];
        }
        perCongress[0] = totalCases - assigned;

        PGSimpleDataSource copyDs = new PGSimpleDataSource();
        copyDs.setURL(((HikariDataSource) owner).getJdbcUrl());
        copyDs.setUser("postgres");
        copyDs.setPassword(((HikariDataSource) owner).getPassword());
        Ids idGen = new Ids(owner);
        // Clock colours and their events depend on the instant of generation; -Dbench.data.now pins it, so that
        // two servers get the same rows (CitusBench)
        Instant now =
                Instant.parse(System.getProperty("bench.data.now", Instant.now().toString()));
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        int threads = Integer.getInteger("bench.data.threads", 2);
        AtomicInteger next = new AtomicInteger();
        AtomicLong casesDone = new AtomicLong();
        Map<String, Long> rowCounts = new ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < threads; w++) {
            futures.add(pool.submit(() -> {
                try (Streams s = new Streams(copyDs)) {
                    for (int i = next.getAndIncrement(); i < congresses; i = next.getAndIncrement()) {
                        new CongressGen(s, idGen, ids.get(i), i, perCongress[i], variants, terms, now, today, casesDone)
                                .run();
                    }
                    s.finish(rowCounts);
                }
                return null;
            }));
        }
        long tGen = System.nanoTime();
        long lastEvents = 0;
        long lastT = tGen;
        while (futures.stream().anyMatch(f -> !f.isDone())) {
            Thread.sleep(250);
            long t = System.nanoTime();
            if (t - lastT >= 10_000_000_000L) {
                long ev = idGen.events.get() - idGen.eventsStart;
                ctx.log(
                        "  %,d / %,d cases, %,d events (%,.0f events/s, %,.0f cases/s overall)",
                        casesDone.get(),
                        totalCases,
                        ev,
                        (ev - lastEvents) / ((t - lastT) / 1e9),
                        casesDone.get() / ((t - tGen) / 1e9));
                lastEvents = ev;
                lastT = t;
            }
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double copySeconds = (System.nanoTime() - tGen) / 1e9;
        long copied = rowCounts.values().stream().mapToLong(Long::longValue).sum();
        ctx.log("copied %,d rows in %.1f s (%,.0f rows/s)", copied, copySeconds, copied / copySeconds);

        long tIdx = System.nanoTime();
        exec(owner, recreate.toArray(String[]::new));
        ctx.log(
                "recreated %d indexes of search.term and handling.event in %.1f s",
                recreate.size(), (System.nanoTime() - tIdx) / 1e9);
        // document frequencies of the search terms (the application keeps them row by row; COPY does not)
        exec(
                owner,
                "insert into search.term_stats (congress_id, term, df)"
                        + " select congress_id, term, count(*) from search.term group by congress_id, term");

        // Identity sequences past the generated ids; number sequences past the generated numbers.
        long tPost = System.nanoTime();
        List<String> post = new ArrayList<>();
        for (String table : Ids.IDENTITY_TABLES) {
            post.add("select setval(pg_get_serial_sequence('" + table + "', 'id'), greatest((select max(id) from "
                    + table + "), 1))");
        }
        post.add(
                """
                insert into handling.number_sequence (congress_id, kind, year, last_value)
                select congress_id, kind, year, max(seq) from handling.cases group by congress_id, kind, year
                on conflict (congress_id, kind, year) do update set last_value = greatest(handling.number_sequence.last_value, excluded.last_value)""");
        // The next due date of each case's active clocks on its row (the engine keeps it; COPY does not).
        post.add(
                """
                update handling.cases c set next_due = k.next_due
                  from (select congress_id, case_id, min(due_date) as next_due from handling.clock
                         where state in ('RUNNING','EXTENDED','OVERDUE','PAUSED') group by congress_id, case_id) k
                 where c.congress_id = k.congress_id and c.id = k.case_id""");
        exec(owner, post.toArray(String[]::new));
        exec(owner, "vacuum analyze");
        ctx.log("sequences, vacuum and analyze: %.1f s", (System.nanoTime() - tPost) / 1e9);

        verifyChains(ctx, owner);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Map<String, Long> counts = counts(owner);
        try (Connection c = owner.getConnection();
                var ps = c.prepareStatement(
                        "insert into bench.generated (scale, seconds, counts) values (?, ?, ?::jsonb)")) {
            ps.setString(1, label);
            ps.setDouble(2, seconds);
            ps.setString(3, json(counts));
            ps.executeUpdate();
        }
        ctx.log("generated scale %s in %.1f s (load %s)", label, seconds, loadAverage());
        ctx.record("data_load_s", Math.round(seconds * 10) / 10.0);
        ctx.record("data_rows", counts);
    }

    /**
     * Drops the indexes and primary/unique keys of (empty) tables that nothing references, returning the
     * statements that put them back: building them once after the load beats maintaining them row by row.
     */
    private static List<String> dropIndexes(BenchContext ctx, DataSource owner, String... tables) throws SQLException {
        List<String> drop = new ArrayList<>();
        List<String> recreate = new ArrayList<>();
        try (Connection c = owner.getConnection();
                Statement st = c.createStatement()) {
            for (String table : tables) {
                try (ResultSet rs = st.executeQuery(
                        "select conname, pg_get_constraintdef(oid) from pg_constraint where conrelid = '" + table
                                + "'::regclass and contype in ('p','u')")) {
                    while (rs.next()) {
                        drop.add("alter table " + table + " drop constraint " + rs.getString(1));
                        recreate.add(
                                "alter table " + table + " add constraint " + rs.getString(1) + " " + rs.getString(2));
                    }
                }
                try (ResultSet rs = st.executeQuery("select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)"
                        + " from pg_index i where i.indrelid = '" + table + "'::regclass and not exists"
                        + " (select 1 from pg_constraint k where k.conindid = i.indexrelid)")) {
                    while (rs.next()) {
                        drop.add("drop index " + rs.getString(1));
                        recreate.add(rs.getString(2));
                    }
                }
            }
        }
        exec(owner, drop.toArray(String[]::new));
        ctx.log("dropped %d indexes for the load", drop.size());
        return recreate;
    }

    private static void verifyChains(BenchContext ctx, DataSource owner) throws SQLException {
        long cases = single(owner, "select count(*) from handling.cases");
        String where = cases <= 100_000 ? "" : " where e.case_id % 997 = 0";
        long t = System.nanoTime();
        long bad = single(
                owner,
                "select count(*) from handling.event e" + where
                        + (where.isEmpty() ? " where " : " and ")
                        + "(e.hash <> handling.event_digest(e.prev_hash, e.case_id, e.seq, e.at, e.actor_id, e.action,"
                        + " e.from_state, e.to_state, e.payload) or e.prev_hash <> coalesce((select p.hash from handling.event p"
                        + " where p.congress_id = e.congress_id and p.case_id = e.case_id and p.seq = e.seq - 1), repeat('0', 64)))");
        ctx.log(
                "hash chains verified in SQL (%s): %d bad links (%.1f s)",
                where.isEmpty() ? "every event" : "cases with id % 997 = 0", bad, (System.nanoTime() - t) / 1e9);
        if (bad > 0) {
            throw new IllegalStateException(bad + " events whose hash does not match handling.event_digest");
        }
    }

    static Map<String, Long> counts(DataSource owner) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        String[][] q = {
            {"congresses", "select count(*) from organization.congress where code like 'bench-%'"},
            {"units", "select count(*) from organization.unit"},
            {"deputies", "select count(*) from organization.person_role where kind = 'DEPUTY'"},
            {"cases", "select count(*) from handling.cases"},
            {"open_cases", "select count(*) from handling.cases where not final"},
            {"events", "select count(*) from handling.event"},
            {"assignments", "select count(*) from handling.assignment"},
            {"clocks", "select count(*) from handling.clock"},
            {"active_clocks", "select count(*) from handling.clock where state in ('RUNNING','EXTENDED','OVERDUE')"},
            {"replies", "select count(*) from handling.reply"},
            {"evaluations", "select count(*) from handling.evaluation"},
            {"submissions", "select count(*) from suggestion.submission"},
            {"search_terms", "select count(*) from search.term"}
        };
        for (String[] e : q) {
            out.put(e[0], single(owner, e[1]));
        }
        return out;
    }

    private static String json(Map<String, Long> m) {
        StringBuilder sb = new StringBuilder("{");
        m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "")
                .append('"')
                .append(k)
                .append("\":")
                .append(v));
        return sb.append('}').toString();
    }

    record Terms(String[] terms, int[] tf, int length) {}

    /** Id counters per table, starting after what the database holds. */
    static final class Ids {
        static final List<String> IDENTITY_TABLES = List.of(
                "organization.street",
                "organization.unit",
                "organization.person",
                "organization.person_role",
                "handling.cases",
                "handling.proposer",
                "handling.assignment",
                "handling.clock",
                "handling.reply",
                "handling.evaluation",
                "handling.event",
                "suggestion.submission",
                "suggestion.signer",
                "suggestion.contact");
        final AtomicLong street,
                unit,
                person,
                role,
                cases,
                proposer,
                assignment,
                clock,
                reply,
                evaluation,
                events,
                submission,
                signer,
                contact;
        final long eventsStart;

        Ids(DataSource ds) throws SQLException {
            street = start(ds, "organization.street");
            unit = start(ds, "organization.unit");
            person = start(ds, "organization.person");
            role = start(ds, "organization.person_role");
            cases = start(ds, "handling.cases");
            proposer = start(ds, "handling.proposer");
            assignment = start(ds, "handling.assignment");
            clock = start(ds, "handling.clock");
            reply = start(ds, "handling.reply");
            evaluation = start(ds, "handling.evaluation");
            events = start(ds, "handling.event");
            eventsStart = events.get();
            submission = start(ds, "suggestion.submission");
            signer = start(ds, "suggestion.signer");
            contact = start(ds, "suggestion.contact");
        }

        private static AtomicLong start(DataSource ds, String table) throws SQLException {
            return new AtomicLong(single(ds, "select coalesce(max(id), 0) from " + table));
        }
    }

    /** One worker's COPY streams, one per table. */
    static final class Streams implements AutoCloseable {
        final CopyStream street,
                unit,
                person,
                role,
                cases,
                proposer,
                assignment,
                clock,
                reply,
                evaluation,
                event,
                submission,
                signer,
                contact,
                document,
                term;
        private final List<CopyStream> all = new ArrayList<>();

        Streams(DataSource ds) throws SQLException {
            street = open(ds, "organization.street", "id, congress_id, name, sort_order");
            unit = open(ds, "organization.unit", "id, congress_id, name, short_name, type, street_id, phone");
            person = open(ds, "organization.person", "id, congress_id, name, gender, employer, street_id");
            role = open(
                    ds,
                    "organization.person_role",
                    "id, congress_id, person_id, kind, valid_from, deputy_level, constituency, street_id, term, sc_position");
            cases = open(
                    ds,
                    "handling.cases",
                    "id, congress_id, kind, number, year, seq, title, content, category, source_type, source_ref,"
                            + " source_date, attributes, state, visibility, key_case, supervising_leader, tracking_months,"
                            + " tracked, result_class, evaluation, final, version, created_by, created_at, updated_at,"
                            + " chain_seq, chain_hash");
            proposer = open(ds, "handling.proposer", "id, congress_id, case_id, person_id, name");
            assignment = open(
                    ds,
                    "handling.assignment",
                    "id, congress_id, case_id, unit_id, role, state, assigned_at, accepted_at");
            clock = open(
                    ds,
                    "handling.clock",
                    "id, congress_id, case_id, assignment_id, name, anchor_event, anchor_date, amount, unit, due_date,"
                            + " yellow_from, reminder_leads, state, met_on, met_late, notified, created_at");
            reply = open(
                    ds,
                    "handling.reply",
                    "id, congress_id, case_id, assignment_id, unit_id, type, text, result_class, published, actor_id, at");
            evaluation =
                    open(ds, "handling.evaluation", "id, congress_id, case_id, evaluation, comment, evaluator_id, at");
            event = open(
                    ds,
                    "handling.event",
                    "id, congress_id, case_id, seq, at, actor_id, actor_name, action, from_state, to_state, payload,"
                            + " prev_hash, hash");
            submission = open(
                    ds,
                    "suggestion.submission",
                    "id, congress_id, type, title, content, topic, year, lead_person_id, lead_name, status, publish_consent,"
                            + " case_id, case_kind, case_number, case_state, created_at, updated_at, submitted_at, registered_at");
            signer = open(ds, "suggestion.signer", "id, congress_id, submission_id, person_id, name, lead");
            contact = open(
                    ds,
                    "suggestion.contact",
                    "id, congress_id, case_id, unit_id, contact_date, way, agreed, created_by, created_at");
            document = open(
                    ds,
                    "search.document",
                    "congress_id, case_id, kind, year, number, title, content, unit_ids, unit_roles, length, indexed_at");
            term = open(ds, "search.term", "congress_id, term, case_id, tf");
        }

        private CopyStream open(DataSource ds, String table, String columns) throws SQLException {
            CopyStream s = new CopyStream(ds, table, columns);
            all.add(s);
            return s;
        }

        void finish(Map<String, Long> counts) throws SQLException {
            for (CopyStream s : all) {
                counts.merge(s.table(), s.finish(), Long::sum);
            }
        }

        @Override
        public void close() throws SQLException {
            SQLException first = null;
            for (CopyStream s : all) {
                try {
                    s.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
            if (first != null) {
                throw first;
            }
        }
    }

    /** Generates one congress: registry, then its cases with everything hanging off them. */
    static final class CongressGen {
        private final Streams s;
        private final Ids ids;
        private final long congress;
        private final int index;
        private final long cases;
        private final List<Texts.Variant> variants;
        private final List<Terms> terms;
        private final long nowMicros;
        private final LocalDate today;
        private final AtomicLong done;
        private final SplittableRandom r;
        private final MessageDigest sha;
        private final HexFormat hex = HexFormat.of();
        private final String prefix;
        private final Map<String, Long> seqs = new LinkedHashMap<>();
        private long[] units;
        private String[] unitNames;
        private long[] deputies;
        private String[] deputyNames;
        private long[] leaders;

        // per case
        private long caseId;
        private int seq;
        private String prevHash;
        private long lastAt;

        CongressGen(
                Streams s,
                Ids ids,
                long congress,
                int index,
                long cases,
                List<Texts.Variant> variants,
                List<Terms> terms,
                Instant now,
                LocalDate today,
                AtomicLong done) {
            this.s = s;
            this.ids = ids;
            this.congress = congress;
            this.index = index;
            this.cases = cases;
            this.variants = variants;
            this.terms = terms;
            this.nowMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
            this.today = today;
            this.done = done;
            this.r = new SplittableRandom(1000 + index);
            try {
                this.sha = MessageDigest.getInstance("SHA-256");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            this.prefix = index == 0 ? "基准省" : index <= 12 ? "基准" + (index + 1) : "基准" + (index + 1);
        }

        void run() throws SQLException {
            registry();
            for (long i = 0; i < cases; i++) {
                oneCase();
                done.incrementAndGet();
            }
        }

        private void registry() throws SQLException {
            long[] streets = new long[10];
            for (int i = 0; i < streets.length; i++) {
                streets[i] = ids.street.incrementAndGet();
                s.street
                        .col(streets[i])
                        .col(congress)
                        .col("第" + (i + 1) + "街道")
                        .col(i)
                        .end();
            }
            units = new long[50];
            unitNames = new String[units.length];
            for (int i = 0; i < units.length; i++) {
                units[i] = ids.unit.incrementAndGet();
                String type;
                if (i < UNIT_WORDS.length) {
                    unitNames[i] = prefix + UNIT_WORDS[i];
                    type = "DEPARTMENT";
                } else if (i < UNIT_WORDS.length + 10) {
                    unitNames[i] = prefix + "第" + (i - UNIT_WORDS.length + 1) + "街道办事处";
                    type = "STREET_OFFICE";
                } else {
                    String[] others = {
                        "人民法院", "人民检察院", "监察委员会", "人民政府", "城投集团", "文旅集团", "水务集团", "交投集团", "产业投资集团", "国资公司"
                    };
                    unitNames[i] = prefix + others[i - UNIT_WORDS.length - 10];
                    type = switch (i - UNIT_WORDS.length - 10) {
                        case 0 -> "COURT";
                        case 1 -> "PROCURATORATE";
                        case 2 -> "SUPERVISORY_COMMISSION";
                        case 3 -> "GOVERNMENT";
                        default -> "OTHER";
                    };
                }
                s.unit.col(units[i])
                        .col(congress)
                        .col(unitNames[i])
                        .col(unitNames[i].substring(prefix.length()))
                        .col(type)
                        .col(type.equals("STREET_OFFICE") ? (Long) streets[i - UNIT_WORDS.length] : null)
                        .col("027-8" + (1000000 + i))
                        .end();
            }
            deputies = new long[500];
            deputyNames = new String[deputies.length];
            LocalDate termStart = LocalDate.of(2021, 11, 1);
            for (int i = 0; i < deputies.length; i++) {
                deputies[i] = ids.person.incrementAndGet();
                deputyNames[i] = SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)];
                long street = streets[i % streets.length];
                s.person
                        .col(deputies[i])
                        .col(congress)
                        .col(deputyNames[i])
                        .col(r.nextBoolean() ? "MALE" : "FEMALE")
                        .col(unitNames[r.nextInt(units.length)])
                        .col(street)
                        .end();
                s.role.col(ids.role.incrementAndGet())
                        .col(congress)
                        .col(deputies[i])
                        .col("DEPUTY")
                        .col(termStart)
                        .col("DISTRICT")
                        .col("第" + (i % 60 + 1) + "选区")
                        .col(street)
                        .col(7)
                        .col((String) null)
                        .end();
            }
            leaders = new long[5];
            for (int i = 0; i < leaders.length; i++) {
                leaders[i] = ids.person.incrementAndGet();
                s.person
                        .col(leaders[i])
                        .col(congress)
                        .col(SURNAMES[r.nextInt(SURNAMES.length)] + GIVEN[r.nextInt(GIVEN.length)])
                        .col(i % 2 == 0 ? "MALE" : "FEMALE")
                        .col(prefix + "人大常委会")
                        .col((Long) null)
                        .end();
                s.role.col(ids.role.incrementAndGet())
                        .col(congress)
                        .col(leaders[i])
                        .col("SC_MEMBER")
                        .col(termStart)
                        .col((String) null)
                        .col((String) null)
                        .col((Long) null)
                        .col(7)
                        .col(i == 0 ? "CHAIR" : "VICE_CHAIR")
                        .end();
            }
        }

        /** A unit index, skewed: in the first congress unit 0 leads ~20 % of the cases. */
        private int unitIndex() {
            if (index == 0 && r.nextInt(5) == 0) {
                return 0;
            }
            double u = r.nextDouble();
            return (int) (u * u * units.length);
        }

        private static final String[] SUG_STATES = {
            "REGISTERED", "ASSIGNED", "ACCEPTED", "ACCEPTED", "REPLIED", "EVALUATED", "CLOSED", "CLOSED"
        };
        private static final String[] OPN_STATES = {
            "DRAFT", "ISSUED", "ACCEPTED", "PLANNED", "REPORTED", "REPORTED", "CLOSED", "CLOSED"
        };
        private static final String[] STEPS = {
            "CREATE", "ASSIGN", "ACCEPT", "SUBMIT_PLAN", "REPLY", "EVALUATE", "CLOSE", "PUBLISH"
        };

        private void oneCase() throws SQLException {
            caseId = ids.cases.incrementAndGet();
            seq = 0;
            lastAt = 0;
            prevHash = ZERO_HASH;
            double k = r.nextDouble();
            String kind = k < 0.80 ? "SUGGESTION" : k < 0.85 ? "MOTION" : "SUPERVISION_OPINION";
            boolean opinion = kind.equals("SUPERVISION_OPINION");
            String[] states = opinion ? OPN_STATES : SUG_STATES;

            // Outcome: progress p = the last step done (0 = created … 6 closed, 7 closed and published).
            double u = r.nextDouble();
            boolean withdrawn = u < 0.01;
            boolean closed = !withdrawn && u < 0.80;
            int p;
            if (withdrawn) {
                p = 0;
            } else if (closed) {
                p = r.nextInt(10) < 4 ? 7 : 6;
            } else {
                double o = r.nextDouble();
                p = o < 0.05 ? 0 : o < 0.20 ? 1 : o < 0.55 ? 2 : o < 0.70 ? 3 : o < 0.85 ? 4 : 5;
            }
            boolean unsatisfied = p >= 5 && r.nextInt(20) == 0; // re-handled once before the final evaluation
            boolean rehandling = !closed && p == 5 && r.nextInt(10) < 3; // open: evaluated unsatisfied, re-handling
            boolean tracked = !closed && p == 5 && !rehandling; // open: B class, tracked after evaluation
            boolean key = !withdrawn && p >= 1 && r.nextInt(20) == 0;
            String resultClass = p >= 4 ? (tracked ? "B" : RESULT_CLASSES[r.nextInt(RESULT_CLASSES.length)]) : null;
            String evaluation = p >= 5
                    ? (rehandling ? "UNSATISFIED" : r.nextInt(4) == 0 ? "BASICALLY_SATISFIED" : "SATISFIED")
                    : null;

            // Gaps (µs) between the steps; open cases end before now with the running clock due around today.
            long[] gap = new long[8];
            gap[1] = days(2, 8);
            gap[2] = days(1, 5);
            gap[3] = days(5, 20);
            gap[4] = days(30, 75);
            gap[5] = days(5, 20);
            gap[6] = days(1, 10);
            gap[7] = days(1, 5);
            long extra = unsatisfied ? days(20, 40) : 0; // EVALUATE(unsatisfied) + REPLY between steps 4 and 5
            long created;
            if (closed || withdrawn) {
                long span = 4 * 365 * DAY - 200 * DAY;
                created = nowMicros - 200 * DAY - (long) (r.nextDouble() * span);
            } else {
                // the anchor of the running clock: CREATE (p=0), ASSIGN (p=1..3), the last step (p=4,5)
                int anchor = p == 0 ? 0 : p <= 3 ? 1 : p;
                long after = 0;
                for (int i = anchor + 1; i <= p; i++) {
                    after += gap[i];
                }
                long length = p == 0
                        ? 7 * DAY
                        : p == 1 ? 10 * DAY : p <= 3 ? 91 * DAY : p == 4 ? 20 * DAY : rehandling ? 30 * DAY : 61 * DAY;
                long sinceAnchor = after + (long) (r.nextDouble() * (length + 20 * DAY - after));
                long before = 0;
                for (int i = 1; i <= anchor; i++) {
                    before += gap[i];
                }
                created = nowMicros - sinceAnchor - before - r.nextInt(3_600_000) * 1000L;
            }
            long[] at = new long[8];
            at[0] = created;
            for (int i = 1; i <= 7; i++) {
                at[i] = at[i - 1] + gap[i] + (i == 5 ? extra : 0);
            }
            LocalDate createdDate = date(created);
            int year = createdDate.getYear();
            long caseSeq = seqs.merge(kind + year, 1L, Long::sum);
            String number =
                    prefix + (opinion ? "〔" + year + "〕审议意见第" : (kind.equals("MOTION") ? "议案〔" : "建议〔") + year + "〕第")
                            + caseSeq + "号";
            if (opinion) {
                number = prefix + "〔" + year + "〕审议意见第" + caseSeq + "号";
            }
            int vi = r.nextInt(variants.size());
            Texts.Variant v = variants.get(vi);
            String title = opinion ? v.title().replace("的建议", "的审议意见") : v.title();
            String state = withdrawn ? "WITHDRAWN" : rehandling ? (opinion ? "FOLLOW_UP" : "REHANDLING") : states[p];
            boolean published = p == 7;

            // Assignments
            int lead = unitIndex();
            boolean co = p >= 1 && r.nextInt(4) == 0;
            int coUnit = co ? (lead + 1 + r.nextInt(units.length - 1)) % units.length : -1;
            long leadAssignment = 0;
            long coAssignment = 0;
            if (p >= 1) {
                leadAssignment = ids.assignment.incrementAndGet();
                String st = p >= 4 ? "REPLIED" : p >= 3 ? "PLANNED" : p >= 2 ? "ACCEPTED" : "PENDING";
                s.assignment
                        .col(leadAssignment)
                        .col(congress)
                        .col(caseId)
                        .col(units[lead])
                        .col("LEAD")
                        .col(st);
                s.assignment.micros(at[1]);
                if (p >= 2) {
                    s.assignment.micros(at[2]);
                } else {
                    s.assignment.col((String) null);
                }
                s.assignment.end();
                if (co) {
                    coAssignment = ids.assignment.incrementAndGet();
                    String cs = p >= 3 ? "OPINION_SENT" : p >= 2 ? "ACCEPTED" : "PENDING";
                    s.assignment
                            .col(coAssignment)
                            .col(congress)
                            .col(caseId)
                            .col(units[coUnit])
                            .col("CO")
                            .col(cs);
                    s.assignment.micros(at[1]);
                    if (p >= 2) {
                        s.assignment.micros(at[2]);
                    } else {
                        s.assignment.col((String) null);
                    }
                    s.assignment.end();
                }
            }

            // The case row
            int deputy = r.nextInt(deputies.length);
            Long leader = key ? leaders[r.nextInt(leaders.length)] : null;
            long submissionId = opinion ? 0 : ids.submission.incrementAndGet();
            int lastStep = withdrawn ? 1 : Math.min(p, 7);
            long updated = withdrawn ? created + days(3, 20) : at[lastStep];
            s.cases
                    .col(caseId)
                    .col(congress)
                    .col(kind)
                    .col(number)
                    .col(year)
                    .col(caseSeq)
                    .col(title)
                    .col(v.content())
                    .col(Texts.TOPICS[v.topic()])
                    .col(opinion ? "MEETING_ITEM" : "SUGGESTION")
                    .col(opinion ? "meeting:" + (caseId % 97) : "submission:" + submissionId)
                    .col(createdDate)
                    .col(
                            opinion
                                    ? "{\"documentType\": \"DELIBERATION\"}"
                                    : "{\"year\": " + year + ", \"submissionId\": " + submissionId + "}")
                    .col(state)
                    .col(published ? "PUBLISHED" : "INTERNAL")
                    .col(key)
                    .col(leader)
                    .col(key ? (Long) 2L : null)
                    .col(tracked)
                    .col(resultClass)
                    .col(evaluation)
                    .col(closed || withdrawn)
                    .col(0L) // version: set below from the number of events
                    .col(0L)
                    .micros(created)
                    .micros(updated);
            // version is only an optimistic-lock counter; the case row is ended after the events are known

            // Timeline: CREATE, steps, key marking, colour events
            String actorOffice = "办公室";
            event(
                    at[0],
                    actorOffice,
                    "CREATE",
                    null,
                    states[0],
                    "{\"title\": \"" + title + "\", \"number\": \"" + number + "\", \"source\": \""
                            + (opinion ? "MEETING_ITEM" : "SUGGESTION") + "\"}");
            if (withdrawn) {
                event(created + days(3, 20), actorOffice, "WITHDRAW", states[0], "WITHDRAWN", "{}");
            }
            for (int i = 1; i <= Math.min(p, 7); i++) {
                String actor = i == 2 || i == 3 || i == 4
                        ? unitNames[lead]
                        : i == 5 ? (opinion ? "常委会组成人员" : deputyNames[deputy]) : actorOffice;
                if (i == 5 && unsatisfied) {
                    String back = opinion ? "FOLLOW_UP" : "REHANDLING";
                    event(
                            at[4] + extra / 3,
                            deputyNames[deputy],
                            "EVALUATE",
                            states[4],
                            back,
                            "{\"evaluation\": \"UNSATISFIED\"}");
                    event(
                            at[4] + extra * 2 / 3,
                            unitNames[lead],
                            "REPLY",
                            back,
                            states[4],
                            "{\"resultClass\": \"" + resultClass + "\"}");
                }
                String to = i == 5 && rehandling ? (opinion ? "FOLLOW_UP" : "REHANDLING") : states[i];
                String payload =
                        switch (i) {
                            case 1 -> "{\"units\": [" + units[lead] + (co ? ", " + units[coUnit] : "") + "]}";
                            case 4 -> "{\"resultClass\": \"" + resultClass + "\"}";
                            case 5 -> "{\"evaluation\": \"" + evaluation + "\"}";
                            default -> "{}";
                        };
                event(at[i], actor, STEPS[i], states[i - 1], to, payload);
                if (i == 3 && co) {
                    event(at[3] + HOUR, unitNames[coUnit], "CO_OPINION", to, to, "{\"unit\": " + units[coUnit] + "}");
                }
                if (i == 4 && key) {
                    event(at[4] + days(10, 30), unitNames[lead], "TRACKING_REPORT", to, to, "{}");
                }
                if (i == 1 && key) {
                    event(at[1] + days(1, 5), "主任会议", "MARK_KEY", states[1], states[1], "{}");
                }
            }

            // Clocks
            boolean sug = !opinion;
            // ISSUE: from creation, met at assignment
            clock(
                    null,
                    "ISSUE",
                    "CREATE",
                    createdDate,
                    opinion ? 1 : 5,
                    opinion ? "WEEKS" : "WORKING_DAYS",
                    createdDate.plusDays(7),
                    2,
                    "2 WORKING_DAYS",
                    withdrawn ? "CANCELLED" : p >= 1 ? "MET" : "RUNNING",
                    p >= 1 ? date(at[1]) : null,
                    at[0]);
            if (p >= 1) {
                LocalDate assignedOn = date(at[1]);
                clock(
                        leadAssignment,
                        "ACCEPT",
                        "ASSIGN",
                        assignedOn,
                        sug ? 5 : 7,
                        "WORKING_DAYS",
                        assignedOn.plusDays(sug ? 7 : 9),
                        2,
                        "2 WORKING_DAYS",
                        p >= 2 ? "MET" : "RUNNING",
                        p >= 2 ? date(at[2]) : null,
                        at[1]);
                if (sug) {
                    clock(
                            null,
                            "REPLY",
                            "ASSIGN",
                            assignedOn,
                            3,
                            "MONTHS",
                            assignedOn.plusMonths(3),
                            14,
                            "10 WORKING_DAYS",
                            p >= 4 ? "MET" : "RUNNING",
                            p >= 4 ? date(at[4]) : null,
                            at[1]);
                } else {
                    clock(
                            null,
                            "PLAN",
                            "ASSIGN",
                            assignedOn,
                            2,
                            "WEEKS",
                            assignedOn.plusWeeks(2),
                            3,
                            "3 WORKING_DAYS",
                            p >= 3 ? "MET" : "RUNNING",
                            p >= 3 ? date(at[3]) : null,
                            at[1]);
                    clock(
                            null,
                            "RESULT",
                            "ASSIGN",
                            assignedOn,
                            3,
                            "MONTHS",
                            assignedOn.plusMonths(3),
                            14,
                            "10 WORKING_DAYS",
                            p >= 4 ? "MET" : "RUNNING",
                            p >= 4 ? date(at[4]) : null,
                            at[1]);
                }
            }
            if (unsatisfied) {
                LocalDate from = date(at[4] + extra / 3);
                clock(
                        null,
                        "REHANDLE",
                        "EVALUATE",
                        from,
                        1,
                        "MONTHS",
                        from.plusMonths(1),
                        7,
                        "5 WORKING_DAYS",
                        "MET",
                        date(at[4] + extra * 2 / 3),
                        at[4] + extra / 3);
            }
            if (rehandling) {
                LocalDate from = date(at[5]);
                clock(
                        null,
                        "REHANDLE",
                        "EVALUATE",
                        from,
                        1,
                        "MONTHS",
                        from.plusMonths(1),
                        7,
                        "5 WORKING_DAYS",
                        "RUNNING",
                        null,
                        at[5]);
            }
            if (tracked) {
                LocalDate from = date(at[5]);
                clock(
                        null,
                        "TRACKING",
                        "EVALUATE",
                        from,
                        2,
                        "MONTHS",
                        from.plusMonths(2),
                        7,
                        "5 WORKING_DAYS",
                        "RUNNING",
                        null,
                        at[5]);
            }
            colourEvents(state);

            // The case row ends with its chain head: the last event's seq and hash
            s.cases.col(seq).col(prevHash).end();

            // Replies, evaluations, contacts
            if (opinion && p >= 3) {
                reply(leadAssignment, units[lead], "PLAN", "办理方案：" + v.content(), null, false, at[3]);
            }
            if (p >= 4) {
                if (sug) {
                    s.contact
                            .col(ids.contact.incrementAndGet())
                            .col(congress)
                            .col(caseId)
                            .col(units[lead])
                            .col(date(at[3]))
                            .col(r.nextBoolean() ? "VISIT" : "PHONE")
                            .col("就办理思路与代表当面沟通，达成一致意见")
                            .col(0L)
                            .micros(at[3])
                            .end();
                }
                if (co) {
                    reply(coAssignment, units[coUnit], "CO_OPINION", "协办意见：同意主办单位办理意见，将积极配合。", null, false, at[3]);
                }
                if (unsatisfied) {
                    reply(leadAssignment, units[lead], "RESULT", "答复：" + v.content(), resultClass, false, at[4]);
                    evaluationRow("UNSATISFIED", at[4] + extra / 3);
                }
                reply(
                        leadAssignment,
                        units[lead],
                        "RESULT",
                        "答复：" + v.title().replace("关于", "").replace("的建议", "") + "工作已"
                                + ("A".equals(resultClass) ? "落实到位" : "列入计划") + "。" + v.content(),
                        resultClass,
                        published,
                        unsatisfied ? at[4] + extra * 2 / 3 : at[4]);
            }
            if (p >= 5) {
                evaluationRow(evaluation, at[5]);
            }

            // Proposer, submission, signer (suggestions and motions)
            if (sug) {
                s.proposer
                        .col(ids.proposer.incrementAndGet())
                        .col(congress)
                        .col(caseId)
                        .col(deputies[deputy])
                        .col(deputyNames[deputy])
                        .end();
                s.submission
                        .col(submissionId)
                        .col(congress)
                        .col(kind)
                        .col(v.title())
                        .col(v.content())
                        .col(Texts.TOPICS[v.topic()])
                        .col(year)
                        .col(deputies[deputy])
                        .col(deputyNames[deputy])
                        .col(withdrawn ? "WITHDRAWN" : "REGISTERED")
                        .col(published || r.nextInt(3) > 0)
                        .col(caseId)
                        .col(kind)
                        .col(number)
                        .col(state)
                        .micros(created - 2 * DAY)
                        .micros(updated)
                        .micros(created - DAY)
                        .micros(created)
                        .end();
                s.signer
                        .col(ids.signer.incrementAndGet())
                        .col(congress)
                        .col(submissionId)
                        .col(deputies[deputy])
                        .col(deputyNames[deputy])
                        .col(true)
                        .end();
            }

            // Search index
            Terms t = terms.get(vi);
            s.document
                    .col(congress)
                    .col(caseId)
                    .col(kind)
                    .col(year)
                    .col(number)
                    .col(title)
                    .col(v.content())
                    .col(p >= 1 ? "{" + units[lead] + (co ? "," + units[coUnit] : "") + "}" : "{}")
                    .col(p >= 1 ? (co ? "{LEAD,CO}" : "{LEAD}") : "{}")
                    .col(t.length())
                    .micros(created)
                    .end();
            for (int i = 0; i < t.terms().length; i++) {
                s.term.col(congress)
                        .col(t.terms()[i])
                        .col(caseId)
                        .col(t.tf()[i])
                        .end();
            }
        }

        // pending colour events of running clocks of the current case
        private final List<Object[]> colours = new ArrayList<>();

        private void clock(
                Long assignmentId,
                String name,
                String anchorEvent,
                LocalDate anchorDate,
                int amount,
                String unit,
                LocalDate due,
                int yellowDays,
                String leads,
                String state,
                LocalDate metOn,
                long createdAt)
                throws SQLException {
            long id = ids.clock.incrementAndGet();
            LocalDate yellow = due.minusDays(yellowDays);
            String notified = "GREEN";
            if (state.equals("RUNNING")) {
                if (today.isAfter(due)) {
                    notified = "RED";
                    state = "OVERDUE";
                    colours.add(new Object[] {id, name, due, yellow, true});
                } else if (!today.isBefore(yellow)) {
                    notified = "YELLOW";
                    colours.add(new Object[] {id, name, due, yellow, false});
                }
            }
            s.clock
                    .col(id)
                    .col(congress)
                    .col(caseId)
                    .col(assignmentId)
                    .col(name)
                    .col(anchorEvent)
                    .col(anchorDate)
                    .col(amount)
                    .col(unit)
                    .col(due)
                    .col(yellow)
                    .col(leads)
                    .col(state)
                    .col(metOn)
                    .col(metOn != null && metOn.isAfter(due))
                    .col(notified)
                    .micros(createdAt)
                    .end();
        }

        /** The sweep's events of the case's yellow and red clocks, as yesterday's sweep would have written. */
        private void colourEvents(String state) throws SQLException {
            for (Object[] c : colours) {
                String payload =
                        "{\"clock\": \"" + c[1] + "\", \"clockId\": " + c[0] + ", \"dueDate\": \"" + c[2] + "\"}";
                long yellowAt = Math.max(lastAt + HOUR, startOf((LocalDate) c[3]) + HOUR / 4);
                event(Math.min(yellowAt, nowMicros - 1000), null, "CLOCK_YELLOW", state, state, payload);
                if ((Boolean) c[4]) {
                    long redAt = Math.max(lastAt + HOUR, startOf(((LocalDate) c[2]).plusDays(1)) + HOUR / 4);
                    event(Math.min(redAt, nowMicros - 500), null, "CLOCK_OVERDUE", state, state, payload);
                }
            }
            colours.clear();
        }

        private void reply(
                long assignmentId,
                long unitId,
                String type,
                String text,
                String resultClass,
                boolean published,
                long at)
                throws SQLException {
            s.reply
                    .col(ids.reply.incrementAndGet())
                    .col(congress)
                    .col(caseId)
                    .col(assignmentId)
                    .col(unitId)
                    .col(type)
                    .col(text)
                    .col(resultClass)
                    .col(published)
                    .col(0L)
                    .micros(at)
                    .end();
        }

        private void evaluationRow(String evaluation, long at) throws SQLException {
            s.evaluation
                    .col(ids.evaluation.incrementAndGet())
                    .col(congress)
                    .col(caseId)
                    .col(evaluation)
                    .col(evaluation.equals("UNSATISFIED") ? "答复内容与实际不符，要求重新办理" : null)
                    .col(0L)
                    .micros(at)
                    .end();
        }

        /** Appends an event with its chain link computed as handling.event_digest does. */
        private void event(long at, String actorName, String action, String from, String to, String payload)
                throws SQLException {
            at = Math.min(at, nowMicros - 60_000_000L);
            if (at <= lastAt && seq > 0) {
                at = lastAt + 1;
            }
            lastAt = at;
            seq++;
            String digest = prevHash + '|' + caseId + '|' + seq + '|' + at + '|' + "" + '|' + action + '|'
                    + (from == null ? "" : from) + '|' + (to == null ? "" : to) + '|' + payload;
            String hash = hex.formatHex(sha.digest(digest.getBytes(StandardCharsets.UTF_8)));
            s.event
                    .col(ids.events.incrementAndGet())
                    .col(congress)
                    .col(caseId)
                    .col(seq)
                    .micros(at)
                    .col((Long) null)
                    .col(actorName)
                    .col(action)
                    .col(from)
                    .col(to)
                    .col(payload)
                    .col(prevHash)
                    .col(hash)
                    .end();
            prevHash = hash;
        }

        private long days(int min, int max) {
            return (min + r.nextInt(max - min + 1)) * DAY + r.nextInt(8 * 3600) * 1_000_000L;
        }

        private static LocalDate date(long micros) {
            return Instant.ofEpochSecond(micros / 1_000_000L).atZone(ZONE).toLocalDate();
        }

        private static long startOf(LocalDate d) {
            return d.atStartOfDay(ZONE).toEpochSecond() * 1_000_000L;
        }
    }
}
