package cn.renda.handling.internal;

import cn.renda.core.CongressCache;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.core.TenantTransactions;
import cn.renda.handling.Action;
import cn.renda.handling.CaseEvent;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.ClocksRecoloured;
import cn.renda.handling.Colour;
import cn.renda.handling.OverdueBoardRow;
import cn.renda.handling.Worklist;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** The case list, the worklists with their counts and the three-colour board. */
@Component
class CaseLists {
    final CaseQueries queries;
    final KindRegistry kinds;
    final BoardCache board;
    final Deadlines deadlines;

    /**
     * A user's worklist counts (the to-do tabs, and the navigation badge on every page), counted once for the
     * requests of a few seconds instead of on each page, and forgotten as soon as an engine event of the
     * congress completes: every change a count can see is such an event, and the day (colours) is in the key.
     */
    private final CongressCache<CountKey, Map<Worklist, Long>> counts;

    /** Totals of filtered case lists ({@link #total}). */
    private final Cache<TotalKey, Long> totals;

    CaseLists(
            CaseQueries queries,
            KindRegistry kinds,
            BoardCache board,
            Deadlines deadlines,
            TenantTransactions tenant,
            @Value("${renda.handling.worklist-count-ttl:5s}") Duration countTtl) {
        this.queries = queries;
        this.kinds = kinds;
        this.board = board;
        this.deadlines = deadlines;
        this.totals = Caffeine.newBuilder()
                .expireAfterWrite(countTtl)
                .maximumSize(10_000)
                .build();
        // A miss (or a refresh in the background, without a signed-in user) counts in a read-only transaction
        // of the key's congress, for the user the key carries.
        this.counts = new CongressCache<>(
                countTtl,
                countTtl.multipliedBy(2),
                10_000,
                (congress, key) -> tenant.read(congress, () -> countNow(key.user(), key.today())));
    }

