package cn.renda.handling.internal;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.Action;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.Colour;
import cn.renda.handling.OverdueBoardRow;
import cn.renda.handling.Worklist;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The case list, the worklists with their counts and the three-colour board. */
@Component
class CaseLists {
    final CaseQueries queries;
    final KindRegistry kinds;
    final BoardCache board;
    final Deadlines deadlines;

    CaseLists(CaseQueries queries, KindRegistry kinds, BoardCache board, Deadlines deadlines) {
        this.queries = queries;
        this.kinds = kinds;
        this.board = board;
        this.deadlines = deadlines;
    }

    Page<CaseSummary> list(CaseFilter filter, PageRequest page) {
        CurrentUser user = CurrentUser.require();
        CaseQueries.Where w = new CaseQueries.Where();
        CaseQueries.scope(w, user);
        LocalDate today = deadlines.today();
        CaseQueries.filter(w, filter, today);
        return Page.of(queries.page(w, today, page, "c.created_at desc"), page, queries.count(w, today));
    }

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
        CaseQueries.Where w = worklistWhere(worklist, user);
        LocalDate today = deadlines.today();
        String order = worklist == Worklist.KEY_CASES
                ? "(c.supervising_leader = " + user.id() + ") desc, cl.next_due nulls last"
                : "cl.next_due nulls last";
        return Page.of(queries.page(w, today, page, order), page, queries.count(w, today));
    }

    Map<Worklist, Long> worklistCounts() {
        CurrentUser user = CurrentUser.require();
        LocalDate today = deadlines.today();
        Map<Worklist, Long> out = new EnumMap<>(Worklist.class);
        for (Worklist wl : Worklist.values()) {
            if (wl.roles().stream().anyMatch(user.roles()::contains)) {
                out.put(wl, queries.count(worklistWhere(wl, user), today));
            }
        }
        return out;
    }

    CaseQueries.Where worklistWhere(Worklist wl, CurrentUser user) {
        CaseQueries.Where w = new CaseQueries.Where();
        // A unit's own lists already require its assignment, which is what the scope would allow: the
        // scope's second look-up of the same assignments is left out.
        boolean ownUnitList = (wl == Worklist.TO_ACCEPT || wl == Worklist.TO_PLAN || wl == Worklist.TO_REPLY)
                && user.hasAny(Role.UNIT);
        if (!ownUnitList) {
            CaseQueries.scope(w, user);
        }
        w.and("not c.final");
        String[] roles = user.roles().stream().map(Enum::name).toArray(String[]::new);
        Long unit = user.unitId() == null ? -1L : user.unitId();
        switch (wl) {
            case TO_ACCEPT -> w.and(
                    "exists (select 1 from handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ? and a.state = 'PENDING')",
                    unit);
            case TO_PLAN -> w.and(
                            "exists (select 1 from handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ?"
                                    + " and a.state = 'ACCEPTED' and a.role <> 'CO')",
                            unit)
                    .and("c.kind || ':' || c.state = any(?)", (Object) allowing(Action.SUBMIT_PLAN, Set.of(Role.UNIT)));
            case TO_REPLY -> w.and(
                            "exists (select 1 from handling.assignment a where a.congress_id = c.congress_id and a.case_id = c.id and a.unit_id = ?"
                                    + " and ((a.role <> 'CO' and a.state in ('ACCEPTED','PLANNED')) or (a.role = 'CO' and a.state = 'ACCEPTED')))",
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
            case NEAR_DUE -> CaseQueries.colour(w, Colour.YELLOW, deadlines.today());
            case OVERDUE -> CaseQueries.colour(w, Colour.RED, deadlines.today());
            case KEY_CASES -> w.and("c.key_case");
            case AWAITING_EVALUATION -> w.and(
                            "c.kind || ':' || c.state = any(?)", (Object) allowing(Action.EVALUATE, user.roles()))
                    .and(
                            "(exists (select 1 from handling.proposer p where p.congress_id = c.congress_id and p.case_id = c.id and p.account_id = ?)"
                                    + " or not exists (select 1 from handling.proposer p where p.congress_id = c.congress_id and p.case_id = c.id and p.account_id is not null))",
                            user.id())
                    .and(
                            "not exists (select 1 from handling.evaluation e where e.congress_id = c.congress_id and e.case_id = c.id and e.evaluator_id = ?"
                                    + " and e.at > coalesce((select max(r.at) from handling.reply r where r.case_id = c.id and r.type = 'RESULT'), '-infinity'))",
                            user.id());
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
