package cn.renda.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every statement on a tenant table names the congress as a value ({@code congress_id = ?} or
 * {@code congress_id = :congress}), so that Citus routes it to the congress's shard instead of sending it to
 * every shard, where row locks, joins and some functions are refused (README "Running on Citus").
 *
 * <p>Read from the sources, no database: each {@code .sql(…)} argument is rebuilt from its string literals and
 * the file's string constants; a part that cannot be resolved (a local variable, a method's result) counts as
 * naming the congress when the same method binds {@code TenantContext.require()} or {@code orNone()}. Inserts are exempt (Citus
 * routes them by the congress column's value, filled by its default). The list in
 * {@code citus/unrouted-statements.txt} names the statements not converted yet; it may only shrink.
 */
class TenantStatementsTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern BINDS_CONGRESS = Pattern.compile("congress_id\\s*=\\s*(\\?|:\\w+)");
    private static final Pattern STATEMENT = Pattern.compile("^\\s*(select|update|delete|with)\\b");

    @Test
    void everyStatementOnATenantTableNamesTheCongressAsAValue() {
        Set<String> tenantTables = tenantTables();
        Pattern tenantReference = Pattern.compile("\\b(?:from|join|update)\\s+("
                + String.join("|", tenantTables.stream().map(Pattern::quote).toList()) + ")\\b");
        Set<String> allowed = allowed();
        List<String> violations = new ArrayList<>();
        Set<String> stillUsed = new TreeSet<>();
        for (Path file : javaFiles()) {
            String src = read(file);
            String cls = file.getFileName().toString().replace(".java", "");
            Map<String, String> constants = constants(src);
            Set<String> binders = bindingMethods(src);
            for (Statement s : statements(src, constants)) {
                String text = s.text().toLowerCase(Locale.ROOT);
                if (!STATEMENT.matcher(text).find()
                        || !tenantReference.matcher(text).find()) {
                    continue;
                }
                boolean named = BINDS_CONGRESS.matcher(text).find() || (s.opaque() && binds(s.method(), binders));
                List<String> correlated = correlatedLookUps(text);
                if (named
                        && (s.opaque() || unboundReferences(text, tenantTables).isEmpty())
                        && correlated.isEmpty()) {
                    continue;
                }
                String key = (cls + ": " + abbreviate(text)).strip();
                if (allowed.contains(key)) {
                    stillUsed.add(key);
                } else {
                    violations.add(key + "  <- not bound: "
                            + (named ? unboundReferences(text, tenantTables) + " " + correlated : "all"));
                }
            }
        }
        assertThat(violations)
                .as("statements on tenant tables without congress_id = ? (README \"Running on Citus\")")
                .isEmpty();
        assertThat(allowed)
                .as("entries of citus/unrouted-statements.txt that no longer match a statement: remove them")
                .isSubsetOf(stillUsed);
    }

    /** A statement parameter built from {@code TenantContext.require()} ({@code .param(…)}, {@code .params(…)}, a list). */
    private static final Pattern REQUIRED_CONGRESS_PARAMETER =
            Pattern.compile("(?:\\.params?\\(|params\\.add\\()[^;]*?TenantContext\\.require\\(\\)");

    @Test
    void statementsBindTheCongressByOrNoneNotRequire() {
        // The binding rule of every statement (TenantContext.orNone()): without a congress a statement matches
        // nothing, as row-level security answers; require() would fail the request with a 500 instead.
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = REQUIRED_CONGRESS_PARAMETER.matcher(read(file));
            while (m.find()) {
                offenders.add(file.getFileName() + ": " + m.group().replaceAll("\\s+", " "));
            }
        }
        assertThat(offenders).isEmpty();
        assertThat(REQUIRED_CONGRESS_PARAMETER
                        .matcher("params.add(TenantContext.require());")
                        .find())
                .isTrue();
        assertThat(REQUIRED_CONGRESS_PARAMETER
                        .matcher(".params(id,\n        TenantContext.require())")
                        .find())
                .isTrue();
    }

    @Test
    void everyReferenceToATenantTableIsBoundByItsCongress() {
        // Citus refuses a statement whose tenant tables are not all tied to the congress ("complex joins are
        // only supported when all distributed tables are co-located and joined on their distribution
        // columns"): naming the congress for one table of the statement is not enough.
        Set<String> tables = Set.of("supervision.inquiry_team", "supervision.inquiry_visit", "handling.reply");
        assertThat(unboundReferences(
                        "select t.id, (select count(*) from supervision.inquiry_visit v where v.congress_id = ?"
                                + " and v.team_id = t.id) from supervision.inquiry_team t where t.inquiry_id = ?",
                        tables))
                .containsExactly("supervision.inquiry_team t");
        assertThat(unboundReferences(
                        "select t.id from supervision.inquiry_team t join supervision.inquiry_visit v"
                                + " on v.congress_id = t.congress_id and v.team_id = t.id where t.congress_id = ?",
                        tables))
                .isEmpty();
        assertThat(unboundReferences("update handling.reply set text = ? where congress_id = ? and id = ?", tables))
                .isEmpty();
        assertThat(unboundReferences("delete from handling.reply where id = ?", tables))
                .containsExactly("handling.reply");
    }

    @Test
    void aLookUpInsideAnExpressionNamesTheCongressAsAValue() {
        // Citus prunes a sub-select's shards only by a value: one tied to the outer row's congress runs on
        // every shard (a task per shard, and refused with row locks)
        assertThat(correlatedLookUps("select m.id, (select count(*) from meeting.agenda_item i"
                        + " where i.congress_id = m.congress_id and i.meeting_id = m.id) from meeting.meeting m"
                        + " where m.congress_id = ?"))
                .containsExactly("i.congress_id = m.congress_id");
        assertThat(correlatedLookUps("select m.id, (select count(*) from meeting.agenda_item i"
                        + " where i.congress_id = ? and i.meeting_id = m.id) from meeting.meeting m"
                        + " where m.congress_id = ?"))
                .isEmpty();
        // a semi-join (EXISTS, not under OR) and a lateral join are planned with the outer row: routed
        assertThat(correlatedLookUps("select c.id from handling.cases c where c.congress_id = ? and exists"
                        + " (select 1 from handling.assignment a where a.congress_id = c.congress_id)"))
                .isEmpty();
        assertThat(correlatedLookUps("select c.id from handling.cases c where c.congress_id = ? and (c.final or"
                        + " exists (select 1 from handling.assignment a where a.congress_id = c.congress_id))"))
                .containsExactly("a.congress_id = c.congress_id");
        assertThat(correlatedLookUps("select c.id from handling.cases c left join lateral (select min(k.due_date)"
                        + " from handling.clock k where k.congress_id = c.congress_id) cl on true"
                        + " where c.congress_id = ?"))
                .isEmpty();
    }

    private static final Pattern SUB_SELECT = Pattern.compile("\\(\\s*select\\b");
    private static final Pattern CONGRESS_JOIN =
            Pattern.compile("\\b([a-z_]\\w*)\\.congress_id\\s*=\\s*([a-z_]\\w*)\\.congress_id\\b");
    private static final Pattern ALIAS =
            Pattern.compile("\\b(?:from|join)\\s+[a-z_]+\\.[a-z_]+(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");

    /**
     * The congress conditions of sub-selects inside an expression (scalar, array, IN, or EXISTS under OR) that
     * tie a table of the sub-select to a table outside it instead of to a value.
     */
    static List<String> correlatedLookUps(String text) {
        List<String> out = new ArrayList<>();
        Matcher sub = SUB_SELECT.matcher(text);
        while (sub.find()) {
            String before = text.substring(Math.max(0, sub.start() - 16), sub.start());
            boolean semiJoin =
                    before.matches("(?s).*\\bexists\\s*$") && !before.matches("(?s).*\\bor\\s+(not\\s+)?exists\\s*$");
            if (semiJoin || before.matches("(?s).*\\blateral\\s*$")) {
                continue;
            }
            String body = text.substring(sub.start(), matchingParen(text, sub.start()));
            Set<String> inside = new TreeSet<>();
            Matcher a = ALIAS.matcher(body);
            while (a.find()) {
                if (a.group(1) != null && !NOT_ALIASES.contains(a.group(1))) {
                    inside.add(a.group(1));
                }
            }
            Matcher j = CONGRESS_JOIN.matcher(body);
            while (j.find()) {
                if (inside.contains(j.group(1)) != inside.contains(j.group(2))) {
                    out.add(j.group());
                }
            }
        }
        return out;
    }

    private static final Pattern REFERENCE =
            Pattern.compile("\\b(?:from|join|update)\\s+([a-z_]+\\.[a-z_]+)(?:\\s+(?:as\\s+)?([a-z_][a-z0-9_]*))?");
    private static final Set<String> NOT_ALIASES = Set.of(
            "where",
            "join",
            "left",
            "right",
            "inner",
            "full",
            "cross",
            "on",
            "set",
            "order",
            "group",
            "limit",
            "using",
            "returning",
            "for",
            "union",
            "natural",
            "lateral",
            "having",
            "offset",
            "window",
            "except",
            "intersect",
            "and",
            "or");

    /**
     * The tenant tables of a statement whose alias (or, without one, whose name or a bare column) never appears
     * with {@code congress_id}: neither bound to a value nor joined to another table's congress.
     */
    static List<String> unboundReferences(String text, Set<String> tenantTables) {
        List<String> out = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String table = m.group(1);
            if (!tenantTables.contains(table)) {
                continue;
            }
            String alias = m.group(2) == null || NOT_ALIASES.contains(m.group(2)) ? null : m.group(2);
            boolean bound = alias != null
                    ? Pattern.compile("(?<![\\w.])" + Pattern.quote(alias) + "\\.congress_id\\b")
                            .matcher(text)
                            .find()
                    : Pattern.compile("(?<![\\w.])(?:" + Pattern.quote(table) + "\\.)?congress_id\\b")
                            .matcher(text)
                            .find();
            if (!bound) {
                out.add(alias == null ? table : table + " " + alias);
            }
        }
        return out;
    }

    @Test
    void theCheckSeesTheStatementsAndTheTenantTables() {
        // guards the check itself: a parser that found nothing would pass everything
        assertThat(tenantTables()).contains("handling.cases", "suggestion.submission", "organization.person");
        String src =
                """
                class X {
                    private static final String COLUMNS = "id, name";
                    void a() { jdbc.sql("select " + COLUMNS + " from organization.person where id = ?").param(1); }
                    void b() { jdbc.sql(\"\"\"
                        select id from organization.person where congress_id = ? and id = ?\"\"\"); }
                }
                """;
        List<Statement> found = statements(src, constants(src));
        assertThat(found)
                .extracting(Statement::text)
                .containsExactly(
                        "select id, name from organization.person where id = ?",
                        "select id from organization.person where congress_id = ? and id = ?");
        assertThat(BINDS_CONGRESS.matcher(found.get(0).text()).find()).isFalse();
        assertThat(BINDS_CONGRESS.matcher(found.get(1).text()).find()).isTrue();
    }

    /** One {@code .sql(…)} call: its rebuilt text, whether a part was unresolved, and its method's source. */
    record Statement(String text, boolean opaque, String method) {}

    static Set<String> tenantTables() {
        Set<String> tables = new TreeSet<>();
        Pattern create = Pattern.compile(
                "create table (?:if not exists )?([a-z_]+\\.[a-z_]+)\\s*\\((.*?)\\n\\s*\\)\\s*;", Pattern.DOTALL);
        Pattern addColumn = Pattern.compile(
                "alter table (?:only )?([a-z_]+\\.[a-z_]+)[^;]*add column (?:if not exists )?congress_id");
        try (Stream<Path> files = Files.walk(MIGRATIONS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".sql")).toList()) {
                String sql = read(f).toLowerCase(Locale.ROOT).replaceAll("--[^\\n]*", "");
                Matcher m = create.matcher(sql);
                while (m.find()) {
                    if (m.group(2).matches("(?s).*\\bcongress_id\\b.*")) {
                        tables.add(m.group(1));
                    }
                }
                Matcher a = addColumn.matcher(sql);
                while (a.find()) {
                    tables.add(a.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    /** {@code static final String X = "…" + "…";} (text blocks too); {@code %s} of formatted() stays as is. */
    static Map<String, String> constants(String src) {
        Map<String, String> out = new HashMap<>();
        Matcher m = Pattern.compile("static final String (\\w+)\\s*=\\s*").matcher(src);
        while (m.find()) {
            int end = src.indexOf(';', m.end());
            StringBuilder text = new StringBuilder();
            int i = m.end();
            while (i < end) {
                if (src.charAt(i) == '"') {
                    int close = literalEnd(src, i);
                    text.append(literal(src, i, close));
                    i = close;
                    end = Math.max(end, src.indexOf(';', i));
                } else {
                    i++;
                }
            }
            out.put(m.group(1), text.toString());
        }
        return out;
    }

    static List<Statement> statements(String src, Map<String, String> constants) {
        List<Statement> out = new ArrayList<>();
        int from = 0;
        while ((from = src.indexOf(".sql(", from)) >= 0) {
            int open = from + 4;
            int close = matchingParen(src, open);
            StringBuilder text = new StringBuilder();
            boolean opaque = false;
            int i = open + 1;
            while (i < close - 1) {
                char c = src.charAt(i);
                if (c == '"') {
                    int end = literalEnd(src, i);
                    text.append(literal(src, i, end));
                    i = end;
                } else if (Character.isJavaIdentifierStart(c)) {
                    int j = i;
                    while (j < close && (Character.isJavaIdentifierPart(src.charAt(j)) || src.charAt(j) == '.')) {
                        j++;
                    }
                    String name = src.substring(i, j);
                    if (constants.containsKey(name) && (j >= close - 1 || src.charAt(j) != '(')) {
                        text.append(constants.get(name));
                    } else {
                        opaque = true;
                        if (j < close && src.charAt(j) == '(') {
                            j = matchingParen(src, j);
                        }
                    }
                    i = j;
                } else {
                    i++;
                }
            }
            out.add(new Statement(text.toString().replaceAll("\\s+", " ").strip(), opaque, enclosingMethod(src, from)));
            from = close;
        }
        return out;
    }

    private static final Pattern METHOD = Pattern.compile("\\n    [\\w<>\\[\\], ?]+ (\\w+)\\([^;{]*\\)[^;{]*\\{");

    /** Methods of the file that bind the congress, such as the builders of a dynamic where clause. */
    private static Set<String> bindingMethods(String src) {
        Set<String> out = new TreeSet<>();
        Matcher m = METHOD.matcher(src);
        while (m.find()) {
            String method = enclosingMethod(src, m.start() + 1);
            if (method.contains("TenantContext.require()") || method.contains("TenantContext.orNone()")) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static boolean binds(String method, Set<String> binders) {
        return method.contains("TenantContext.require()")
                || method.contains("TenantContext.orNone()")
                || binders.stream().anyMatch(b -> method.matches("(?s).*[^\\w.]" + b + "\\(.*"));
    }

    /** The source from the previous method-like line to the next one, enough to see what a method binds. */
    private static String enclosingMethod(String src, int at) {
        int start = 0;
        Matcher m = METHOD.matcher(src);
        int end = src.length();
        while (m.find()) {
            if (m.start() <= at) {
                start = m.start();
            } else {
                end = m.start();
                break;
            }
        }
        return src.substring(start, end);
    }

    private static int literalEnd(String src, int i) {
        if (src.startsWith("\"\"\"", i)) {
            return src.indexOf("\"\"\"", i + 3) + 3;
        }
        int j = i + 1;
        while (src.charAt(j) != '"') {
            j += src.charAt(j) == '\\' ? 2 : 1;
        }
        return j + 1;
    }

    private static String literal(String src, int start, int end) {
        return src.startsWith("\"\"\"", start) ? src.substring(start + 3, end - 3) : src.substring(start + 1, end - 1);
    }

    private static int matchingParen(String src, int open) {
        int depth = 0;
        int i = open;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '"') {
                i = literalEnd(src, i);
                continue;
            }
            if (c == '\'') {
                i = src.indexOf('\'', i + (src.charAt(i + 1) == '\\' ? 3 : 2)) + 1;
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return src.length();
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100);
    }

    private static Set<String> allowed() {
        try (var in = TenantStatementsTests.class.getResourceAsStream("/citus/unrouted-statements.txt")) {
            if (in == null) {
                return Set.of();
            }
            Set<String> out = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaFiles() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
