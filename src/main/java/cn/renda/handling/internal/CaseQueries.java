package cn.renda.handling.internal;

import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.handling.CaseFigures;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.ClockName;
import cn.renda.handling.Colour;
import cn.renda.handling.OverdueBoardRow;
import cn.renda.handling.UnitHandlingTally;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The list, worklist and board queries. Lists sort and filter by the next due date kept on the case row
 * ({@code c.next_due}); each row of a page joins one lateral aggregate over its active clocks (index
 * clock_open_case): the name of the next clock and the worst colour rank (0 green, 1 yellow, 2 red) as of
 * {@code today}.
 */
@Repository
class CaseQueries {

    static final String ACTIVE_ASSIGNMENT = "('PENDING','ACCEPTED','PLANNED','OPINION_SENT','REPLIED')";

    private static final Map<String, String> SORTS = Map.of(
            "number", "c.year, c.seq",
            "createdAt", "c.created_at",
            "due", "c.next_due",
            "title", "c.title");

    private static final java.util.regex.Pattern READS_CLOCK_AGGREGATE =
            java.util.regex.Pattern.compile("(?<![\\w.])cl\\.");

    private final JdbcClient jdbc;

    CaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A WHERE clause with its parameters. */
    static final class Where {
        final List<String> parts = new ArrayList<>();
        final List<Object> params = new ArrayList<>();

        Where and(String sql, Object... values) {
            parts.add(sql);
            params.addAll(Arrays.asList(values)); // the congress may be null: no congress bound, no row
            return this;
        }

        String sql() {
            return parts.isEmpty() ? "true" : String.join(" and ", parts);
        }
    }

    private static String from() {
        return "from handling.cases c\n" + lateral();
    }

    /**
     * The worst colour (ordinal) of a case's active clocks, a paused clock judged on its pause day: the contract's
     * {@link Colour#ordinalSql}; the day is bound twice (two parameters).
     */
    static final String WORST_COLOUR = "max(" + Colour.ordinalSql("k", "coalesce(k.paused_on, ?)") + ")";

    /**
     * The lateral's parameters: the day twice, then the congress. As a value, not the outer row's: Citus refuses a
     * lateral outer join tied to the row of a sub-select ("cannot perform a lateral outer join ...").
     */
    private static List<Object> lateralParams(LocalDate today) {
        return Arrays.asList(today, today, TenantContext.orNone());
    }

    private static String lateral() {
        // The next due date itself is on the case row (c.next_due, kept by the engine's writes); the clocks are
        // read for the name of the next one and the colour, for the page's rows only.
        return """
                left join lateral (
                    select (array_agg(k.name order by k.due_date))[1] as next_clock,
                           %s as rank
                    from handling.clock k
                    where k.congress_id = ? and k.case_id = c.id
                      and k.state in ('RUNNING','EXTENDED','OVERDUE','PAUSED')
                ) cl on true
                """
                .formatted(WORST_COLOUR);
    }

    /*
     * The colour predicates start from the clocks (partial indexes clock_active_yellow and clock_paused, a
     * few thousand rows per congress; a red clock is always inside its reminder window) instead of computing the lateral rank of every
     * candidate case. They say exactly what cl.rank says (red: a clock past due, a PAUSED one judged by its
     * paused_on; yellow: a clock in its window and none red) and leave the lateral to the page's rows.
     */
    private static final String RED_CASES = "(select k.case_id from handling.clock k"
            + " where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE') and k.yellow_from <= ?"
            + " and k.due_date < ?"
            + " union all select k.case_id from handling.clock k"
            + " where k.congress_id = ? and k.state = 'PAUSED' and k.paused_on > k.due_date)";
    private static final String YELLOW_TEST_CASES = "(select k.case_id from handling.clock k"
            + " where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE') and k.yellow_from <= ?"
            + " union all select k.case_id from handling.clock k"
            + " where k.congress_id = ? and k.state = 'PAUSED' and k.paused_on >= k.yellow_from)";

    /** The cases with a paused clock: the only ones whose colour the next due date alone does not tell. */
    private static final String PAUSED_CASES =
            "(select k.case_id from handling.clock k where k.congress_id = ? and k.state = 'PAUSED')";

    /**
     * Red from the case row: an open case is red exactly when its next due date ({@code c.next_due}, the earliest
     * due date of its active clocks, kept by the engine) has passed, unless a paused clock is among them — a paused
     * clock is judged on its pause day, so those few cases (index clock_paused) take the clocks' test. Read from the
     * row, the filter is an index condition of cases_open_due and a filter of the list indexes' included columns,
     * not a probe of each red case's row (EXPLAIN in bench/README.md, issue #11 session 7).
     */
    private static final String RED_BY_NEXT_DUE =
            "not c.final and c.next_due < ? and (c.id not in " + PAUSED_CASES + " or c.id in " + RED_CASES + ")";

