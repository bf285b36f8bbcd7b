package cn.renda.handling;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The handling engine for the bound congress and the signed-in user. Cases the user may not see
 * (another congress, or outside the user's scope) are {@link cn.renda.core.NotFoundException}.
 * Scopes: STAFF, LEADER and ADMIN see every case; UNIT users the cases assigned to their unit;
 * DEPUTY and MEMBER their own cases and published ones.
 */
public interface HandlingFacade {

    /** Creates a case of a registered kind (role checked against the kind); numbers have no gaps. */
    CaseView create(NewCase command);

    /**
     * As {@link #create(NewCase)}, but runs {@code beforeNumbering} in the same transaction with the case
     * as created so far (its {@code number} still null) before the number is taken. The number is the
     * creation's last round trip (its row lock is held until commit): writes that need the number are added
     * to the {@link CaseBatch} given, which is sent in that round trip ({@link CaseBatch#NUMBER} as the
     * value); other writes of the caller go before it. The returned view carries the number.
     */
    CaseView create(NewCase command, java.util.function.BiConsumer<CaseView, CaseBatch> beforeNumbering);

    /**
     * As {@link #act} ({@code asOf} null) or {@link #actAsOf}, with {@code companion} — the calling module's own read
     * for the step — sent in the same round trip as the engine's read of the case. Empty when the companion stopped
     * the step (nothing written).
     */
    java.util.Optional<CaseView> actWith(
            long caseId, ActionCommand command, java.time.LocalDate asOf, CompanionRead companion);

    /**
     * As {@link #get}, with {@code companion} — the calling module's own read — sent in the same round trip as the
     * case's read. Empty when the companion declined the case.
     */
    java.util.Optional<CaseView> getWith(long caseId, CompanionRead companion);

    /** Fires an action after the version check; returns the case as it is afterwards. */
    CaseView act(long caseId, ActionCommand command);

    /**
     * Back-dated import of historical cases (STAFF or ADMIN): fires the action as if today were
     * {@code asOf} (not in the future), so clocks start, are met and turn late on that date. Only for
     * taking over cases handled on paper or in a previous system (and the demo data); the timeline
     * still records when the import happened.
     */
    CaseView actAsOf(long caseId, ActionCommand command, java.time.LocalDate asOf);

    /**
     * Fires an action that a module decides on its own, not on a case page the user saw (the office's 交办 of a
     * registered suggestion): the command's version is ignored and the step acts on the version it reads,
     * still refused if another step changes the case before it writes. Saves the caller a read of the case for
     * its version. {@code asOf} as in {@link #actAsOf}, or null for today. Never for a user's own command.
     */
    CaseView actOnCurrentVersion(long caseId, ActionCommand command, java.time.LocalDate asOf);

    /**
     * Sets the length of a running case-level clock by policy (not an extension), e.g. 6 months for a
     * suggestion marked complex: the due date is recomputed from the clock's anchor on the congress
     * calendar and a CLOCK_POLICY event with {@code reason} is recorded (STAFF, LEADER or ADMIN).
     */
    CaseView applyClockLength(long caseId, ClockName clock, cn.renda.calendar.Length length, String reason);

    /**
     * Records an event of another module on the case's timeline (in its hash chain) without changing
     * the case, e.g. INSPECTION for a half-year inspection (STAFF, LEADER or ADMIN).
     */
    void note(long caseId, String event, Map<String, Object> payload);

    /** Of the given cases, those the signed-in user may see (one query per scope). */
    java.util.Set<Long> visibleCases(java.util.Collection<Long> caseIds);

    /**
     * Light views of many cases for reports (office roles): state, marks, assignments, clocks, replies
     * and evaluations, loaded with one query each; no proposers, extensions, attachments or actions.
     */
    List<CaseView> views(java.util.Collection<Long> caseIds);

    /**
     * Figures over the given cases of the bound congress, counted by the database (GROUP BY, no case views).
     * For the office's reports; the caller has authorized the report.
     */
    CaseFigures figures(long[] caseIds);

    /**
     * Per answering unit over the given cases, in the order the units first appear among them; the contacted
     * (case, unit) pairs are the caller's (the suggestion module's contact records). For the office's reports.
     */
    java.util.List<UnitHandlingTally> unitTallies(long[] caseIds, long[] contactedCaseIds, long[] contactedUnitIds);

    /** Checks a file against the attachment rules (size, type whitelist, magic bytes); returns it with a safe name. */
    NewAttachment checkAttachment(NewAttachment attachment);

    /** The case page data, including the actions the user may fire now. */
    CaseView get(long caseId);

    /** The case list, filtered and paged (sort keys: number, createdAt, due, title). */
    Page<CaseSummary> list(CaseFilter filter, PageRequest page);

    /** A worklist of the signed-in user (see {@link Worklist}). */
    Page<CaseSummary> worklist(Worklist worklist, PageRequest page);

    /** Sizes of the worklists meant for the user's roles. */
    Map<Worklist, Long> worklistCounts();

    /**
     * How many cases of a kind are in one of the states, in one counting query, for other modules' waiting-work
     * badges; with {@code unitId}, only cases the unit holds an active assignment of (a unit user counts its own unit's
     * only, whatever is asked).
     */
    long count(String kind, java.util.Collection<String> states, Long unitId);

    /** The three-colour board: open cases by unit and kind. */
    List<OverdueBoardRow> overdueBoard(String kind);

    /** The case's events in order. */
    Page<EventView> timeline(long caseId, PageRequest page);

    /** Verifies the case's hash chain. */
    AuditView audit(long caseId);

    /** Attaches a file (size limit and type whitelist). */
    AttachmentView attach(long caseId, NewAttachment attachment);

    /** Whether the user may attach files to the case now (who takes part, and the case is not final). */
    boolean mayAttach(long caseId);

    /** An attachment with its bytes. */
    AttachmentContent attachment(long caseId, long attachmentId);

    /** Published cases of a kind (all kinds when null), newest first, for public pages (no user needed). */
    Page<CaseSummary> published(String kind, PageRequest page);

    /** A published case by id or number, for public pages (no user needed). */
    Optional<CaseView> findPublished(String idOrNumber);

    /** Registered kinds with their transition tables. */
    List<KindView> kinds();

    /** Deadline policies of a kind in the bound congress (custom or default). */
    List<DeadlinePolicyView> policies(String kind);

    /** Sets the congress's deadline for one clock of a kind (ADMIN or STAFF). */
    DeadlinePolicyView setPolicy(
            String kind,
            ClockName clock,
            cn.renda.calendar.Length length,
            List<cn.renda.calendar.Length> reminderLeads);
}