    /**
     * What the counts depend on: the user, their roles and unit, and the day. {@code user} is carried for the
     * computation and not compared.
     */
    private record CountKey(long userId, Set<Role> roles, Long unitId, LocalDate today, CurrentUser user) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CountKey k
                    && k.userId == userId
                    && k.roles.equals(roles)
                    && Objects.equals(k.unitId, unitId)
                    && k.today.equals(today);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, roles, unitId, today);
        }
    }

    Page<CaseSummary> list(CaseFilter filter, PageRequest page) {
        CurrentUser user = CurrentUser.require();
        CaseQueries.Where w = new CaseQueries.Where();
        CaseQueries.scope(w, user);
        LocalDate today = deadlines.today();
        CaseQueries.filter(w, filter, today);
        return Page.of(queries.page(w, today, page, "c.created_at desc"), page, total(w, today));
    }

    /**
     * The number of cases a filtered list matches, counted once for the requests of a few seconds (the same query,
     * scope and day: every page of a list, and every user with the same scope) and forgotten when an engine event
     * of the congress completes, as the worklist counts are. Counted in the caller's transaction on a miss.
     */
    private long total(CaseQueries.Where w, LocalDate today) {
        var congress = TenantContext.current();
        if (congress.isEmpty()) {
            return queries.count(w, today);
        }
        TotalKey key = new TotalKey(
                congress.get(),
                w.sql(),
                w.params.stream()
                        .map(p -> p instanceof Object[] a ? List.of(a) : p)
                        .toList(),
                today);
        Long cached = totals.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        long n = queries.count(w, today);
        totals.put(key, n);
        return n;
    }

    /** A filtered list's query as counted: the congress, the WHERE clause and its values, the day (colours). */
    private record TotalKey(long congress, String sql, List<Object> params, LocalDate today) {}

    /** Published cases of a kind, newest first, for public pages (no user: publication is the scope). */
    Page<CaseSummary> published(String kind, PageRequest page) {
        CaseQueries.Where w = new CaseQueries.Where();
        w.and("c.visibility = 'PUBLISHED'");
        if (kind != null) {
            w.and("c.kind = ?", kind);
        }
        LocalDate today = deadlines.today();
        return Page.of(queries.page(w, today, page, "c.created_at desc"), page, queries.count(w, today));
    }

    Page<CaseSummary> worklist(Worklist worklist, PageRequest page) {
        CurrentUser user = CurrentUser.require();
        LocalDate today = deadlines.today();
        String order = worklist == Worklist.KEY_CASES
                ? "(c.supervising_leader = " + user.id() + ") desc, c.next_due nulls last"
                : "c.next_due nulls last";
        // The list's size is one of the user's worklist counts when they are cached (the page's navigation
        // badge has just read them; dropped on every case event), not a second count of the same cases. Only
        // if present: this runs in a transaction, and a miss would take a second connection.
        Map<Worklist, Long> cached = counts.getIfPresent(key(user, today));
        Long total = cached == null ? null : cached.get(worklist);
        boolean walk = total != null && walksInDueOrder(worklist, user, total, page);
        CaseQueries.Where w = worklistWhere(worklist, user, today, walk);
        return Page.of(queries.page(w, today, page, order), page, total != null ? total : queries.count(w, today));
    }

    /**
     * A unit's list that holds many of the congress's open cases is read by walking the open cases in due order
     * (index cases_open_due) and testing each for the unit's assignment until the page is full: about
     * {@code (offset + size) × open / total} index entries. The planner cannot see that: the tenant policy's
     * {@code congress_id = any(array[core.current_congress()])} and the statement's {@code congress_id = ?}
     * are estimated as independent, so it expects a tenth of the unit's cases and sorts all of them after a
     * hash semi-join (bench/README.md, issue #11 session 7). From about ten times the page's end on, the walk
     * is the cheaper plan; below, the semi-join is.
     */
    static boolean walksInDueOrder(Worklist worklist, CurrentUser user, long total, PageRequest page) {
        return ownUnitList(worklist, user) && total >= WALK_FACTOR * ((long) page.offset() + page.size());
    }

    /** How many times the page's end a unit's list must hold before it is walked in due order. */
    static final int WALK_FACTOR = 10;

    private static boolean ownUnitList(Worklist wl, CurrentUser user) {
        return (wl == Worklist.TO_ACCEPT || wl == Worklist.TO_PLAN || wl == Worklist.TO_REPLY)
                && user.hasAny(Role.UNIT);
    }

    Map<Worklist, Long> worklistCounts() {
        CurrentUser user = CurrentUser.require();
        if (TenantContext.current().isEmpty()) {
            // An error page's dispatch: no congress is bound, so row-level security shows no case (what the
            // counts were before they were cached); nothing to cache under a congress either.
            Map<Worklist, Long> none = new EnumMap<>(Worklist.class);
            for (Worklist wl : Worklist.values()) {
                if (wl.roles().stream().anyMatch(user.roles()::contains)) {
                    none.put(wl, 0L);
                }
            }
            return Collections.unmodifiableMap(none);
        }
        return counts(user, deadlines.today());
    }

    private Map<Worklist, Long> counts(CurrentUser user, LocalDate today) {
        return counts.get(key(user, today));
    }

    private static CountKey key(CurrentUser user, LocalDate today) {
        return new CountKey(user.id(), Set.copyOf(user.roles()), user.unitId(), today, user);
    }

    // AFTER_COMPLETION rather than AFTER_COMMIT (as BoardCache): dropping cached counts needs no redelivery.

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(CaseEvent e) {
        counts.invalidate(e.congressId());
        forgetTotals(e.congressId());
    }

    private void forgetTotals(long congress) {
        totals.asMap().keySet().removeIf(k -> k.congress() == congress);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION, fallbackExecution = true)
    void on(ClocksRecoloured e) {
        counts.invalidate(e.congressId());
        forgetTotals(e.congressId());
    }

    private Map<Worklist, Long> countNow(CurrentUser user, LocalDate today) {
        Map<Worklist, Long> out = new EnumMap<>(Worklist.class);
        for (Worklist wl : Worklist.values()) {
            if (wl.roles().stream().anyMatch(user.roles()::contains)) {
                out.put(wl, queries.count(worklistWhere(wl, user, today), today));
            }
        }
        return Collections.unmodifiableMap(out);
    }

    CaseQueries.Where worklistWhere(Worklist wl, CurrentUser user, LocalDate today) {
        return worklistWhere(wl, user, today, false);
    }

    /**
     * The list's clause; {@code walk}: the unit's assignment tested per case (a correlated look-up PostgreSQL
     * evaluates row by row along the due-order index) instead of an {@code exists} it turns into a semi-join.
     */
    CaseQueries.Where worklistWhere(Worklist wl, CurrentUser user, LocalDate today, boolean walk) {
        CaseQueries.Where w = new CaseQueries.Where();
        // A unit's own lists already require its assignment, which is what the scope would allow: the
        // scope's second look-up of the same assignments is left out.
        boolean ownUnitList = ownUnitList(wl, user);
        String assigned = walk ? "coalesce((select true from" : "exists (select 1 from";
        String end = walk ? " limit 1), false)" : ")";
        if (!ownUnitList) {
            CaseQueries.scope(w, user);
        }
        w.and("not c.final");
        String[] roles = user.roles().stream().map(Enum::name).toArray(String[]::new);
        Long unit = user.unitId() == null ? -1L : user.unitId();
        switch (wl) {
            case TO_ACCEPT -> w.and(
                    assigned
                            + " handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ? and a.state = 'PENDING'"
                            + end,
                    unit);
            case TO_PLAN -> w.and(
                            assigned
                                    + " handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ?"
                                    + " and a.state = 'ACCEPTED' and a.role <> 'CO'" + end,
                            unit)
                    .and("c.kind || ':' || c.state = any(?)", (Object) allowing(Action.SUBMIT_PLAN, Set.of(Role.UNIT)));
            case TO_REPLY -> w.and(
                            // The states first (an index condition of assignment_unit_state), then the role: the
                            // same cases as "(not CO and accepted or planned) or (CO and accepted)", without reading
                            // the unit's whole history of assignments (EXPLAIN in bench/README.md).
                            assigned
                                    + " handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ?"
                                    + " and a.state in ('ACCEPTED','PLANNED') and (a.role <> 'CO' or a.state = 'ACCEPTED')"
                                    + end,
                            unit)
                    .and(
                            "(c.kind || ':' || c.state = any(?) or c.kind || ':' || c.state = any(?))",
                            (Object) allowing(Action.REPLY, Set.of(Role.UNIT)),
                            (Object) allowing(Action.CO_OPINION, Set.of(Role.UNIT)));
            case TO_ASSIGN -> w.and(
                            "c.kind || ':' || c.state = any(?)", (Object) allowing(Action.ASSIGN, Set.of(Role.STAFF)))
                    .and(
                            "not exists (select 1 from handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.state in "
                                    + CaseQueries.ACTIVE_ASSIGNMENT + ")");
            case NEAR_DUE -> CaseQueries.colour(w, Colour.YELLOW, today);
            case OVERDUE -> CaseQueries.colour(w, Colour.RED, today);
            case KEY_CASES -> w.and("c.key_case");
            case AWAITING_EVALUATION -> w.and(
                            "c.kind || ':' || c.state = any(?)", (Object) allowing(Action.EVALUATE, user.roles()))
                    .and(
                            // the congress as a value: under OR Citus refuses a look-up tied to the outer row's
                            "(exists (select 1 from handling.proposer p where p.congress_id = ? and p.case_id = c.id and p.account_id = ?)"
                                    + " or not exists (select 1 from handling.proposer p where p.congress_id = ? and p.case_id = c.id and p.account_id is not null))",
                            TenantContext.orNone(),
                            user.id(),
                            TenantContext.orNone())
                    .and(
                            "not exists (select 1 from handling.evaluation e where e.congress_id = ? and e.case_id = c.id and e.evaluator_id = ?"
                                    + " and e.at > coalesce((select max(r.at) from handling.reply r where r.congress_id = ?"
                                    + " and r.case_id = c.id and r.type = 'RESULT'), '-infinity'))",
                            // the congress as a value: Citus refuses the correlated look-up without it
                            TenantContext.orNone(),
                            user.id(),
                            TenantContext.orNone());
        }
        if (roles.length == 0) {
            w.and("false");
        }
        return w;
    }

    String[] allowing(Action action, Set<Role> roles) {
        List<String> pairs = kinds.statesAllowing(action, roles);
        return pairs.isEmpty() ? new String[] {"-"} : pairs.toArray(String[]::new);
    }

    List<OverdueBoardRow> overdueBoard(String kind) {
        // No transaction here: a cached board needs no connection; BoardCache computes a miss in one.
        CurrentUser.require();
        return board.board(kind, deadlines.today());
    }
}