    /** Cases whose worst active clock has the given colour as of {@code today} (the value of cl.rank). */
    static void colour(Where w, Colour colour, LocalDate today) {
        Long congress = TenantContext.orNone();
        switch (colour) {
            case RED -> w.and(RED_BY_NEXT_DUE, today, congress, congress, today, today, congress);
            case YELLOW -> notRed(w, "c.id in ", congress, today);
            case GREEN -> notRed(w, "c.id not in ", congress, today);
        }
    }

    /** Yellow and green differ only in whether the case has a clock in its reminder window; neither is red. */
    private static void notRed(Where w, String inWindow, Long congress, LocalDate today) {
        w.and(
                inWindow + YELLOW_TEST_CASES + " and c.id not in " + RED_CASES,
                congress,
                today,
                congress,
                congress,
                today,
                today,
                congress);
    }

    /** Restricts to the cases the user may see (DESIGN §5 scopes). */
    static void scope(Where w, CurrentUser user) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            return;
        }
        // The congress as a value in each look-up: under OR an EXISTS is no semi-join, and Citus refuses one tied
        // to the outer row's congress ("complex joins are only supported ...").
        List<String> any = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (user.hasAny(Role.UNIT) && user.unitId() != null) {
            any.add(
                    "exists (select 1 from handling.assignment a where a.congress_id = ? and a.case_id = c.id and a.unit_id = ?)");
            params.add(TenantContext.orNone());
            params.add(user.unitId());
        }
        if (user.hasAny(Role.DEPUTY, Role.STREET)) {
            any.add(
                    "exists (select 1 from handling.proposer p where p.congress_id = ? and p.case_id = c.id and p.account_id = ?)");
            params.add(TenantContext.orNone());
            params.add(user.id());
            any.add("c.created_by = ?");
            params.add(user.id());
            any.add("c.visibility = 'PUBLISHED'");
        }
        if (any.isEmpty()) {
            w.and("false");
        } else {
            w.and("(" + String.join(" or ", any) + ")", params.toArray());
        }
    }

    static void filter(Where w, CaseFilter f, LocalDate today) {
        if (f == null) {
            return;
        }
        if (f.kind() != null && !f.kind().isBlank()) {
            w.and("c.kind = ?", f.kind());
        }
        if (f.state() != null && !f.state().isBlank()) {
            w.and("c.state = ?", f.state());
        }
        if (f.unitId() != null) {
            w.and(
                    "exists (select 1 from handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ? and a.state in "
                            + ACTIVE_ASSIGNMENT + ")",
                    f.unitId());
        }
        if (f.colour() != null) {
            colour(w, f.colour(), today);
        }
        if (f.dueBefore() != null) {
            w.and("c.next_due <= ?", f.dueBefore());
        }
        if (f.dueAfter() != null) {
            w.and("c.next_due >= ?", f.dueAfter());
        }
        if (f.q() != null && !f.q().isBlank()) {
            String like =
                    "%" + f.q().trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            w.and("(c.number ilike ? or c.title ilike ? or c.content ilike ?)", like, like, like);
        }
        if (f.keyCase() != null) {
            w.and("c.key_case = ?", f.keyCase());
        }
    }

    /**
     * The clause with the congress as a value first: Citus routes the statement to the congress's shard by it
     * (README "Running on Citus"); on plain PostgreSQL it leads the congress-led indexes.
     */
    private static Where routed(Where w) {
        Where r = new Where();
        r.parts.add("c.congress_id = ?");
        r.params.add(TenantContext.orNone());
        r.parts.addAll(w.parts);
        r.params.addAll(w.params);
        return r;
    }

    List<CaseSummary> page(Where where, LocalDate today, PageRequest page, String defaultOrder) {
        Where w = routed(where);
        List<Object> params = new ArrayList<>(lateralParams(today));
        params.addAll(w.params);
        params.add(page.size());
        params.add(page.offset());
        String order = page.orderBy(SORTS, defaultOrder);
        String columns =
                """
                select c.id, c.kind, c.number, c.title, c.category, c.state, c.visibility, c.key_case,
                       coalesce(cl.rank, 0) as rank, cl.next_clock, c.next_due, c.created_at, c.version
                """;
        String sql;
        if (READS_CLOCK_AGGREGATE.matcher(w.sql() + " " + order).find()) {
            sql = columns + from() + " where " + w.sql() + " order by " + order + ", c.id desc limit ? offset ?";
        } else {
            // Neither filter nor order reads the clocks: take the page's ids first, then its rows, so the clocks'
            // aggregate is computed for these rows only, not for every match before the sort. The ids alone:
            // when the filter and order read only indexed columns (cases_kind_state_created, cases_open_due) the
            // match is found in the index without reading the case rows it passes over.
            params = new ArrayList<>(w.params);
            params.add(page.size());
            params.add(page.offset());
            params.add(TenantContext.orNone());
            params.addAll(lateralParams(today));
            sql = columns
                    + "from (select c.id from handling.cases c where " + w.sql()
                    + " order by " + order + ", c.id desc limit ? offset ?) p\n"
                    + "join handling.cases c on c.congress_id = ? and c.id = p.id\n" + lateral()
                    + " order by " + order + ", c.id desc";
        }
        return jdbc.sql(sql)
                .params(params)
                .query((rs, n) -> new CaseSummary(
                        rs.getLong("id"),
                        rs.getString("kind"),
                        rs.getString("number"),
                        rs.getString("title"),
                        rs.getString("category"),
                        rs.getString("state"),
                        Visibility.valueOf(rs.getString("visibility")),
                        rs.getBoolean("key_case"),
                        Colour.values()[rs.getInt("rank")],
                        rs.getString("next_clock") == null ? null : ClockName.valueOf(rs.getString("next_clock")),
                        rs.getObject("next_due", LocalDate.class),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getLong("version")))
                .list();
    }

    long count(Where where, LocalDate today) {
        Where w = routed(where);
        // The clocks' aggregate is joined only when the filter reads it (due-date bounds): a count over
        // thousands of cases would otherwise compute it for each of them.
        boolean lateral = READS_CLOCK_AGGREGATE.matcher(w.sql()).find();
        List<Object> params = new ArrayList<>(lateral ? lateralParams(today) : List.of());
        params.addAll(w.params);
        return jdbc.sql("select count(*) " + (lateral ? from() : "from handling.cases c ") + " where " + w.sql())
                .params(params)
                .query(Long.class)
                .single();
    }

    /**
     * Assigned, replied, replies A–D, evaluated, satisfied, basically satisfied, unsatisfied, key and overdue
     * cases among the given ones: one statement over the congress-led indexes (migration 0565). "Assigned" and
     * "overdue" are index probes per case ({@code exists} in the aggregate's filter), not joins to per-case
     * sets: under the tenant policy's underestimate PostgreSQL joined those by nested loops (51 s at scale 1
     * for a year of 11,769 cases; now 0.3 s, as {@link #unitTallies}).
     */
    CaseFigures figures(long[] caseIds, LocalDate today) {
        return jdbc.sql(
                        """
                        select count(*) filter (where exists (select 1 from handling.assignment a
                                                               where a.congress_id = ? and a.case_id = c.id)),
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
                               count(*) filter (where exists (select 1 from handling.clock k
                                                               where k.congress_id = ? and k.case_id = c.id
                                                                 and (k.state = 'OVERDUE'
                                                                      or k.state in ('RUNNING','EXTENDED')
                                                                         and k.due_date < ?)))
                          from (select distinct u.id from unnest(?::bigint[]) as u(id)) y
                          join handling.cases c on c.congress_id = ? and c.id = y.id
                        """)
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .param(today) // OVERDUE is derived from the due date (ClockRow.stateOn), the sweep writes no state
                .param(caseIds)
                .param(TenantContext.orNone())
                .query((rs, n) -> new CaseFigures(
                        rs.getInt(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12)))
                .single();
    }

    /**
     * Per answering unit (lead or separate assignment, not cancelled) among the given cases, in the order the
     * units first appear: cases, due, on time, contacted (the caller's pairs), first result A–D, last
     * evaluation satisfied / basically satisfied; and the evaluated cases it answers (any non-CO assignment).
     *
     * <p>Each assignment row looks up its case's last evaluation, its REPLY clock and its unit's first result by
     * index ({@code limit 1} laterals), so the cost is a few index probes per assignment whatever the planner
     * estimates. The earlier form joined per-case aggregates (CTEs) to the assignments; under the tenant
     * policy's underestimate (bench/README.md, issue #11 session 7) PostgreSQL joined them by nested loops with
     * a join filter, comparing every assignment with every aggregate row: 42 s at scale 1 for a year of 11,327
     * assignments, and the year's report refreshes every few seconds (session 8).
     */
    List<UnitHandlingTally> unitTallies(
            long[] caseIds, long[] contactedCaseIds, long[] contactedUnitIds, LocalDate today) {
        return jdbc.sql(
                        """
                        with y as (select distinct u.id from unnest(?::bigint[]) as u(id)),
                        a as materialized (
                            select a.unit_id, a.case_id, a.id, a.state, le.found, le.evaluation
                              from y join handling.assignment a on a.congress_id = ? and a.case_id = y.id
                              left join lateral (
                                  select true as found, e.evaluation from handling.evaluation e
                                   where e.congress_id = ? and e.case_id = a.case_id
                                   order by e.at desc, e.id desc limit 1) le on true
                             where a.role <> 'CO'),
                        contacted as (
                            select ct.case_id, ct.unit_id from unnest(?::bigint[], ?::bigint[]) as ct(case_id, unit_id))
                        select a.unit_id,
                               count(*) filter (where a.state <> 'CANCELLED'),
                               count(*) filter (where a.state <> 'CANCELLED' and rc.state in ('MET','OVERDUE')),
                               count(*) filter (where a.state <> 'CANCELLED' and rc.state = 'MET' and not rc.met_late),
                               count(*) filter (where a.state <> 'CANCELLED'
                                                  and (a.case_id, a.unit_id) in (select case_id, unit_id from contacted)),
                               count(*) filter (where a.state <> 'CANCELLED' and fr.result_class = 'A'),
                               count(*) filter (where a.state <> 'CANCELLED' and fr.result_class = 'B'),
                               count(*) filter (where a.state <> 'CANCELLED' and fr.result_class = 'C'),
                               count(*) filter (where a.state <> 'CANCELLED' and fr.result_class = 'D'),
                               count(*) filter (where a.state <> 'CANCELLED' and a.evaluation = 'SATISFIED'),
                               count(*) filter (where a.state <> 'CANCELLED' and a.evaluation = 'BASICALLY_SATISFIED'),
                               count(distinct a.case_id) filter (where a.found)
                          from a
                          left join lateral (
                              select case when k.state in ('RUNNING','EXTENDED') and k.due_date < ? then 'OVERDUE'
                                          else k.state end as state, k.met_late from handling.clock k
                               where a.state <> 'CANCELLED' and k.congress_id = ? and k.case_id = a.case_id
                                 and k.name = 'REPLY'
                               order by k.id desc limit 1) rc on true
                          left join lateral (
                              select r.result_class from handling.reply r
                               where a.state <> 'CANCELLED' and r.congress_id = ? and r.case_id = a.case_id
                                 and r.unit_id = a.unit_id and r.type = 'RESULT' and r.result_class is not null
                               order by r.at, r.id limit 1) fr on true
                         group by a.unit_id
                        having count(*) filter (where a.state <> 'CANCELLED') > 0
                         order by min(array[a.case_id, a.id]) filter (where a.state <> 'CANCELLED')
                        """)
                .param(caseIds)
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .param(contactedCaseIds)
                .param(contactedUnitIds)
                .param(today) // OVERDUE derived, as in figures
                .param(TenantContext.orNone())
                .param(TenantContext.orNone())
                .query((rs, n) -> new UnitHandlingTally(
                        rs.getLong(1),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getInt(12)))
                .list();
    }

    /**
     * Open cases by active assignment's unit and kind and the worst colour of their active clocks: one
     * GROUP BY over the congress's active clocks (index clock_open_case) hash-joined to its open cases
     * (cases_open) and active assignments (assignment_congress_case), not one clock probe per case.
     */
    List<OverdueBoardRow> board(String kind, LocalDate today) {
        Where w = routed(new Where().and("not c.final"));
        if (kind != null && !kind.isBlank()) {
            w.and("c.kind = ?", kind);
        }
        List<Object> params = new ArrayList<>(Arrays.asList(today, today, TenantContext.orNone()));
        params.addAll(w.params);
        return jdbc.sql(
                        """
                        select a.unit_id, c.kind,
                               count(*) filter (where coalesce(cl.rank, 0) = 0),
                               count(*) filter (where cl.rank = 1),
                               count(*) filter (where cl.rank = 2)
                          from handling.cases c
                          join handling.assignment a on a.congress_id = c.congress_id and a.case_id = c.id
                           and a.state in %s
                          left join (
                              select k.congress_id, k.case_id, %s as rank
                                from handling.clock k
                               where k.congress_id = ? and k.state in ('RUNNING','EXTENDED','OVERDUE','PAUSED')
                               group by k.congress_id, k.case_id
                          ) cl on cl.congress_id = c.congress_id and cl.case_id = c.id
                         where %s
                         group by a.unit_id, c.kind order by 5 desc, 4 desc, a.unit_id, c.kind
                        """
                                .formatted(ACTIVE_ASSIGNMENT, WORST_COLOUR, w.sql()))
                .params(params)
                .query((rs, n) -> new OverdueBoardRow(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();
    }
}
