package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AttachmentContent;
import cn.renda.handling.AttachmentView;
import cn.renda.handling.AuditView;
import cn.renda.handling.CaseFigures;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.DeadlinePolicyView;
import cn.renda.handling.EventView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.KindView;
import cn.renda.handling.NewAttachment;
import cn.renda.handling.NewCase;
import cn.renda.handling.OverdueBoardRow;
import cn.renda.handling.UnitHandlingTally;
import cn.renda.handling.Worklist;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engine behind {@link HandlingFacade}: the transaction boundaries, each call handed to the class named for
 * what it does (creation, actions, reads, lists, attachments, notes, kind administration).
 */
@Service
class HandlingService implements HandlingFacade {

    private final CaseCreation creation;
    private final CaseActions actions;
    private final CaseReads reads;
    private final CaseLists lists;
    private final Attachments attachments;
    private final CaseNotes notes;
    private final KindAdministration administration;
    private final CaseCounts counts;
    private final Deadlines deadlines;

    HandlingService(
            CaseCreation creation,
            CaseActions actions,
            CaseReads reads,
            CaseLists lists,
            Attachments attachments,
            CaseNotes notes,
            KindAdministration administration,
            Deadlines deadlines,
            CaseCounts counts) {
        this.creation = creation;
        this.actions = actions;
        this.reads = reads;
        this.lists = lists;
        this.attachments = attachments;
        this.notes = notes;
        this.administration = administration;
        this.deadlines = deadlines;
        this.counts = counts;
    }

    @Override
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public CaseView create(NewCase command) {
        return creation.create(command, (c, batch) -> {});
    }

    @Override
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public CaseView create(
            NewCase command, java.util.function.BiConsumer<CaseView, cn.renda.handling.CaseBatch> beforeNumbering) {
        return creation.create(command, beforeNumbering);
    }

    @Override
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public CaseView act(long caseId, ActionCommand command) {
        return actions.act(caseId, command, deadlines.today(), false);
    }

    @Override
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public CaseView actAsOf(long caseId, ActionCommand command, LocalDate asOf) {
        return actions.actAsOf(caseId, command, asOf, false);
    }

    @Override
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public java.util.Optional<CaseView> actWith(
            long caseId, ActionCommand command, LocalDate asOf, cn.renda.handling.CompanionRead companion) {
        return java.util.Optional.ofNullable(
                asOf == null
                        ? actions.act(caseId, command, deadlines.today(), false, companion)
                        : actions.actAsOf(caseId, command, asOf, false, companion));
    }

    @Override
    @Transactional(label = cn.renda.core.KeyedTransactions.LABEL)
    public CaseView actOnCurrentVersion(long caseId, ActionCommand command, LocalDate asOf) {
        return asOf == null
                ? actions.act(caseId, command, deadlines.today(), true)
                : actions.actAsOf(caseId, command, asOf, true);
    }

    @Override
    @Transactional
    public CaseView applyClockLength(long caseId, ClockName clock, Length length, String reason) {
        return notes.applyClockLength(caseId, clock, length, reason);
    }

    @Override
    @Transactional
    public void note(long caseId, String event, Map<String, Object> payload) {
        notes.note(caseId, event, payload);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> visibleCases(java.util.Collection<Long> caseIds) {
        return reads.visibleCases(caseIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> views(java.util.Collection<Long> caseIds) {
        return reads.lightViews(caseIds);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFigures figures(long[] caseIds) {
        return reads.figures(caseIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitHandlingTally> unitTallies(long[] caseIds, long[] contactedCaseIds, long[] contactedUnitIds) {
        return reads.unitTallies(caseIds, contactedCaseIds, contactedUnitIds);
    }

    @Override
    public NewAttachment checkAttachment(NewAttachment attachment) {
        return attachments.checkAttachment(attachment);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView get(long caseId) {
        return reads.get(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<CaseView> getWith(long caseId, cn.renda.handling.CompanionRead companion) {
        return reads.getWith(caseId, companion);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummary> list(CaseFilter filter, PageRequest page) {
        return lists.list(filter, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummary> published(String kind, PageRequest page) {
        return lists.published(kind, page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummary> worklist(Worklist worklist, PageRequest page) {
        return lists.worklist(worklist, page);
    }

    @Override
    public Map<Worklist, Long> worklistCounts() {
        // No transaction here: cached counts need no connection; CaseLists counts a miss in one.
        return lists.worklistCounts();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(String kind, java.util.Collection<String> states, Long unitId) {
        return counts.count(kind, states, unitId);
    }

    @Override
    public List<OverdueBoardRow> overdueBoard(String kind) {
        // No transaction here: a cached board needs no connection; BoardCache computes a miss in one.
        return lists.overdueBoard(kind);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<EventView> timeline(long caseId, PageRequest page) {
        return reads.timeline(caseId, page);
    }

    @Override
    @Transactional(readOnly = true)
    public AuditView audit(long caseId) {
        return reads.audit(caseId);
    }

    @Override
    @Transactional
    public AttachmentView attach(long caseId, NewAttachment attachment) {
        return attachments.attach(caseId, attachment);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayAttach(long caseId) {
        return attachments.mayAttach(caseId);
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long caseId, long attachmentId) {
        return attachments.attachment(caseId, attachmentId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseView> findPublished(String idOrNumber) {
        return reads.findPublished(idOrNumber);
    }

    @Override
    public List<KindView> kinds() {
        return administration.kinds();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlinePolicyView> policies(String kind) {
        return administration.policies(kind);
    }

    @Override
    @Transactional
    public DeadlinePolicyView setPolicy(String kind, ClockName clock, Length length, List<Length> reminderLeads) {
        return administration.setPolicy(kind, clock, length, reminderLeads);
    }
}
