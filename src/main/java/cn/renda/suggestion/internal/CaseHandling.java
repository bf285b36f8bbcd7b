package cn.renda.suggestion.internal;

import cn.renda.calendar.Length;
import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.Proposer;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.Role;
import cn.renda.organization.UnitView;
import cn.renda.suggestion.SuggestionDetail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** The suggestion module's calls into the engine: assignments and unit actions, passed on from a master case to the cases merged into it. */
@Component
class CaseHandling {

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final StepUnits units;
    private final SuggestionRows rows;
    private final SuggestionSnapshots snapshots;
    private final SubmissionCases caseIds;
    private final SuggestionSearchUnits searchUnits;

    CaseHandling(
            SuggestionRepository repo,
            HandlingFacade handling,
            StepUnits units,
            SuggestionRows rows,
            SuggestionSnapshots snapshots,
            SubmissionCases caseIds,
            SuggestionSearchUnits searchUnits) {
        this.caseIds = caseIds;
        this.searchUnits = searchUnits;
        this.snapshots = snapshots;
        this.repo = repo;
        this.handling = handling;
        this.units = units;
        this.rows = rows;
    }

    /** Unit actions that a master case passes on to the cases merged into it. */
    static final Set<Action> CASCADED =
            Set.of(Action.ACCEPT, Action.SUBMIT_PLAN, Action.CO_OPINION, Action.REPLY, Action.TRACKING_REPORT);

    /** The reply period of a complex suggestion. */
    static final Length COMPLEX_REPLY = Length.months(6);

    SuggestionDetail assignAsOf(long id, List<UnitAssignment> assignments, boolean complex, LocalDate asOf) {
        SuggestionRows.requireRole(Role.STAFF);
        SuggestionSnapshots.Snapshot snapshot = snapshots.registered(id);
        SuggestionRepository.Row row = snapshot.row();
        if (row.mergedInto() != null) {
            throw new DomainException("suggestion.error.merged", "merged into another case");
        }
        for (UnitAssignment a : assignments == null ? List.<UnitAssignment>of() : assignments) {
            if (units.find(a.unitId()).filter(UnitView::active).isEmpty()) {
                throw new InvalidInputException("assignments", "suggestion.error.unit");
            }
        }
        List<Long> caseIds = new ArrayList<>();
        caseIds.add(row.caseId());
        caseIds.addAll(snapshot.merged());
        CaseView master = null;
        for (long caseId : caseIds) {
            // the office's own decision, not a page's: no read of the case for its version (the step reads it once);
            // the search index's units travel in the step's round trip
            searchUnits.assigning(caseId, assignments == null ? List.of() : assignments);
            CaseView after = handling.actOnCurrentVersion(caseId, ActionCommand.assign(0, assignments), asOf);
            if (complex || row.complex()) {
                after = complexClock(after);
                repo.complexByCase(caseId);
            }
            if (master == null) {
                master = after;
            }
        }
        if (complex && !row.complex()) {
            return new SuggestionDetail(rows.view(rows.row(id)), master); // the row changed: read it again
        }
        return new SuggestionDetail(SuggestionSnapshots.view(snapshot, master.state()), master);
    }

    CaseView complexClock(CaseView c) {
        // The congress's REPLY_COMPLEX policy of the case's kind (6 months by default) becomes the reply clock's
        // length.
        Length length = handling.policies(c.kind()).stream()
                .filter(p -> p.clock() == ClockName.REPLY_COMPLEX)
                .map(cn.renda.handling.DeadlinePolicyView::length)
                .findFirst()
                .orElse(COMPLEX_REPLY);
        return handling.applyClockLength(c.id(), ClockName.REPLY, length, "复杂建议：答复期限按复杂建议时限从交办之日起计算（代表法第五十一条）");
    }

    CaseView fire(long caseId, LocalDate asOf, ActionCommand command) {
        return asOf == null ? handling.act(caseId, command) : handling.actAsOf(caseId, command, asOf);
    }

    SuggestionDetail actAsOf(long id, ActionCommand command, LocalDate asOf) {
        Long known = command.action() == Action.ASSIGN ? null : caseIds.caseOf(id);
        if (known != null) {
            // the suggestion's read travels with the engine's read of the case: one round trip before the step
            SuggestionSnapshots.Snapshot[] read = new SuggestionSnapshots.Snapshot[1];
            java.util.Optional<CaseView> after = handling.actWith(
                    known, command, asOf, snapshots.companion(id, known, s -> read[0] = checked(s, command)));
            if (after.isPresent()) {
                return cascaded(read[0], command, asOf, after.get());
            }
            caseIds.forget(id); // not (or no longer) that case's: the two-read way below
        }
        // the suggestion with its lists in one read: the step changes only its case's state, which the engine returns
        SuggestionSnapshots.Snapshot snapshot = checked(snapshots.registered(id), command);
        SuggestionRepository.Row row = snapshot.row();
        caseIds.remember(id, row.caseId());
        if (command.action() == Action.ASSIGN) {
            return assignAsOf(id, command.assignments(), row.complex(), asOf);
        }
        return cascaded(snapshot, command, asOf, fire(row.caseId(), asOf, command));
    }

    /** A merged suggestion takes no unit action of its own (its master's is passed on to it). */
    private static SuggestionSnapshots.Snapshot checked(SuggestionSnapshots.Snapshot snapshot, ActionCommand command) {
        if (snapshot.row().mergedInto() != null && CASCADED.contains(command.action())) {
            throw new DomainException("suggestion.error.merged", "merged into another case");
        }
        return snapshot;
    }

    /** Passes a unit action on to the cases merged into this one; the suggestion's view after the step. */
    private SuggestionDetail cascaded(
            SuggestionSnapshots.Snapshot snapshot, ActionCommand command, LocalDate asOf, CaseView after) {
        if (CASCADED.contains(command.action())) {
            for (long merged : snapshot.merged()) {
                CaseView c = handling.get(merged);
                String text = command.text();
                if (command.action() == Action.REPLY) {
                    String names = String.join(
                            "、", c.proposers().stream().map(Proposer::name).toList());
                    text = names + "代表：\n" + command.text();
                }
                fire(merged, asOf, command.withText(text));
            }
        }
        return new SuggestionDetail(SuggestionSnapshots.view(snapshot, after.state()), after);
    }
}
