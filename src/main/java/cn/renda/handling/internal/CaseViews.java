package cn.renda.handling.internal;

import cn.renda.core.NotFoundException;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockView;
import cn.renda.handling.Colour;
import cn.renda.handling.EvaluationView;
import cn.renda.handling.ExtensionView;
import cn.renda.handling.Guard;
import cn.renda.handling.GuardContext;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.Proposer;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.SourceLink;
import cn.renda.handling.Transition;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/** Builds case views: the rows of one case read in the transaction, and the actions the user may fire now. */
@Component
class CaseViews {
    final HandlingRepository repo;
    final Deadlines deadlines;
    final KindRegistry kinds;

    CaseViews(HandlingRepository repo, Deadlines deadlines, KindRegistry kinds) {
        this.repo = repo;
        this.deadlines = deadlines;
        this.kinds = kinds;
    }

    CaseView view(long caseId, CurrentUser user) {
        return view(repo.findCase(caseId).orElseThrow(() -> new NotFoundException("case", caseId)), user);
    }

    /** The view of a case whose row this transaction has just read (the row is not read again). */
    CaseView view(CaseRow r, CurrentUser user) {
        return view(r, user, () -> repo.assignments(r.id()));
    }

    CaseView view(CaseRow r, CurrentUser user, Supplier<List<AssignmentView>> assignments) {
        return view(r, user, assignments, repo.clocks(r.id()));
    }

    /** As {@link #view(CaseRow, CurrentUser, Supplier)}, with the case's clocks as this transaction has them. */
    CaseView view(CaseRow r, CurrentUser user, Supplier<List<AssignmentView>> assignments, List<ClockRow> clockRows) {
        long caseId = r.id();
        List<ClockView> clocks = new ArrayList<>();
        Colour colour = clockViews(clockRows, deadlines.today(), clocks);
        CaseView base = caseView(
                r,
                colour,
                repo.proposers(caseId),
                assignments.get(),
                clocks,
                repo.replies(caseId),
                repo.evaluations(caseId),
                extensionViews(caseId),
                repo.attachments(caseId));
        return user == null ? base : with(base, base.number(), actionsFor(base, user));
    }

    /** The view of a case read in one round trip ({@link CaseSnapshots}): nothing more is read. */
    CaseView view(CaseSnapshot s, CurrentUser user) {
        List<ClockView> clocks = new ArrayList<>();
        Colour colour = clockViews(s.clocks(), deadlines.today(), clocks);
        CaseView base = caseView(
                s.row(),
                colour,
                s.proposers(),
                s.assignments(),
                clocks,
                s.replies(),
                s.evaluations(),
                s.extensions().stream()
                        .map(HandlingRepository.ExtensionRow::view)
                        .toList(),
                s.attachments());
        return user == null ? base : with(base, base.number(), actionsFor(base, user));
    }

    /**
     * The case after an action, built from what the step wrote: the row, the clocks and lists as the step left them
     * in memory; proposers and attachments (an action never changes them) as read before it. Nothing is read back.
     */
    CaseView viewAfter(CaseRow r, CaseView before, Step s) {
        List<ClockView> clocks = new ArrayList<>();
        Colour colour = clockViews(s.caseClocks.all(), deadlines.today(), clocks);
        CaseView base = caseView(
                r,
                colour,
                before.proposers(),
                List.copyOf(s.assignments),
                clocks,
                List.copyOf(s.replies),
                List.copyOf(s.evaluations),
                s.extensions.stream().map(HandlingRepository.ExtensionRow::view).toList(),
                before.attachments());
        return with(base, base.number(), actionsFor(base, s.user));
    }

    List<ExtensionView> extensionViews(long caseId) {
        return repo.extensions(caseId).stream()
                .map(HandlingRepository.ExtensionRow::view)
                .toList();
    }

    static CaseView caseView(
            CaseRow r,
            Colour colour,
            List<Proposer> proposers,
            List<AssignmentView> assignments,
            List<ClockView> clocks,
            List<ReplyView> replies,
            List<EvaluationView> evaluations,
            List<ExtensionView> extensions,
            List<AttachmentView> attachments) {
        return new CaseView(
                r.id(),
                r.kind(),
                r.number(),
                r.title(),
                r.content(),
                r.category(),
                r.state(),
                r.visibility(),
                new SourceLink(r.sourceType(), r.sourceRef(), r.sourceDate()),
                proposers,
                r.attributes(),
                r.keyCase(),
                r.supervisingLeader(),
                r.trackingMonths(),
                r.tracked(),
                r.resultClass(),
                r.evaluation(),
                colour,
                assignments,
                clocks,
                replies,
                evaluations,
                extensions,
                attachments,
                List.of(),
                r.createdBy(),
                r.createdAt(),
                r.updatedAt(),
                r.version());
    }

