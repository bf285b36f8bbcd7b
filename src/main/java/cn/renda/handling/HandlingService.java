package cn.renda.handling;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.identity.AccountFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The engine: creation, transitions with their effects, reads and audit (implements {@link HandlingFacade}). */
@Service
class HandlingService implements HandlingFacade {

    /** Content types accepted for attachments. */
    static final Set<String> ATTACHMENT_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "text/plain",
            "application/msword",
            "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final Set<Action> UNIT_ACTIONS = Set.of(
            Action.ACCEPT,
            Action.RETURN,
            Action.SUBMIT_PLAN,
            Action.CO_OPINION,
            Action.REPLY,
            Action.TRACKING_REPORT,
            Action.REQUEST_EXTENSION);

    private final KindRegistry kinds;
    private final HandlingRepository repo;
    private final CaseQueries queries;
    private final BoardCache board;
    private final Deadlines deadlines;
    private final CongressFacade congresses;
    private final AccountFacade accounts;
    private final ApplicationEventPublisher publisher;
    private final long maxAttachmentBytes;

    HandlingService(
            KindRegistry kinds,
            HandlingRepository repo,
            CaseQueries queries,
            BoardCache board,
            Deadlines deadlines,
            CongressFacade congresses,
            AccountFacade accounts,
            ApplicationEventPublisher publisher,
            @Value("${renda.handling.attachment.max-bytes:10485760}") long maxAttachmentBytes) {
        this.kinds = kinds;
        this.repo = repo;
        this.queries = queries;
        this.board = board;
        this.deadlines = deadlines;
        this.congresses = congresses;
        this.accounts = accounts;
        this.publisher = publisher;
        this.maxAttachmentBytes = maxAttachmentBytes;
    }

    // ---- create --------------------------------------------------------------------------------

    @Override
    @Transactional
    public CaseView create(NewCase command) {
        return create(command, c -> {});
    }

    @Override
    @Transactional
    public CaseView create(NewCase command, java.util.function.Consumer<CaseView> beforeNumbering) {
        CurrentUser user = CurrentUser.require();
        KindDefinition kind = kinds.get(command.kind());
        if (kind.createRoles().stream().noneMatch(user.roles()::contains)) {
            throw new org.springframework.security.access.AccessDeniedException("create " + kind.code());
        }
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (command.title() == null || command.title().isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("title", "handling.error.title"));
        } else if (command.title().length() > 300) {
            problems.add(new InvalidInputException.FieldProblem("title", "handling.error.title"));
        }
        if (command.source() == null || command.source().type() == null) {
            problems.add(new InvalidInputException.FieldProblem("source", "handling.error.source"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDate today = deadlines.today();
        int year = today.getYear();
        // Everything of the new case first, with the number left open ...
        long id = repo.insertCase(kind.code(), year, command, kind.initialState(), user.id());
        for (Proposer p : command.proposers()) {
            repo.insertProposer(id, p);
        }
        CaseRow row = repo.findCase(id).orElseThrow();
        List<Object> events = new ArrayList<>();
        List<String> clockLog = new ArrayList<>();
        for (ClockEffect e : kind.onCreate()) {
            applyClockEffect(kind, row, e, "CREATE", null, today, clockLog, events);
        }
        CaseView unnumbered = view(row, user);
        beforeNumbering.accept(unnumbered);
        // ... then the number: the number_sequence row lock is held from here to the commit, so only the
        // number, the CREATE event (its payload carries the number) and the event publications follow.
        long seq = repo.nextSequence(kind.code(), year);
        String number = kind.numberFormat()
                .format(new NumberContext(
                        congresses.current().shortName(), year, seq, command.category(), command.attributes()));
        repo.number(id, number, seq);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("number", number);
        payload.put("title", command.title());
        payload.put("source", command.source().type().name());
        if (!clockLog.isEmpty()) {
            payload.put("clocks", clockLog);
        }
        repo.appendEvent(id, user.id(), user.displayName(), "CREATE", null, kind.initialState(), payload);
        publisher.publishEvent(
                new CaseCreated(TenantContext.require(), id, kind.code(), number, command.title(), user.id()));
        events.forEach(publisher::publishEvent);
        return with(unnumbered, number, unnumbered.actions());
    }

    // ---- act -----------------------------------------------------------------------------------

    @Override
    @Transactional
    public CaseView act(long caseId, ActionCommand cmd) {
        return act(caseId, cmd, deadlines.today());
    }

    @Override
    @Transactional
    public CaseView actAsOf(long caseId, ActionCommand cmd, LocalDate asOf) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("back-dated action");
        }
        if (asOf == null || asOf.isAfter(deadlines.today())) {
            throw new InvalidInputException("asOf", "handling.error.asOf");
        }
        return act(caseId, cmd, asOf);
    }

    private CaseView act(long caseId, ActionCommand cmd, LocalDate today) {
        CurrentUser user = CurrentUser.require();
        if (cmd == null || cmd.action() == null) {
            throw new InvalidInputException("action", "handling.error.action");
        }
        Action action = cmd.action();
        Once<List<AssignmentView>> assignments = new Once<>(() -> repo.assignments(caseId));
        CaseRow row = visibleCase(caseId, user, assignments);
        KindDefinition kind = kinds.get(row.kind());
        if (kind.transitions().stream()
                .noneMatch(t -> t.action() == action && t.roles().stream().anyMatch(user.roles()::contains))) {
            throw ActionForbiddenException.roles(action);
        }
        if (cmd.version() != row.version()) {
            throw StaleVersionException.of(caseId, cmd.version());
        }
        List<Transition> rows = kind.rows(action, row.state());
        if (rows.isEmpty()) {
            throw IllegalTransitionException.of(row.state(), action);
        }
        List<Transition> mine = rows.stream()
                .filter(t -> t.roles().stream().anyMatch(user.roles()::contains))
                .toList();
        if (mine.isEmpty()) {
            throw ActionForbiddenException.roles(action);
        }
        Transition transition = mine.stream()
                .filter(t -> t.when().test(cmd))
                .findFirst()
                .orElseThrow(() -> GuardFailedException.of("handling.error.noMatchingTransition", action));
        validate(cmd);
        CaseView before = view(row, user, assignments);
        AssignmentView assignment = UNIT_ACTIONS.contains(action) ? actingAssignment(before, cmd, user) : null;
        GuardContext context = new GuardContext(before, cmd, user);
        for (Guard g : transition.guards()) {
            if (!g.allows(context)) {
                throw GuardFailedException.of(g.messageKey(), action);
            }
        }
        checkAssignmentState(action, assignment, row);
        OffsetDateTime claimedAt =
                repo.claim(caseId, cmd.version()).orElseThrow(() -> StaleVersionException.of(caseId, cmd.version()));
        return new Step(kind, row, before, transition, cmd, user, assignment, today, claimedAt).run();
    }

    private static void validate(ActionCommand cmd) {
        switch (cmd.action()) {
            case ASSIGN -> {
                if (cmd.assignments().isEmpty()) {
                    throw new InvalidInputException("assignments", "handling.error.assignments");
                }
                long leads = cmd.assignments().stream()
                        .filter(a -> a.role() == AssignmentRole.LEAD)
                        .count();
                long answering = cmd.assignments().stream()
                        .filter(a -> a.role() != AssignmentRole.CO)
                        .count();
                long distinct = cmd.assignments().stream()
                        .map(UnitAssignment::unitId)
                        .distinct()
                        .count();
                if (leads > 1 || answering == 0 || distinct != cmd.assignments().size()) {
                    throw new InvalidInputException("assignments", "handling.error.assignments");
                }
            }
            case RETURN, WITHDRAW -> requireText("reason", cmd.reason());
            case TRANSFER -> {
                if (cmd.unitId() == null) {
                    throw new InvalidInputException("unitId", "handling.error.unit");
                }
                if (cmd.toUnitId() == null || cmd.toUnitId().equals(cmd.unitId())) {
                    throw new InvalidInputException("toUnitId", "handling.error.unit");
                }
            }
            case SUBMIT_PLAN, CO_OPINION, TRACKING_REPORT, REVIEW_REPORT -> requireText("text", cmd.text());
            case REFER -> requireText("reason", cmd.reason());
            case REPLY -> {
                requireText("text", cmd.text());
                if (cmd.resultClass() == null) {
                    throw new InvalidInputException("resultClass", "handling.error.resultClass");
                }
            }
            case EVALUATE -> {
                if (cmd.evaluation() == null) {
                    throw new InvalidInputException("evaluation", "handling.error.evaluation");
                }
            }
            case MARK_KEY -> {
                if (cmd.leaderId() == null) {
                    throw new InvalidInputException("leaderId", "handling.error.leader");
                }
                if (cmd.trackingMonths() != null && (cmd.trackingMonths() < 1 || cmd.trackingMonths() > 12)) {
                    throw new InvalidInputException("trackingMonths", "handling.error.trackingMonths");
                }
            }
            case REQUEST_EXTENSION, EXTEND -> {
                if (cmd.clock() == null) {
                    throw new InvalidInputException("clock", "handling.error.clock");
                }
                if (cmd.extension() == null || cmd.extension().amount() < 1) {
                    throw new InvalidInputException("extension", "handling.error.extension");
                }
                requireText("reason", cmd.reason());
            }
            default -> {}
        }
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "handling.error.required." + field);
        }
        if (value.length() > 20000) {
            throw new InvalidInputException(field, "handling.error.tooLong");
        }
    }

    /** The assignment the user acts for: a UNIT user's own unit; STAFF may name one (or the only fitting one). */
    private static AssignmentView actingAssignment(CaseView c, ActionCommand cmd, CurrentUser user) {
        Long unit;
        if (user.hasAny(Role.UNIT) && !user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            unit = user.unitId();
            if (unit == null || (cmd.unitId() != null && !cmd.unitId().equals(unit))) {
                throw ActionForbiddenException.unit(cmd.action(), cmd.unitId());
            }
        } else {
            unit = cmd.unitId();
        }
        List<AssignmentView> active =
                c.assignments().stream().filter(a -> a.state().active()).toList();
        if (unit == null) {
            if (cmd.action() == Action.TRACKING_REPORT || cmd.action() == Action.REQUEST_EXTENSION) {
                return null; // staff may report or ask on behalf of the case itself
            }
            List<AssignmentView> fitting =
                    active.stream().filter(a -> fits(cmd.action(), a)).toList();
            if (fitting.size() != 1) {
                throw new InvalidInputException("unitId", "handling.error.unit");
            }
            return fitting.get(0);
        }
        Long u = unit;
        return active.stream()
                .filter(a -> a.unitId() == u)
                .findFirst()
                .orElseThrow(() -> ActionForbiddenException.unit(cmd.action(), u));
    }

    private static boolean fits(Action action, AssignmentView a) {
        return switch (action) {
            case ACCEPT -> a.state() == AssignmentState.PENDING;
            case RETURN -> a.state() == AssignmentState.PENDING || a.state() == AssignmentState.ACCEPTED;
            case SUBMIT_PLAN -> a.role() != AssignmentRole.CO && a.state() == AssignmentState.ACCEPTED;
            case CO_OPINION -> a.role() == AssignmentRole.CO
                    && (a.state() == AssignmentState.ACCEPTED || a.state() == AssignmentState.OPINION_SENT);
            case REPLY -> a.role() != AssignmentRole.CO
                    && (a.state() == AssignmentState.ACCEPTED
                            || a.state() == AssignmentState.PLANNED
                            || a.state() == AssignmentState.REPLIED);
            default -> a.state().active();
        };
    }

    private static void checkAssignmentState(Action action, AssignmentView a, CaseRow c) {
        if (a == null) {
            return;
        }
        boolean ok = fits(action, a);
        if (action == Action.REPLY && a.state() == AssignmentState.REPLIED && !c.tracked()) {
            ok = false; // a second reply only for tracked (B-class) cases
        }
        if (!ok) {
            throw IllegalTransitionException.of(a.state().name(), action);
        }
    }

    /** One action being applied inside the transaction that claimed the case. */
    private final class Step {
        final KindDefinition kind;
        final CaseRow row;
        final CaseView before;
        final Transition transition;
        final ActionCommand cmd;
        final CurrentUser user;
        final AssignmentView assignment;
        final LocalDate today;
        final OffsetDateTime claimedAt;
        final long congress = TenantContext.require();
        /** Which of the case's lists the step wrote (the others are taken from {@code before} afterwards). */
        boolean repliesWritten;

        boolean evaluationsWritten;
        boolean extensionsWritten;
        /** The case's assignments as last read, null once the step writes one (then read again). */
        List<AssignmentView> assignments;

        final List<Object> events = new ArrayList<>();
        final List<String> clockLog = new ArrayList<>();
        final Map<String, Object> payload = new LinkedHashMap<>();
        String state;
        Visibility visibility;
        boolean keyCase;
        Long leader;
        Integer trackingMonths;
        boolean tracked;
        ResultClass resultClass;
        Evaluation evaluation;

        Step(
                KindDefinition kind,
                CaseRow row,
                CaseView before,
                Transition transition,
                ActionCommand cmd,
                CurrentUser user,
                AssignmentView assignment,
                LocalDate today,
                OffsetDateTime claimedAt) {
            this.today = today;
            this.claimedAt = claimedAt;
            // Assignments change only in steps, each under the version claim: before's are still current.
            this.assignments = before.assignments();
            this.kind = kind;
            this.row = row;
            this.before = before;
            this.transition = transition;
            this.cmd = cmd;
            this.user = user;
            this.assignment = assignment;
            this.state = row.state();
            this.visibility = row.visibility();
            this.keyCase = row.keyCase();
            this.leader = row.supervisingLeader();
            this.trackingMonths = row.trackingMonths();
            this.tracked = row.tracked();
            this.resultClass = row.resultClass();
            this.evaluation = row.evaluation();
        }

        CaseView run() {
            Action action = cmd.action();
            if (assignment != null) {
                payload.put("unitId", assignment.unitId());
            }
            boolean advance = effect(action);
            if (advance) {
                for (ClockEffect e : transition.clockEffects()) {
                    applyClockEffect(kind, currentRow(), e, action.name(), null, today, clockLog, events);
                }
                if (transition.to() != null) {
                    state = transition.to();
                }
            }
            boolean entersFinal = kind.finalStates().contains(state) && !row.finalState();
            if (entersFinal) {
                for (ClockRow k : repo.clocks(row.id())) {
                    if (k.state().active()) {
                        repo.cancelClock(k.id());
                        clockLog.add("CANCEL " + k.name());
                    }
                }
            }
            CaseRow after = new CaseRow(
                    row.id(),
                    row.kind(),
                    row.number(),
                    row.title(),
                    row.content(),
                    row.category(),
                    row.sourceType(),
                    row.sourceRef(),
                    row.sourceDate(),
                    row.attributes(),
                    state,
                    visibility,
                    keyCase,
                    leader,
                    trackingMonths,
                    tracked,
                    resultClass,
                    evaluation,
                    row.finalState() || entersFinal,
                    row.version() + 1,
                    row.createdBy(),
                    row.createdAt(),
                    claimedAt);
            repo.updateCase(after);
            if (!clockLog.isEmpty()) {
                payload.put("clocks", clockLog);
            }
            repo.appendEvent(row.id(), user.id(), user.displayName(), action.name(), row.state(), state, payload);
            publisher.publishEvent(new CaseActed(
                    congress,
                    row.id(),
                    kind.code(),
                    action,
                    row.state(),
                    state,
                    user.id(),
                    assignment == null ? null : assignment.unitId()));
            events.forEach(publisher::publishEvent);
            if (entersFinal) {
                publisher.publishEvent(new CaseClosed(congress, row.id(), kind.code(), state));
            }
            return viewAfter(after, before, assignments, repliesWritten, evaluationsWritten, extensionsWritten, user);
        }

        /** The case's assignments now (read again only after the step wrote one). */
        List<AssignmentView> assignmentsNow() {
            if (assignments == null) {
                assignments = repo.assignments(row.id());
            }
            return assignments;
        }

        /** The repository, for a write of assignments: what was read of them no longer holds. */
        HandlingRepository writingAssignments() {
            assignments = null;
            return repo;
        }

        /** A row reflecting the step's changes so far (clock effects read source date and tracking months). */
        CaseRow currentRow() {
            return new CaseRow(
                    row.id(),
                    row.kind(),
                    row.number(),
                    row.title(),
                    row.content(),
                    row.category(),
                    row.sourceType(),
                    row.sourceRef(),
                    row.sourceDate(),
                    row.attributes(),
                    state,
                    visibility,
                    keyCase,
                    leader,
                    trackingMonths,
                    tracked,
                    resultClass,
                    evaluation,
                    row.finalState(),
                    row.version(),
                    row.createdBy(),
                    row.createdAt(),
                    row.updatedAt());
        }

        /** The engine's effect of the action; returns whether the case itself moves. */
        boolean effect(Action action) {
            return switch (action) {
                case ASSIGN -> assign();
                case ACCEPT -> accept();
                case RETURN -> giveBack();
                case TRANSFER -> transfer();
                case SUBMIT_PLAN -> plan();
                case CO_OPINION -> coOpinion();
                case REPLY -> reply();
                case EVALUATE -> evaluate();
                case REOPEN -> {
                    payload.put("reason", cmd.reason());
                    reopenAssignments();
                    evaluation = null;
                    events.add(new CaseReopened(congress, row.id(), kind.code(), cmd.reason()));
                    yield true;
                }
                case REFER -> {
                    payload.put("reason", cmd.reason());
                    yield true;
                }
                case REVIEW_REPORT -> {
                    payload.put("text", cmd.text());
                    yield true;
                }
                case CLOSE -> {
                    if (cmd.text() != null) {
                        payload.put("text", cmd.text());
                    }
                    yield true;
                }
                case WITHDRAW -> {
                    payload.put("reason", cmd.reason());
                    for (AssignmentView a : before.assignments()) {
                        if (a.state().active()) {
                            writingAssignments().setAssignmentState(a.id(), AssignmentState.CANCELLED);
                        }
                    }
                    yield true;
                }
                case PUBLISH -> {
                    visibility = Visibility.PUBLISHED;
                    events.add(new CasePublished(congress, row.id(), kind.code(), row.number()));
                    yield true;
                }
                case MARK_KEY -> markKey();
                case TRACKING_REPORT -> trackingReport();
                case REQUEST_EXTENSION -> requestExtension();
                case APPROVE_EXTENSION, REJECT_EXTENSION -> decideExtension(action == Action.APPROVE_EXTENSION);
                case EXTEND -> {
                    ClockRow k = activeClock(cmd.clock(), null);
                    long id = repo.insertExtension(
                            row.id(), k.id(), cmd.extension(), cmd.reason(), ExtensionStatus.DIRECT, user.id());
                    extend(k, id, cmd.extension());
                    payload.put("reason", cmd.reason());
                    yield true;
                }
                case PAUSE -> {
                    int n = 0;
                    for (ClockRow k : repo.clocks(row.id())) {
                        if (k.state().active()
                                && k.state() != ClockState.PAUSED
                                && (cmd.clock() == null || k.name() == cmd.clock())) {
                            repo.pauseClock(k.id(), today);
                            clockLog.add("PAUSE " + k.name());
                            n++;
                        }
                    }
                    if (n == 0) {
                        throw GuardFailedException.of("handling.error.noClockToPause", action);
                    }
                    payload.put("reason", cmd.reason());
                    yield true;
                }
                case RESUME -> {
                    int n = 0;
                    for (ClockRow k : repo.clocks(row.id())) {
                        if (k.state() == ClockState.PAUSED && (cmd.clock() == null || k.name() == cmd.clock())) {
                            resume(k);
                            n++;
                        }
                    }
                    if (n == 0) {
                        throw GuardFailedException.of("handling.error.noClockToResume", action);
                    }
                    yield true;
                }
            };
        }

        boolean assign() {
            Set<Long> active = new java.util.HashSet<>();
            before.assignments().stream().filter(a -> a.state().active()).forEach(a -> active.add(a.unitId()));
            boolean hasLead =
                    before.assignments().stream().anyMatch(a -> a.state().active() && a.role() == AssignmentRole.LEAD);
            for (UnitAssignment ua : cmd.assignments()) {
                if (active.contains(ua.unitId()) || (hasLead && ua.role() == AssignmentRole.LEAD)) {
                    throw new InvalidInputException("assignments", "handling.error.assignments");
                }
            }
            List<Map<String, Object>> list = new ArrayList<>();
            for (UnitAssignment ua : cmd.assignments()) {
                long aid = writingAssignments().insertAssignment(row.id(), ua.unitId(), ua.role());
                startAcceptClock(aid, ua.unitId());
                list.add(Map.of("unitId", ua.unitId(), "role", ua.role().name()));
            }
            payload.put("assignments", list);
            events.add(new CaseAssigned(congress, row.id(), kind.code(), row.number(), cmd.assignments()));
            return true;
        }

        void startAcceptClock(long assignmentId, long unitId) {
            ClockPolicy p = deadlines.policy(kind, ClockName.ACCEPT);
            LocalDate due = deadlines.due(today, p.length());
            long clockId = repo.insertClock(
                    row.id(),
                    assignmentId,
                    ClockName.ACCEPT,
                    "ASSIGN",
                    today,
                    p.length(),
                    due,
                    deadlines.yellowFrom(due, p.reminderLeads()),
                    p.reminderLeads());
            clockLog.add("START ACCEPT " + unitId + " due " + due);
            events.add(new ClockStarted(congress, row.id(), kind.code(), clockId, ClockName.ACCEPT, unitId, due));
        }

        ClockRow acceptClock(long assignmentId) {
            return repo.clocks(row.id()).stream()
                    .filter(k -> k.name() == ClockName.ACCEPT
                            && Long.valueOf(assignmentId).equals(k.assignmentId())
                            && k.state().active())
                    .findFirst()
                    .orElse(null);
        }

        boolean accept() {
            writingAssignments().setAssignmentState(assignment.id(), AssignmentState.ACCEPTED);
            ClockRow k = acceptClock(assignment.id());
            if (k != null) {
                meet(k);
            }
            events.add(new CaseAccepted(congress, row.id(), kind.code(), assignment.unitId()));
            return assignmentsNow().stream()
                    .filter(a -> a.state().active())
                    .noneMatch(a -> a.state() == AssignmentState.PENDING);
        }

        boolean giveBack() {
            writingAssignments().returnAssignment(assignment.id(), cmd.reason());
            ClockRow k = acceptClock(assignment.id());
            if (k != null) {
                repo.cancelClock(k.id());
                clockLog.add("CANCEL ACCEPT " + assignment.unitId());
            }
            payload.put("reason", cmd.reason());
            events.add(new CaseReturned(congress, row.id(), kind.code(), assignment.unitId(), cmd.reason()));
            return assignmentsNow().stream().noneMatch(a -> a.state().active());
        }

        boolean transfer() {
            AssignmentView from = before.assignments().stream()
                    .filter(a -> a.state().active() && a.unitId() == cmd.unitId())
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("unitId", "handling.error.unit"));
            if (before.assignments().stream().anyMatch(a -> a.state().active() && a.unitId() == cmd.toUnitId())) {
                throw new InvalidInputException("toUnitId", "handling.error.unit");
            }
            writingAssignments().transferAssignment(from.id(), cmd.toUnitId());
            ClockRow k = acceptClock(from.id());
            if (k != null) {
                repo.cancelClock(k.id());
                clockLog.add("CANCEL ACCEPT " + from.unitId());
            }
            long aid = writingAssignments().insertAssignment(row.id(), cmd.toUnitId(), from.role());
            startAcceptClock(aid, cmd.toUnitId());
            payload.put("fromUnitId", from.unitId());
            payload.put("toUnitId", cmd.toUnitId());
            if (cmd.reason() != null) {
                payload.put("reason", cmd.reason());
            }
            events.add(new CaseTransferred(congress, row.id(), kind.code(), from.unitId(), cmd.toUnitId()));
            return true;
        }

        boolean plan() {
            repliesWritten = true;
            repo.insertReply(
                    row.id(), assignment.id(), assignment.unitId(), ReplyType.PLAN, cmd.text(), null, false, user.id());
            writingAssignments().setAssignmentState(assignment.id(), AssignmentState.PLANNED);
            payload.put("text", cmd.text());
            events.add(new CasePlanSubmitted(congress, row.id(), kind.code(), assignment.unitId()));
            return assignmentsNow().stream()
                    .filter(a -> a.state().active() && a.role() != AssignmentRole.CO)
                    .allMatch(a -> a.state() == AssignmentState.PLANNED || a.state() == AssignmentState.REPLIED);
        }

        boolean coOpinion() {
            repliesWritten = true;
            repo.insertReply(
                    row.id(),
                    assignment.id(),
                    assignment.unitId(),
                    ReplyType.CO_OPINION,
                    cmd.text(),
                    null,
                    false,
                    user.id());
            writingAssignments().setAssignmentState(assignment.id(), AssignmentState.OPINION_SENT);
            payload.put("text", cmd.text());
            events.add(new CaseCoOpinionSent(congress, row.id(), kind.code(), assignment.unitId()));
            return false;
        }

        boolean reply() {
            boolean publish = cmd.publish() == null || cmd.publish();
            repliesWritten = true;
            repo.insertReply(
                    row.id(),
                    assignment.id(),
                    assignment.unitId(),
                    ReplyType.RESULT,
                    cmd.text(),
                    cmd.resultClass(),
                    publish,
                    user.id());
            writingAssignments().setAssignmentState(assignment.id(), AssignmentState.REPLIED);
            resultClass = cmd.resultClass();
            payload.put("text", cmd.text());
            payload.put("resultClass", cmd.resultClass().name());
            payload.put("publish", publish);
            boolean wasTracked = tracked;
            tracked = cmd.resultClass() == ResultClass.B;
            ClockRow trackingClock = activeClockOrNull(ClockName.TRACKING);
            if (tracked && trackingClock == null) {
                applyClockEffect(
                        kind,
                        currentRow(),
                        ClockEffect.start(ClockName.TRACKING),
                        "REPLY",
                        null,
                        today,
                        clockLog,
                        events);
            } else if (!tracked && wasTracked && !keyCase && trackingClock != null) {
                meet(trackingClock);
            }
            events.add(
                    new CaseReplied(congress, row.id(), kind.code(), assignment.unitId(), cmd.resultClass(), publish));
            return assignmentsNow().stream()
                    .filter(a -> a.state().active() && a.role() != AssignmentRole.CO)
                    .allMatch(a -> a.state() == AssignmentState.REPLIED);
        }

        boolean evaluate() {
            evaluationsWritten = true;
            repo.insertEvaluation(row.id(), cmd.evaluation(), cmd.text(), user.id());
            evaluation = cmd.evaluation();
            payload.put("evaluation", cmd.evaluation().name());
            if (cmd.text() != null) {
                payload.put("text", cmd.text());
            }
            events.add(new CaseEvaluated(congress, row.id(), kind.code(), cmd.evaluation(), user.id()));
            if (cmd.evaluation() == Evaluation.UNSATISFIED
                    && transition.to() != null
                    && !kind.finalStates().contains(transition.to())) {
                reopenAssignments();
                events.add(new CaseReopened(congress, row.id(), kind.code(), "UNSATISFIED"));
            }
            return true;
        }

        void reopenAssignments() {
            for (AssignmentView a : assignmentsNow()) {
                if (a.state() == AssignmentState.REPLIED || a.state() == AssignmentState.PLANNED) {
                    writingAssignments().setAssignmentState(a.id(), AssignmentState.ACCEPTED);
                }
            }
        }

        boolean markKey() {
            var leaderAccount = accounts.get(cmd.leaderId());
            if (!leaderAccount.roles().contains(Role.LEADER)) {
                throw new InvalidInputException("leaderId", "handling.error.leader");
            }
            keyCase = true;
            leader = cmd.leaderId();
            trackingMonths = cmd.trackingMonths() == null ? 2 : cmd.trackingMonths();
            ClockRow k = activeClockOrNull(ClockName.TRACKING);
            if (k != null) {
                repo.cancelClock(k.id());
            }
            startTracking();
            payload.put("leaderId", leader);
            payload.put("trackingMonths", trackingMonths);
            events.add(new CaseMarkedKey(congress, row.id(), kind.code(), leader, trackingMonths));
            return true;
        }

        void startTracking() {
            applyClockEffect(
                    kind,
                    currentRow(),
                    ClockEffect.start(ClockName.TRACKING),
                    cmd.action().name(),
                    null,
                    today,
                    clockLog,
                    events);
        }

        boolean trackingReport() {
            repliesWritten = true;
            repo.insertReply(
                    row.id(),
                    assignment == null ? null : assignment.id(),
                    assignment == null ? null : assignment.unitId(),
                    ReplyType.TRACKING_REPORT,
                    cmd.text(),
                    null,
                    false,
                    user.id());
            payload.put("text", cmd.text());
            ClockRow k = activeClockOrNull(ClockName.TRACKING);
            if (k != null) {
                meet(k);
            }
            if (keyCase || tracked) {
                startTracking();
            }
            return true;
        }

        boolean requestExtension() {
            extensionsWritten = true;
            ClockRow k = activeClock(
                    cmd.clock(), cmd.clock() == ClockName.ACCEPT && assignment != null ? assignment.id() : null);
            long id = repo.insertExtension(
                    row.id(), k.id(), cmd.extension(), cmd.reason(), ExtensionStatus.REQUESTED, user.id());
            payload.put("extensionId", id);
            payload.put("clock", k.name().name());
            payload.put(
                    "extension",
                    cmd.extension().amount() + " " + cmd.extension().unit());
            payload.put("reason", cmd.reason());
            events.add(new ClockExtensionRequested(congress, row.id(), kind.code(), id, k.name(), k.unitId()));
            return true;
        }

        boolean decideExtension(boolean approve) {
            extensionsWritten = true;
            List<HandlingRepository.ExtensionRow> pending = repo.extensions(row.id()).stream()
                    .filter(x -> x.view().status() == ExtensionStatus.REQUESTED)
                    .filter(x -> cmd.extensionId() == null || x.view().id() == cmd.extensionId())
                    .toList();
            if (pending.size() != 1) {
                throw new InvalidInputException("extensionId", "handling.error.extensionId");
            }
            HandlingRepository.ExtensionRow x = pending.get(0);
            payload.put("extensionId", x.view().id());
            if (!approve) {
                repo.decideExtension(x.view().id(), ExtensionStatus.REJECTED, user.id(), null, null);
                if (cmd.reason() != null) {
                    payload.put("reason", cmd.reason());
                }
                return true;
            }
            ClockRow k = repo.clock(x.clockId()).orElseThrow();
            if (!k.state().active()) {
                throw GuardFailedException.of("handling.error.clockNotActive", cmd.action());
            }
            Length length = cmd.extension() != null ? cmd.extension() : x.view().length();
            extend(k, x.view().id(), length);
            return true;
        }

        void extend(ClockRow k, long extensionId, Length length) {
            extensionsWritten = true;
            if (k.state() == ClockState.PAUSED) {
                throw GuardFailedException.of("handling.error.clockPaused", cmd.action());
            }
            LocalDate newDue = deadlines.due(k.dueDate(), length);
            repo.moveClock(k.id(), newDue, deadlines.yellowFrom(newDue, k.reminderLeads()), ClockState.EXTENDED, true);
            ExtensionStatus status = cmd.action() == Action.EXTEND ? ExtensionStatus.DIRECT : ExtensionStatus.APPROVED;
            repo.decideExtension(extensionId, status, user.id(), k.dueDate(), newDue);
            clockLog.add("EXTEND " + k.name() + " " + k.dueDate() + " -> " + newDue);
            payload.put("clock", k.name().name());
            payload.put("newDue", newDue.toString());
            events.add(new ClockExtended(
                    congress, row.id(), kind.code(), k.id(), k.name(), k.dueDate(), newDue, user.id()));
        }

        void resume(ClockRow k) {
            LocalDate due = deadlines.resumedDue(k, today);
            repo.moveClock(
                    k.id(),
                    due,
                    deadlines.yellowFrom(due, k.reminderLeads()),
                    k.extensions() > 0 ? ClockState.EXTENDED : ClockState.RUNNING,
                    false);
            clockLog.add("RESUME " + k.name() + " due " + due);
        }

        void meet(ClockRow k) {
            boolean late = today.isAfter(k.dueDate());
            repo.meetClock(k.id(), today, late);
            clockLog.add("MET " + k.name() + (late ? " late" : ""));
            events.add(new ClockMet(congress, row.id(), kind.code(), k.id(), k.name(), k.unitId(), late));
        }

        ClockRow activeClockOrNull(ClockName name) {
            return repo.clocks(row.id()).stream()
                    .filter(k -> k.name() == name && k.state().active())
                    .findFirst()
                    .orElse(null);
        }

        ClockRow activeClock(ClockName name, Long assignmentId) {
            return repo.clocks(row.id()).stream()
                    .filter(k -> k.name() == name && k.state().active())
                    .filter(k -> assignmentId == null || assignmentId.equals(k.assignmentId()))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException("clock", "handling.error.clockNotActive"));
        }
    }

    /** Applies one clock effect of a transition (or of creation) to the case-level clocks. */
    private void applyClockEffect(
            KindDefinition kind,
            CaseRow row,
            ClockEffect e,
            String anchorEvent,
            Long assignmentId,
            LocalDate today,
            List<String> log,
            List<Object> events) {
        long congress = TenantContext.require();
        List<ClockRow> active = repo.clocks(row.id()).stream()
                .filter(k -> k.name() == e.clock() && k.state().active() && k.assignmentId() == null)
                .toList();
        switch (e.op()) {
            case START -> {
                for (ClockRow k : active) {
                    repo.cancelClock(k.id());
                }
                ClockPolicy p = deadlines.policy(kind, e.clock());
                Length length = e.clock() == ClockName.TRACKING && row.trackingMonths() != null
                        ? Length.months(row.trackingMonths())
                        : p.length();
                LocalDate anchor =
                        e.anchor() == Anchor.SOURCE_DATE && row.sourceDate() != null ? row.sourceDate() : today;
                LocalDate due = deadlines.due(anchor, length);
                long id = repo.insertClock(
                        row.id(),
                        assignmentId,
                        e.clock(),
                        anchorEvent,
                        anchor,
                        length,
                        due,
                        deadlines.yellowFrom(due, p.reminderLeads()),
                        p.reminderLeads());
                log.add("START " + e.clock() + " due " + due);
                events.add(new ClockStarted(congress, row.id(), kind.code(), id, e.clock(), null, due));
            }
            case MEET -> {
                for (ClockRow k : active) {
                    boolean late = today.isAfter(k.dueDate());
                    repo.meetClock(k.id(), today, late);
                    log.add("MET " + k.name() + (late ? " late" : ""));
                    events.add(new ClockMet(congress, row.id(), kind.code(), k.id(), k.name(), null, late));
                }
            }
            case CANCEL -> {
                for (ClockRow k : active) {
                    repo.cancelClock(k.id());
                    log.add("CANCEL " + k.name());
                }
            }
            case PAUSE -> {
                for (ClockRow k : active) {
                    if (k.state() != ClockState.PAUSED) {
                        repo.pauseClock(k.id(), today);
                        log.add("PAUSE " + k.name());
                    }
                }
            }
            case RESUME -> {
                for (ClockRow k : active) {
                    if (k.state() == ClockState.PAUSED) {
                        LocalDate due = deadlines.resumedDue(k, today);
                        repo.moveClock(
                                k.id(),
                                due,
                                deadlines.yellowFrom(due, k.reminderLeads()),
                                k.extensions() > 0 ? ClockState.EXTENDED : ClockState.RUNNING,
                                false);
                        log.add("RESUME " + k.name() + " due " + due);
                    }
                }
            }
        }
    }

    // ---- reads ---------------------------------------------------------------------------------

    /** The case if the user may see it; otherwise (or in another congress) 404. */
    private CaseRow visibleCase(long id, CurrentUser user) {
        return visibleCase(id, user, () -> repo.assignments(id));
    }

    /** As {@link #visibleCase(long, CurrentUser)}, the check of a unit user reading the given assignments. */
    private CaseRow visibleCase(long id, CurrentUser user, Supplier<List<AssignmentView>> assignments) {
        CaseRow row = repo.findCase(id).orElseThrow(() -> new NotFoundException("case", id));
        if (!canSee(row, user, assignments)) {
            throw new NotFoundException("case", id);
        }
        return row;
    }

    /** Reads at most once: a case's assignments, wanted by the visibility check and by the view alike. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> read;
        private T value;
        private boolean done;

        Once(Supplier<T> read) {
            this.read = read;
        }

        @Override
        public T get() {
            if (!done) {
                value = read.get();
                done = true;
            }
            return value;
        }
    }

    private boolean canSee(CaseRow row, CurrentUser user, Supplier<List<AssignmentView>> assignments) {
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            return true;
        }
        if (user.hasAny(Role.UNIT)
                && user.unitId() != null
                && assignments.get().stream().anyMatch(a -> a.unitId() == user.unitId())) {
            return true;
        }
        if (user.hasAny(Role.DEPUTY, Role.STREET)) {
            return row.visibility() == Visibility.PUBLISHED
                    || row.createdBy() == user.id()
                    || repo.isProposer(row.id(), user.id());
        }
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public CaseView get(long caseId) {
        CurrentUser user = CurrentUser.require();
        Once<List<AssignmentView>> assignments = new Once<>(() -> repo.assignments(caseId));
        return view(visibleCase(caseId, user, assignments), user, assignments);
    }

    private CaseView view(long caseId, CurrentUser user) {
        return view(repo.findCase(caseId).orElseThrow(() -> new NotFoundException("case", caseId)), user);
    }

    /** The view of a case whose row this transaction has just read (the row is not read again). */
    private CaseView view(CaseRow r, CurrentUser user) {
        return view(r, user, () -> repo.assignments(r.id()));
    }

    private CaseView view(CaseRow r, CurrentUser user, Supplier<List<AssignmentView>> assignments) {
        long caseId = r.id();
        List<ClockView> clocks = new ArrayList<>();
        Colour colour = clockViews(repo.clocks(caseId), deadlines.today(), clocks);
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

    /**
     * The case after an action: the row as the step wrote it, clocks read again, assignments unless the
     * step read them after its last write of one, replies,
     * evaluations and extensions only when the step wrote them; proposers and attachments (an action never
     * changes them) and the lists it did not write are the ones read before it, in the same transaction.
     */
    private CaseView viewAfter(
            CaseRow r,
            CaseView before,
            List<AssignmentView> assignments,
            boolean replies,
            boolean evaluations,
            boolean extensions,
            CurrentUser user) {
        long caseId = r.id();
        List<ClockView> clocks = new ArrayList<>();
        Colour colour = clockViews(repo.clocks(caseId), deadlines.today(), clocks);
        CaseView base = caseView(
                r,
                colour,
                before.proposers(),
                assignments != null ? assignments : repo.assignments(caseId),
                clocks,
                replies ? repo.replies(caseId) : before.replies(),
                evaluations ? repo.evaluations(caseId) : before.evaluations(),
                extensions ? extensionViews(caseId) : before.extensions(),
                before.attachments());
        return with(base, base.number(), actionsFor(base, user));
    }

    private List<ExtensionView> extensionViews(long caseId) {
        return repo.extensions(caseId).stream()
                .map(HandlingRepository.ExtensionRow::view)
                .toList();
    }

    private static CaseView caseView(
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
    private static CaseView with(CaseView v, String number, List<Action> actions) {
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
    private List<Action> actionsFor(CaseView c, CurrentUser user) {
        KindDefinition kind = kinds.get(c.kind());
        List<Action> out = new ArrayList<>();
        for (Action action : Action.values()) {
            List<Transition> rows = kind.rows(action, c.state()).stream()
                    .filter(t -> t.roles().stream().anyMatch(user.roles()::contains))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            if (UNIT_ACTIONS.contains(action)) {
                boolean unitUser = user.hasAny(Role.UNIT) && !user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN);
                boolean any = c.assignments().stream()
                        .filter(a -> a.state().active())
                        .filter(a -> !unitUser || (user.unitId() != null && a.unitId() == user.unitId()))
                        .anyMatch(a -> fits(action, a)
                                && !(action == Action.REPLY && a.state() == AssignmentState.REPLIED && !c.tracked()));
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

    private static boolean safe(Guard g, GuardContext ctx) {
        try {
            return g.allows(ctx);
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummary> list(CaseFilter filter, PageRequest page) {
        CurrentUser user = CurrentUser.require();
        CaseQueries.Where w = new CaseQueries.Where();
        CaseQueries.scope(w, user);
        LocalDate today = deadlines.today();
        CaseQueries.filter(w, filter, today);
        return Page.of(queries.page(w, today, page, "c.created_at desc"), page, queries.count(w, today));
    }

    @Override
    @Transactional(readOnly = true)
    public Page<CaseSummary> worklist(Worklist worklist, PageRequest page) {
        CurrentUser user = CurrentUser.require();
        CaseQueries.Where w = worklistWhere(worklist, user);
        LocalDate today = deadlines.today();
        String order = worklist == Worklist.KEY_CASES
                ? "(c.supervising_leader = " + user.id() + ") desc, cl.next_due nulls last"
                : "cl.next_due nulls last";
        return Page.of(queries.page(w, today, page, order), page, queries.count(w, today));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Worklist, Long> worklistCounts() {
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

    private CaseQueries.Where worklistWhere(Worklist wl, CurrentUser user) {
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
                    "exists (select 1 from handling.assignment a where a.case_id = c.id and a.unit_id = ? and a.state = 'PENDING')",
                    unit);
            case TO_PLAN -> w.and(
                            "exists (select 1 from handling.assignment a where a.case_id = c.id and a.unit_id = ?"
                                    + " and a.state = 'ACCEPTED' and a.role <> 'CO')",
                            unit)
                    .and("c.kind || ':' || c.state = any(?)", (Object) allowing(Action.SUBMIT_PLAN, Set.of(Role.UNIT)));
            case TO_REPLY -> w.and(
                            "exists (select 1 from handling.assignment a where a.case_id = c.id and a.unit_id = ?"
                                    + " and ((a.role <> 'CO' and a.state in ('ACCEPTED','PLANNED')) or (a.role = 'CO' and a.state = 'ACCEPTED')))",
                            unit)
                    .and(
                            "(c.kind || ':' || c.state = any(?) or c.kind || ':' || c.state = any(?))",
                            (Object) allowing(Action.REPLY, Set.of(Role.UNIT)),
                            (Object) allowing(Action.CO_OPINION, Set.of(Role.UNIT)));
            case TO_ASSIGN -> w.and(
                            "c.kind || ':' || c.state = any(?)", (Object) allowing(Action.ASSIGN, Set.of(Role.STAFF)))
                    .and("not exists (select 1 from handling.assignment a where a.case_id = c.id and a.state in "
                            + CaseQueries.ACTIVE_ASSIGNMENT + ")");
            case NEAR_DUE -> CaseQueries.colour(w, Colour.YELLOW, deadlines.today());
            case OVERDUE -> CaseQueries.colour(w, Colour.RED, deadlines.today());
            case KEY_CASES -> w.and("c.key_case");
            case AWAITING_EVALUATION -> w.and(
                            "c.kind || ':' || c.state = any(?)", (Object) allowing(Action.EVALUATE, user.roles()))
                    .and(
                            "(exists (select 1 from handling.proposer p where p.case_id = c.id and p.account_id = ?)"
                                    + " or not exists (select 1 from handling.proposer p where p.case_id = c.id and p.account_id is not null))",
                            user.id())
                    .and(
                            "not exists (select 1 from handling.evaluation e where e.case_id = c.id and e.evaluator_id = ?"
                                    + " and e.at > coalesce((select max(r.at) from handling.reply r where r.case_id = c.id and r.type = 'RESULT'), '-infinity'))",
                            user.id());
        }
        if (roles.length == 0) {
            w.and("false");
        }
        return w;
    }

    private String[] allowing(Action action, Set<Role> roles) {
        List<String> pairs = kinds.statesAllowing(action, roles);
        return pairs.isEmpty() ? new String[] {"-"} : pairs.toArray(String[]::new);
    }

    @Override
    public List<OverdueBoardRow> overdueBoard(String kind) {
        // No transaction here: a cached board needs no connection; BoardCache computes a miss in one.
        CurrentUser.require();
        return board.board(kind, deadlines.today());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<EventView> timeline(long caseId, PageRequest page) {
        visibleCase(caseId, CurrentUser.require());
        return Page.of(repo.events(caseId, page.size(), page.offset()), page, repo.countEvents(caseId));
    }

    @Override
    @Transactional(readOnly = true)
    public AuditView audit(long caseId) {
        visibleCase(caseId, CurrentUser.require());
        List<HandlingRepository.ChainLink> chain = repo.chain(caseId);
        String previous = "0".repeat(64);
        boolean valid = true;
        int expectedSeq = 1;
        for (HandlingRepository.ChainLink link : chain) {
            if (link.seq() != expectedSeq++
                    || !previous.equals(link.prevHash())
                    || !link.hash().equals(link.recomputed())) {
                valid = false;
            }
            previous = link.hash();
        }
        return new AuditView(valid, chain.size(), chain.isEmpty() ? null : previous);
    }

    // ---- attachments ---------------------------------------------------------------------------

    @Override
    @Transactional
    public AttachmentView attach(long caseId, NewAttachment a) {
        CurrentUser user = CurrentUser.require();
        CaseRow row = visibleCase(caseId, user);
        if (!mayAttach(row, user)) {
            throw new org.springframework.security.access.AccessDeniedException("attach");
        }
        NewAttachment checked = checkAttachment(a);
        String name = checked.filename();
        String type = checked.contentType();
        String sha = sha256(a.data());
        repo.lockCase(caseId);
        long id = repo.insertAttachment(caseId, name, type, a.data(), sha, user.id());
        repo.appendEvent(
                caseId,
                user.id(),
                user.displayName(),
                "ATTACH",
                row.state(),
                row.state(),
                Map.of("attachmentId", id, "filename", name, "sha256", sha, "size", a.data().length));
        return repo.attachments(caseId).stream()
                .filter(x -> x.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Override
    public NewAttachment checkAttachment(NewAttachment a) {
        if (a == null || a.data() == null || a.data().length == 0 || a.data().length > maxAttachmentBytes) {
            throw new InvalidInputException("file", "handling.error.attachment.size", maxAttachmentBytes / 1024 / 1024);
        }
        String type = a.contentType() == null
                ? ""
                : a.contentType().split(";")[0].trim().toLowerCase();
        if (!ATTACHMENT_TYPES.contains(type) || !contentMatches(type, a.data())) {
            throw new InvalidInputException("file", "handling.error.attachment.type");
        }
        String name = a.filename() == null || a.filename().isBlank()
                ? "attachment"
                : a.filename().replaceAll("[\\\\/\\r\\n\"]", "_");
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return new NewAttachment(name, type, a.data());
    }

    @Override
    @Transactional
    public CaseView applyClockLength(long caseId, ClockName clock, Length length, String reason) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("clock length");
        }
        CaseRow row = visibleCase(caseId, user);
        if (clock == null || length == null || length.amount() < 1) {
            throw new InvalidInputException("extension", "handling.error.extension");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "handling.error.required.reason");
        }
        repo.lockCase(caseId);
        ClockRow k = repo.clocks(caseId).stream()
                .filter(x -> x.name() == clock && x.state().active() && x.assignmentId() == null)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("clock", "handling.error.clockNotActive"));
        if (k.state() == ClockState.PAUSED) {
            throw new InvalidInputException("clock", "handling.error.clockPaused");
        }
        LocalDate today = deadlines.today();
        LocalDate due = deadlines.due(k.anchorDate(), length);
        ClockState state = k.state() == ClockState.OVERDUE && today.isAfter(due)
                ? ClockState.OVERDUE
                : k.extensions() > 0 ? ClockState.EXTENDED : ClockState.RUNNING;
        repo.relengthClock(k.id(), length, due, deadlines.yellowFrom(due, k.reminderLeads()), state);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("clock", clock.name());
        payload.put("anchor", k.anchorDate().toString());
        payload.put("length", length.toString());
        payload.put("oldDue", k.dueDate().toString());
        payload.put("newDue", due.toString());
        payload.put("reason", reason.trim());
        repo.appendEvent(caseId, user.id(), user.displayName(), "CLOCK_POLICY", row.state(), row.state(), payload);
        return view(caseId, user);
    }

    @Override
    @Transactional
    public void note(long caseId, String event, Map<String, Object> payload) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("note");
        }
        if (event == null || !event.matches("[A-Z][A-Z_]{2,39}")) {
            throw new IllegalArgumentException("event name " + event);
        }
        CaseRow row = visibleCase(caseId, user);
        repo.lockCase(caseId);
        repo.appendEvent(
                caseId,
                user.id(),
                user.displayName(),
                event,
                row.state(),
                row.state(),
                payload == null ? Map.of() : payload);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> visibleCases(java.util.Collection<Long> caseIds) {
        CurrentUser user = CurrentUser.require();
        if (caseIds == null || caseIds.isEmpty()) {
            return Set.of();
        }
        Long[] ids = caseIds.stream().distinct().toArray(Long[]::new);
        if (user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            return Set.copyOf(repo.existing(ids));
        }
        Set<Long> out = new java.util.HashSet<>();
        if (user.hasAny(Role.UNIT) && user.unitId() != null) {
            out.addAll(repo.assignedTo(ids, user.unitId()));
        }
        if (user.hasAny(Role.DEPUTY, Role.STREET)) {
            out.addAll(repo.visibleToProposer(ids, user.id()));
        }
        return Set.copyOf(out);
    }

    @Override
    @Transactional(readOnly = true)
    public CaseFigures figures(long[] caseIds) {
        return queries.figures(caseIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitHandlingTally> unitTallies(long[] caseIds, long[] contactedCaseIds, long[] contactedUnitIds) {
        return queries.unitTallies(caseIds, contactedCaseIds, contactedUnitIds);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CaseView> views(java.util.Collection<Long> caseIds) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER, Role.MEMBER)) {
            throw new org.springframework.security.access.AccessDeniedException("case views");
        }
        if (caseIds == null || caseIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = caseIds.stream().distinct().toArray(Long[]::new);
        LocalDate today = deadlines.today();
        Map<Long, List<ClockRow>> clocks = repo.clocksOf(ids);
        Map<Long, List<AssignmentView>> assignments = repo.assignmentsOf(ids);
        Map<Long, List<ReplyView>> replies = repo.repliesOf(ids);
        Map<Long, List<EvaluationView>> evaluations = repo.evaluationsOf(ids);
        List<CaseView> out = new ArrayList<>();
        for (CaseRow r : repo.findCases(ids)) {
            List<ClockView> clockViews = new ArrayList<>();
            Colour colour = clockViews(clocks.getOrDefault(r.id(), List.of()), today, clockViews);
            out.add(new CaseView(
                    r.id(),
                    r.kind(),
                    r.number(),
                    r.title(),
                    r.content(),
                    r.category(),
                    r.state(),
                    r.visibility(),
                    new SourceLink(r.sourceType(), r.sourceRef(), r.sourceDate()),
                    List.of(),
                    r.attributes(),
                    r.keyCase(),
                    r.supervisingLeader(),
                    r.trackingMonths(),
                    r.tracked(),
                    r.resultClass(),
                    r.evaluation(),
                    colour,
                    assignments.getOrDefault(r.id(), List.of()),
                    clockViews,
                    replies.getOrDefault(r.id(), List.of()),
                    evaluations.getOrDefault(r.id(), List.of()),
                    List.of(),
                    List.of(),
                    List.of(),
                    r.createdBy(),
                    r.createdAt(),
                    r.updatedAt(),
                    r.version()));
        }
        return out;
    }

    /** Adds the views of the clocks as of today; returns the most urgent colour of the active ones. */
    private static Colour clockViews(List<ClockRow> rows, LocalDate today, List<ClockView> into) {
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
                    k.state(),
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

    @Override
    @Transactional(readOnly = true)
    public boolean mayAttach(long caseId) {
        CurrentUser user = CurrentUser.require();
        return mayAttach(visibleCase(caseId, user), user);
    }

    /** Staff, leaders and admins, a unit with an active assignment, or a proposer; never on a final case. */
    private boolean mayAttach(CaseRow row, CurrentUser user) {
        boolean may = user.hasAny(Role.ADMIN, Role.STAFF, Role.LEADER)
                || (user.hasAny(Role.UNIT)
                        && user.unitId() != null
                        && repo.assignments(row.id()).stream()
                                .anyMatch(x -> x.state().active() && x.unitId() == user.unitId()))
                || repo.isProposer(row.id(), user.id());
        return may && !row.finalState();
    }

    /** A light check that the bytes are what the declared type says (magic numbers). */
    static boolean contentMatches(String type, byte[] d) {
        return switch (type) {
            case "application/pdf" -> startsWith(d, "%PDF".getBytes(StandardCharsets.US_ASCII));
            case "image/png" -> startsWith(d, new byte[] {(byte) 0x89, 'P', 'N', 'G'});
            case "image/jpeg" -> startsWith(d, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            case "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" -> startsWith(
                    d, new byte[] {'P', 'K', 3, 4});
            case "application/msword", "application/vnd.ms-excel" -> startsWith(
                    d, new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
            case "text/plain" -> {
                for (byte b : d) {
                    if (b == 0) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> false;
        };
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public AttachmentContent attachment(long caseId, long attachmentId) {
        visibleCase(caseId, CurrentUser.require());
        return repo.attachment(caseId, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    // ---- public, kinds, policies ---------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<CaseView> findPublished(String idOrNumber) {
        if (idOrNumber == null || idOrNumber.isBlank()) {
            return Optional.empty();
        }
        Optional<CaseRow> row = idOrNumber.chars().allMatch(Character::isDigit) && idOrNumber.length() < 18
                ? repo.findCase(Long.parseLong(idOrNumber))
                : repo.findCaseByNumber(idOrNumber.trim());
        return row.filter(r -> r.visibility() == Visibility.PUBLISHED).map(r -> publicView(view(r.id(), null)));
    }

    /** Only what the public may see: no unit internals, plans, opinions, attachments or extension requests. */
    private static CaseView publicView(CaseView v) {
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

    @Override
    public List<KindView> kinds() {
        return kinds.all().stream()
                .map(k -> new KindView(
                        k.code(),
                        k.messageKey(),
                        k.states(),
                        k.transitions().stream().map(TransitionView::of).toList()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeadlinePolicyView> policies(String kindCode) {
        KindDefinition kind = kinds.get(kindCode);
        List<ClockName> names = new ArrayList<>(kind.defaultPolicies().keySet());
        for (ClockName n : Deadlines.ENGINE_DEFAULTS.keySet()) {
            if (!names.contains(n)) {
                names.add(n);
            }
        }
        names.sort(null);
        List<DeadlinePolicyView> out = new ArrayList<>();
        for (ClockName n : names) {
            Optional<ClockPolicy> custom = repo.policy(kind.code(), n);
            ClockPolicy p = custom.orElseGet(() -> Deadlines.defaultPolicy(kind, n));
            out.add(new DeadlinePolicyView(kind.code(), n, p.length(), p.reminderLeads(), custom.isPresent()));
        }
        return out;
    }

    @Override
    @Transactional
    public DeadlinePolicyView setPolicy(String kindCode, ClockName clock, Length length, List<Length> reminderLeads) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.ADMIN, Role.STAFF)) {
            throw new org.springframework.security.access.AccessDeniedException("policy");
        }
        KindDefinition kind = kinds.get(kindCode);
        if (clock == null || length == null || length.amount() < 1) {
            throw new InvalidInputException("length", "handling.error.extension");
        }
        ClockPolicy p = new ClockPolicy(clock, length, reminderLeads);
        repo.savePolicy(kind.code(), p);
        return new DeadlinePolicyView(kind.code(), clock, length, p.reminderLeads(), true);
    }
}
