package cn.renda.suggestion.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.ContactCommand;
import cn.renda.suggestion.SuggestionDetail;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** Units' work on their suggestions: their list, contact records, progress notes and actions. */
@Component
class UnitWork {

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final ReportCache reportCache;
    private final CaseHandling caseHandling;
    private final SuggestionRows rows;
    private final SuggestionSnapshots snapshots;

    private final SubmissionCases caseIds;

    UnitWork(
            SuggestionRepository repo,
            HandlingFacade handling,
            ReportCache reportCache,
            CaseHandling caseHandling,
            SuggestionRows rows,
            SuggestionSnapshots snapshots,
            SubmissionCases caseIds) {
        this.caseIds = caseIds;
        this.snapshots = snapshots;
        this.repo = repo;
        this.handling = handling;
        this.reportCache = reportCache;
        this.caseHandling = caseHandling;
        this.rows = rows;
    }

    /** The suggestion cases assigned to the signed-in unit officer's unit, newest first. */
    Page<cn.renda.handling.CaseSummary> forMyUnit(PageRequest page) {
        CurrentUser user = SuggestionRows.requireRole(Role.UNIT);
        if (user.unitId() == null) {
            return Page.of(List.of(), page, 0);
        }
        return handling.list(
                new cn.renda.handling.CaseFilter(
                        SuggestionKinds.SUGGESTION, null, user.unitId(), null, null, null, null, null),
                new PageRequest(page.page(), page.size(), "createdAt", true));
    }

    /** Records the unit's contact with the deputy (与代表联系沟通), also for the cases merged into this one. */
    SuggestionDetail recordContact(long id, ContactCommand command) {
        CurrentUser user = SuggestionRows.requireRole(Role.UNIT, Role.STAFF);
        // the suggestion with its lists in one read; the view returned adds the contact written, nothing is re-read
        // with the case's read in one round trip when the submission's case is known (a hint the read checks)
        SuggestionSnapshots.Snapshot snapshot = null;
        CaseView c = null;
        Long known = caseIds.caseOf(id);
        if (known != null) {
            SuggestionSnapshots.Snapshot[] read = new SuggestionSnapshots.Snapshot[1];
            java.util.Optional<CaseView> got =
                    handling.getWith(known, snapshots.companion(id, known, s -> read[0] = s));
            if (got.isPresent()) {
                snapshot = read[0];
                c = got.get();
            } else {
                caseIds.forget(id);
            }
        }
        if (snapshot == null) {
            snapshot = snapshots.registered(id);
            c = handling.get(snapshot.row().caseId());
            caseIds.remember(id, snapshot.row().caseId());
        }
        SuggestionRepository.Row row = snapshot.row();
        Long unit = user.hasAny(Role.UNIT) ? user.unitId() : command.unitId();
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (unit == null
                || c.assignments().stream()
                        .noneMatch(a -> a.unitId() == unit && a.state().active())) {
            problems.add(new InvalidInputException.FieldProblem("unitId", "suggestion.error.unit"));
        }
        if (command.date() == null || command.date().isAfter(rows.today())) {
            problems.add(new InvalidInputException.FieldProblem("date", "suggestion.error.contactDate"));
        }
        if (command.way() == null) {
            problems.add(new InvalidInputException.FieldProblem("way", "suggestion.error.contactWay"));
        }
        if (command.agreed() == null
                || command.agreed().isBlank()
                || command.agreed().length() > 4000) {
            problems.add(new InvalidInputException.FieldProblem("agreed", "suggestion.error.agreed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long contactId = repo.insertContact(row.caseId(), unit, command, user.id());
        for (long merged : snapshot.merged()) {
            repo.insertContact(merged, unit, command, user.id());
        }
        reportCache.invalidateAfterTransaction(TenantContext.require());
        List<cn.renda.suggestion.ContactView> contacts = new ArrayList<>(snapshot.contacts());
        contacts.add(new cn.renda.suggestion.ContactView(
                contactId, unit, command.date(), command.way(), command.agreed().trim()));
        contacts.sort(java.util.Comparator.comparing(cn.renda.suggestion.ContactView::date)
                .thenComparingLong(cn.renda.suggestion.ContactView::id));
        return new SuggestionDetail(
                SuggestionSnapshots.view(snapshot.with(row, contacts, snapshot.progress()), null), c);
    }

    /** A progress note of a unit (or staff) for the bi-monthly tracking report. */
    SuggestionDetail addProgress(long id, String note) {
        CurrentUser user = SuggestionRows.requireRole(Role.UNIT, Role.STAFF);
        SuggestionRepository.Row row = rows.registeredRow(id);
        CaseView c = handling.get(row.caseId());
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new InvalidInputException("note", "suggestion.error.note");
        }
        repo.insertProgress(row.caseId(), user.hasAny(Role.UNIT) ? user.unitId() : null, note, rows.today(), user.id());
        return new SuggestionDetail(rows.view(row), c);
    }

    /**
     * Fires an engine action on the suggestion's case; unit actions on a master are passed on to the
     * cases merged into it (a reply addressed to each deputy).
     */
    SuggestionDetail act(long id, ActionCommand command) {
        return caseHandling.actAsOf(id, command, null);
    }
}