    /** A copy of the view with another number and other actions (the one place that copies every component). */
    static CaseView with(CaseView v, String number, List<Action> actions) {
        return new CaseView(
                v.id(),
                v.kind(),
                number,
                v.title(),
                v.content(),
                v.category(),
                v.state(),
                v.visibility(),
                v.source(),
                v.proposers(),
                v.attributes(),
                v.keyCase(),
                v.supervisingLeaderId(),
                v.trackingMonths(),
                v.tracked(),
                v.resultClass(),
                v.evaluation(),
                v.colour(),
                v.assignments(),
                v.clocks(),
                v.replies(),
                v.evaluations(),
                v.extensions(),
                v.attachments(),
                actions,
                v.createdBy(),
                v.createdAt(),
                v.updatedAt(),
                v.version());
    }

    /** The actions the user may fire now (state, role, unit, guards with a bare command). */
    List<Action> actionsFor(CaseView c, CurrentUser user) {
        KindDefinition kind = kinds.get(c.kind());
        List<Action> out = new ArrayList<>();
        // only the actions with rows from this state, in Action order (the table is indexed once per kind)
        for (java.util.Map.Entry<Action, List<Transition>> from :
                kinds.table(kind).from(c.state()).entrySet()) {
            Action action = from.getKey();
            List<Transition> rows = TransitionTable.allowed(from.getValue(), user.roles());
            if (rows.isEmpty()) {
                continue;
            }
            if (ActingUnit.UNIT_ACTIONS.contains(action)) {
                boolean unitUser = user.hasAny(Role.UNIT) && !user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN);
                boolean any = c.assignments().stream()
                        .filter(a -> a.state().active())
                        .filter(a -> !unitUser || (user.unitId() != null && a.unitId() == user.unitId()))
                        .anyMatch(a -> ActingUnit.fits(action, a)
                                && !(action == Action.REPLY && a.state() == AssignmentState.REPLIED && !c.tracked())
                                && (action != Action.RETURN || ReturnWindowOffer.open(deadlines, kind, c, a)));
                if (!any && !(action == Action.TRACKING_REPORT && !unitUser)) {
                    continue;
                }
            }
            GuardContext ctx = new GuardContext(c, ActionCommand.of(action, c.version()), user);
            boolean guardsHold = rows.stream().anyMatch(t -> t.guards().stream().allMatch(g -> safe(g, ctx)));
            if (guardsHold) {
                out.add(action);
            }
        }
        return out;
    }

    static boolean safe(Guard g, GuardContext ctx) {
        try {
            return g.allows(ctx);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Adds the views of the clocks as of today; returns the most urgent colour of the active ones. */
    static Colour clockViews(List<ClockRow> rows, LocalDate today, List<ClockView> into) {
        Colour colour = Colour.GREEN;
        for (ClockRow k : rows) {
            Colour c = k.colourOn(today);
            into.add(new ClockView(
                    k.id(),
                    k.name(),
                    k.assignmentId(),
                    k.unitId(),
                    k.anchorEvent(),
                    k.anchorDate(),
                    k.length(),
                    k.dueDate(),
                    k.stateOn(today),
                    c,
                    k.reminderLeads(),
                    k.extensions(),
                    k.pausedOn(),
                    k.metOn(),
                    k.metLate()));
            if (k.state().active()) {
                colour = colour.worse(c);
            }
        }
        return colour;
    }

    /** Only what the public may see: no unit internals, plans, opinions, attachments or extension requests. */
    static CaseView publicView(CaseView v) {
        return new CaseView(
                v.id(),
                v.kind(),
                v.number(),
                v.title(),
                v.content(),
                v.category(),
                v.state(),
                v.visibility(),
                v.source(),
                List.of(),
                Map.of(),
                v.keyCase(),
                null,
                null,
                v.tracked(),
                v.resultClass(),
                v.evaluation(),
                v.colour(),
                v.assignments(),
                v.clocks(),
                v.replies().stream()
                        .filter(r -> r.type() == ReplyType.RESULT && r.published())
                        .toList(),
                v.evaluations(),
                List.of(),
                List.of(),
                List.of(),
                0L,
                v.createdAt(),
                v.updatedAt(),
                v.version());
    }
}
