package cn.renda.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.renda.core.db.EmbeddedPostgresServer;
import cn.renda.support.FullStackTest;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.TestContextManager;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Hostile input against every write endpoint of the API, enumerated from the request mappings (a new
 * endpoint is covered without touching this class), importers included: NUL and control characters,
 * lone surrogates, huge and tiny numbers and dates, mixed scripts, markup, wrong types, malformed JSON and
 * malformed multipart. Each try sends one generated request to every endpoint; the answer must never be a
 * 5xx, and an answer of 4xx must have committed nothing (no transaction committed during the request, by
 * PostgreSQL's transaction status; a commit seen in that moment is checked again by repeating the request once
 * things are quiet, and background jobs' own commits are told apart by the tables they wrote).
 *
 * <p>Runs in the jqwik engine on the Spring test context every {@link FullStackTest} shares (one context for
 * the whole suite). Non-existing ids in paths and another congress's accounts where the endpoint allows
 * them keep the demo data other tests read intact.
 */
class HostileInputProperties {

    /** The shared full-stack test context, reached from the jqwik engine. */
    static final class Harness extends FullStackTest {
        @Autowired
        ApplicationContext context;

        @Autowired
        EmbeddedPostgresServer server;

        void signIn(String user) {
            auth(user);
        }

        HttpResponse<String> exchange(String user, String method, String path, String contentType, byte[] body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .timeout(Duration.ofSeconds(60))
                    .header("Accept", "application/json")
                    .header("Authorization", auth(user));
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(
                    method,
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            return send(b.build());
        }
    }

    /** One write endpoint of the API, as mapped. */
    record Endpoint(String method, String pattern, HandlerMethod handler, String user) {

        Type bodyType() {
            for (var p : handler.getMethodParameters()) {
                if (p.hasParameterAnnotation(RequestBody.class)) {
                    return p.getGenericParameterType();
                }
            }
            return null;
        }

        boolean multipart() {
            for (var p : handler.getMethodParameters()) {
                if (MultipartFile.class.isAssignableFrom(p.getParameterType())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static Harness harness;
    private static List<Endpoint> endpoints;
    private static Connection database;
    private static final Map<String, Integer> STATUSES = new TreeMap<>();
    private static int requests;

    @BeforeContainer
    static void start() throws Exception {
        harness = new Harness();
        new TestContextManager(Harness.class).prepareTestInstance(harness);
        database = DriverManager.getConnection(
                harness.server.jdbcUrl("renda"), "postgres", harness.server.superuserPassword());
        endpoints = writeEndpoints(harness.context);
        // Tokens are made before anything is measured (making one is a write of its own).
        endpoints.stream().map(Endpoint::user).distinct().forEach(harness::signIn);
    }

    @AfterContainer
    static void stop() throws Exception {
        if (database != null) {
            database.close();
        }
        System.out.println("HostileInputProperties: " + requests + " hostile requests to " + endpoints.size()
                + " write endpoints, answers " + STATUSES);
    }

    static List<Endpoint> writeEndpoints(ApplicationContext context) {
        var mapping = context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class);
        List<Endpoint> out = new ArrayList<>();
        mapping.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                for (RequestMethod m : info.getMethodsCondition().getMethods()) {
                    if (m == RequestMethod.POST
                            || m == RequestMethod.PUT
                            || m == RequestMethod.PATCH
                            || m == RequestMethod.DELETE) {
                        out.add(new Endpoint(m.name(), pattern, handler, userFor(handler)));
                    }
                }
            }
        });
        out.sort(java.util.Comparator.comparing(Endpoint::toString));
        return out;
    }

    /** A user the endpoint lets in, from another congress than the demo stories' where it allows one. */
    private static String userFor(HandlerMethod handler) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        String expression = rule == null ? "" : rule.value();
        if (expression.contains("STAFF") || expression.equals("isAuthenticated()")) {
            return "hs-staff";
        }
        if (expression.contains("ADMIN")) {
            return "hs-admin";
        }
        for (String role : List.of("DEPUTY", "UNIT", "STREET", "LEADER", "MEMBER")) {
            if (expression.contains(role)) {
                return role.toLowerCase();
            }
        }
        return "hs-staff";
    }

    // ---- generated values ------------------------------------------------------------------------------

    /** What a try sends: hostile literals of each kind, a shape, ids for the path, and a seed for choices. */
    record Hostility(
            List<String> texts, List<String> numbers, List<String> dates, String pathId, Shape shape, long seed) {}

    enum Shape {
        TYPED,
        WRONG_TYPES,
        MALFORMED,
        EMPTY,
        NOT_AN_OBJECT
    }

    static final List<String> NASTY_TEXTS = List.of(
            "\\u0000",
            "a\\u0000b",
            "\\u0001\\u0002\\u001b[31m\\u007f",
            "\\ud800",
            "\\udfff\\ud800",
            "\\u202egnp.exe",
            "\\u200b\\ufeff",
            "<script>alert(1)</script>",
            "\\\"><img src=x onerror=alert(1)>",
            "'; drop table organization.unit; --",
            "江夏区 Ωμέγα мир عربي עברית 𠀀😀",
            "%00%ff%c0%af",
            "${jndi:ldap://x/a}",
            "#{7*7}[[${7*7}]]",
            "../../../../etc/passwd",
            "",
            "   ",
            "\\r\\n\\t");
    static final List<String> NASTY_NUMBERS = List.of(
            "0",
            "-1",
            "1",
            "9223372036854775807",
            "-9223372036854775808",
            "9223372036854775808",
            "99999999999999999999999999",
            "1e308",
            "-1e308",
            "1.5",
            "2147483648",
            "-2147483649",
            "1e-400",
            "\"12\"",
            "\"abc\"",
            "null");
    static final List<String> NASTY_DATES = List.of(
            "\"-999999999-01-01\"",
            "\"+999999999-12-31\"",
            "\"-999999999-01-01T00:00:00\"",
            "\"+999999999-12-31T23:59:59\"",
            "\"0000-01-01\"",
            "\"1899-12-31\"",
            "\"2200-01-01\"",
            "\"2026-02-30\"",
            "\"2026-13-01\"",
            "\"2026-12-07T25:61:00\"",
            "\"\"",
            "\"yesterday\"",
            "0",
            "-62135596800000",
            "\"2026-12-07T09:00:00+18:00\"",
            "\"1970-01-01T00:00:00Z\"");
    static final List<String> PATH_IDS = List.of(
            "0", "-1", "9223372036854775807", "99999999999999999999", "abc", "1.5", "%20", "null", "%ff", "987654321");

    @Provide
    Arbitrary<Hostility> hostility() {
        Arbitrary<String> randomText =
                Arbitraries.strings().all().ofMaxLength(40).map(HostileInputProperties::jsonEscape);
        Arbitrary<String> text = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NASTY_TEXTS)),
                net.jqwik.api.Tuple.of(1, randomText),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.integers().between(5_000, 120_000).map("x"::repeat)));
        Arbitrary<String> number = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NASTY_NUMBERS)),
                net.jqwik.api.Tuple.of(1, Arbitraries.longs().map(String::valueOf)));
        Arbitrary<String> date = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of(NASTY_DATES)),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.integers()
                                .between(-300_000, 300_000)
                                .map(y -> "\""
                                        + java.time.LocalDate.of(2000, 1, 1).plusYears(y) + "\"")));
        return Combinators.combine(
                        text.list().ofSize(3),
                        number.list().ofSize(3),
                        date.list().ofSize(3),
                        Arbitraries.of(PATH_IDS),
                        Arbitraries.of(Shape.class),
                        Arbitraries.longs())
                .as(Hostility::new);
    }

    static String jsonEscape(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c) || c > 0x7e) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    // ---- the properties -------------------------------------------------------------------------------

    @Property(tries = 6, shrinking = ShrinkingMode.OFF)
    void noWriteEndpointAnswers5xxAndA4xxWritesNothing(@ForAll("hostility") Hostility h) throws Exception {
        assertThat(endpoints)
                .as("write endpoints found in the request mappings")
                .hasSizeGreaterThan(80);
        List<String> failures = new ArrayList<>();
        for (Endpoint e : endpoints) {
            Random random = new Random(h.seed() ^ e.toString().hashCode());
            String path = path(e.pattern(), h.pathId());
            String contentType;
            byte[] body;
            if (e.multipart()) {
                Multipart m = multipart(h, random);
                contentType = m.contentType();
                body = m.body();
            } else {
                contentType = "application/json";
                body = json(e.bodyType(), h, random);
            }
            long before = nextTransaction();
            var r = harness.exchange(e.user(), e.method(), path, contentType, body);
            long after = nextTransaction();
            requests++;
            STATUSES.merge(String.valueOf(r.statusCode()), 1, Integer::sum);
            if (r.statusCode() >= 500) {
                failures.add(e + " → " + r.statusCode() + " for " + preview(body) + ": " + preview(r.body()));
            } else if (r.statusCode() >= 400 && committedWrites(before, after) != null) {
                // A background job (outbox, event registry, a previous write's listeners) may have committed
                // in the same moment: once things are quiet, the same request must still commit nothing.
                Thread.sleep(1500);
                long again = nextTransaction();
                var retry = harness.exchange(e.user(), e.method(), path, contentType, body);
                String written = committedWrites(again, nextTransaction());
                if (retry.statusCode() >= 400 && written != null) {
                    failures.add(
                            e + " → " + retry.statusCode() + " but committed " + written + " for " + preview(body));
                }
            }
        }
        assertThat(failures).as("hostile requests answered 5xx or wrote on 4xx").isEmpty();
    }

    // ---- request building -----------------------------------------------------------------------------

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");

    static String path(String pattern, String id) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            // Variables that are words (an action, a kind) get a word that is no such thing.
            String value = name.toLowerCase().endsWith("id") || name.equals("id") ? id : "x%00y";
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static byte[] json(Type type, Hostility h, Random random) {
        String text =
                switch (h.shape()) {
                    case TYPED -> type == null ? "{}" : value(type, h, random, 0, false);
                    case WRONG_TYPES -> type == null ? "[1,{\"a\":null}]" : value(type, h, random, 0, true);
                    case MALFORMED -> malformed(h, random);
                    case EMPTY -> null;
                    case NOT_AN_OBJECT -> List.of("null", "[]", "\"text\"", "42", "true", "[{}]")
                            .get(random.nextInt(6));
                };
        if (text == null) {
            return null;
        }
        if (h.shape() == Shape.MALFORMED && random.nextInt(4) == 0) {
            // bytes that are not UTF-8 at all
            byte[] raw = text.getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[raw.length + 3];
            System.arraycopy(raw, 0, out, 0, raw.length);
            out[raw.length] = (byte) 0xff;
            out[raw.length + 1] = (byte) 0xfe;
            out[raw.length + 2] = (byte) 0xc0;
            return out;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String malformed(Hostility h, Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "{\"title\":";
            case 1 -> "{\"title\":\"" + h.texts().get(0) + "\",}";
            case 2 -> "{" + "\"a\":{".repeat(2000) + "}".repeat(1000);
            case 3 -> "[".repeat(5000);
            case 4 -> "{\"title\":\"" + h.texts().get(1) + "\" \"content\":1}";
            case 5 -> "{'title':'single quotes'}";
            case 6 -> "{\"id\":" + "9".repeat(5000) + "}";
            default -> "\u0000{\"title\":\"x\"}";
        };
    }

    /** A JSON value for a Java type, hostile in content; with {@code wrong}, often of the wrong kind. */
    static String value(Type type, Hostility h, Random random, int depth, boolean wrong) {
        if (wrong && random.nextInt(3) == 0) {
            return List.of("{}", "[]", "\"" + pick(h.texts(), random) + "\"", pick(h.numbers(), random), "true")
                    .get(random.nextInt(5));
        }
        if (depth > 4 || random.nextInt(12) == 0) {
            return "null";
        }
        if (type instanceof WildcardType w) {
            return value(w.getUpperBounds()[0], h, random, depth, wrong);
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            if (Collection.class.isAssignableFrom(raw)) {
                int n = random.nextInt(4);
                List<String> items = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    items.add(value(p.getActualTypeArguments()[0], h, random, depth + 1, wrong));
                }
                return "[" + String.join(",", items) + "]";
            }
            if (Map.class.isAssignableFrom(raw)) {
                return "{\"" + pick(h.texts(), random) + "\":"
                        + value(p.getActualTypeArguments()[1], h, random, depth + 1, wrong) + "}";
            }
            return value(raw, h, random, depth, wrong);
        }
        if (!(type instanceof Class<?> c)) {
            return "null";
        }
        if (c == String.class || c == Character.class || c == char.class) {
            return "\"" + pick(h.texts(), random) + "\"";
        }
        if (c == boolean.class || c == Boolean.class) {
            return List.of("true", "false", "\"yes\"", "0").get(random.nextInt(4));
        }
        if (c.isPrimitive() || Number.class.isAssignableFrom(c)) {
            return pick(h.numbers(), random);
        }
        if (Temporal.class.isAssignableFrom(c) || c == java.time.Year.class || c == java.time.YearMonth.class) {
            return pick(h.dates(), random);
        }
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            return random.nextBoolean() && constants.length > 0
                    ? "\"" + ((Enum<?>) constants[random.nextInt(constants.length)]).name() + "\""
                    : "\"" + pick(h.texts(), random) + "\"";
        }
        if (c.isArray()) {
            return "[" + value(c.getComponentType(), h, random, depth + 1, wrong) + "]";
        }
        if (c.isRecord()) {
            List<String> fields = new ArrayList<>();
            for (RecordComponent rc : c.getRecordComponents()) {
                if (random.nextInt(6) == 0) {
                    continue; // missing field
                }
                fields.add("\"" + rc.getName() + "\":" + value(rc.getGenericType(), h, random, depth + 1, wrong));
            }
            return "{" + String.join(",", fields) + "}";
        }
        if (c.getName().startsWith("cn.renda.")) {
            List<String> fields = new ArrayList<>();
            for (var f : c.getDeclaredFields()) {
                if (!java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
                    fields.add("\"" + f.getName() + "\":" + value(f.getGenericType(), h, random, depth + 1, wrong));
                }
            }
            return "{" + String.join(",", fields) + "}";
        }
        return "{\"" + pick(h.texts(), random) + "\":" + pick(h.numbers(), random) + "}";
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    record Multipart(String contentType, byte[] body) {}

    /** Malformed or hostile multipart bodies: no boundary, a wrong one, truncated, garbage files. */
    static Multipart multipart(Hostility h, Random random) {
        String boundary = "----hostile" + Long.toHexString(h.seed());
        String filename = List.of("problems.xlsx", "a\u0000b.xlsx", "../../x.xlsx", "报告.pdf", "")
                .get(random.nextInt(5));
        byte[] content =
                switch (random.nextInt(4)) {
                    case 0 -> "PK\u0003\u0004garbage-not-a-zip".getBytes(StandardCharsets.ISO_8859_1);
                    case 1 -> new byte[0];
                    case 2 -> h.texts().get(0).getBytes(StandardCharsets.UTF_8);
                    default -> {
                        byte[] b = new byte[2048];
                        random.nextBytes(b);
                        yield b;
                    }
                };
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
        String fields = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n"
                + h.texts().get(1) + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n"
                + h.texts().get(2) + "\r\n";
        byte[] start = (fields + head).getBytes(StandardCharsets.UTF_8);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] whole = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, whole, 0, start.length);
        System.arraycopy(content, 0, whole, start.length, content.length);
        System.arraycopy(end, 0, whole, start.length + content.length, end.length);
        return switch (h.shape()) {
            case TYPED -> new Multipart("multipart/form-data; boundary=" + boundary, whole);
            case WRONG_TYPES -> new Multipart("multipart/form-data; boundary=other", whole);
            case MALFORMED -> new Multipart(
                    "multipart/form-data; boundary=" + boundary,
                    java.util.Arrays.copyOf(whole, Math.max(1, whole.length / 2)));
            case EMPTY -> new Multipart("multipart/form-data", null);
            case NOT_AN_OBJECT -> new Multipart(
                    "application/json", "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        };
    }

    // ---- "nothing written" ----------------------------------------------------------------------------

    /** The next transaction id PostgreSQL will assign: writes (even rolled back ones) advance it. */
    private static long nextTransaction() throws Exception {
        try (var rs = database.createStatement()
                .executeQuery("select pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Tables background work writes on its own schedule (outbox, event registry, scheduler locks). */
    private static final Set<String> BACKGROUND = Set.of("public", "notification");

    /**
     * What transactions that began and committed between the two ids wrote, ignoring background tables;
     * null when nothing. A rolled-back transaction (the 4xx path) is "aborted", never "committed".
     */
    private static String committedWrites(long from, long to) throws Exception {
        List<Long> committed = new ArrayList<>();
        try (var ps = database.prepareStatement("select x from generate_series(?::bigint, ?::bigint - 1) x"
                + " where pg_xact_status(x::text::xid8) = 'committed'")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    committed.add(rs.getLong(1));
                }
            }
        }
        if (committed.isEmpty()) {
            return null;
        }
        // Which tables hold rows those transactions wrote (inserted or updated)?
        List<String> tables = new ArrayList<>();
        try (var rs = database.createStatement()
                .executeQuery("select format('%I.%I', n.nspname, c.relname), n.nspname from pg_class c"
                        + " join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r'"
                        + " and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')")) {
            while (rs.next()) {
                tables.add(rs.getString(1) + " " + rs.getString(2));
            }
        }
        String xids = committed.stream()
                .map(String::valueOf)
                .reduce((a, b) -> a + "," + b)
                .orElseThrow();
        List<String> written = new ArrayList<>();
        boolean background = false;
        for (String t : tables) {
            String[] parts = t.split(" ");
            try (var rs = database.createStatement()
                    .executeQuery(
                            "select 1 from " + parts[0] + " where xmin::text::bigint in (" + xids + ") limit 1")) {
                if (rs.next()) {
                    if (BACKGROUND.contains(parts[1])) {
                        background = true;
                    } else {
                        written.add(parts[0]);
                    }
                }
            }
        }
        if (!written.isEmpty()) {
            return written.toString();
        }
        // Committed with no row left behind and no background table: a delete (or a lock) went through.
        return background ? null : "a transaction without rows left (delete?) " + committed;
    }

    private static String preview(byte[] body) {
        return body == null ? "(no body)" : preview(new String(body, StandardCharsets.UTF_8));
    }

    private static String preview(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
