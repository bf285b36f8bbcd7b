package cn.renda.handling.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.ActionForbiddenException;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.CaseActed;
import cn.renda.handling.CaseClosed;
import cn.renda.handling.CaseView;
import cn.renda.handling.CaseWriteContributor;
import cn.renda.handling.ClockEffect;
import cn.renda.handling.Guard;
import cn.renda.handling.GuardContext;
import cn.renda.handling.GuardFailedException;
import cn.renda.handling.IllegalTransitionException;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.StaleVersionException;
import cn.renda.handling.Transition;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Fires actions: the checks of role, version, state, guards and unit; then the step family effect and one event. */
@Component
class CaseActions {
    private final KindRegistry kinds;
    private final HandlingRepository repo;
    private final Deadlines deadlines;
    private final ClockEffects clocks;
    private final CaseAccess access;
    private final CaseViews views;
    private final ApplicationEventPublisher publisher;
    private final cn.renda.core.References references;
    private final CaseSnapshots snapshots;
    private final IdBlocks ids;
    private final DataSource dataSource;
    private final ContributedWrites contributed;
    private final Map<Action, StepFamily> families = new EnumMap<>(Action.class);

    CaseActions(
            KindRegistry kinds,
            HandlingRepository repo,
            Deadlines deadlines,
            ClockEffects clocks,
            CaseAccess access,
            CaseViews views,
            ApplicationEventPublisher publisher,
            List<StepFamily> families,
            cn.renda.core.References references,
            CaseSnapshots snapshots,
            IdBlocks ids,
            DataSource dataSource,
            ContributedWrites contributed) {
        this.contributed = contributed;
        this.references = references;
        this.snapshots = snapshots;
        this.ids = ids;
        this.dataSource = dataSource;
        this.kinds = kinds;
        this.repo = repo;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.access = access;
        this.views = views;
        this.publisher = publisher;
        for (StepFamily f : families) {
            for (Action a : f.actions()) {
                if (this.families.put(a, f) != null) {
                    throw new IllegalStateException("two step families for " + a);
                }
            }
        }
        for (Action a : Action.values()) {
            if (!this.families.containsKey(a)) {
                throw new IllegalStateException("no step family for " + a);
            }
        }
    }

    /** {@code currentVersion}: the caller's own decision, acting on the version the step reads (not a user's). */
    CaseView actAsOf(long caseId, ActionCommand cmd, LocalDate asOf, boolean currentVersion) {
        return actAsOf(caseId, cmd, asOf, currentVersion, null);
    }

    /** As above, with another module's read in the case's round trip; null when it stopped the step. */
    CaseView actAsOf(
            long caseId,
            ActionCommand cmd,
            LocalDate asOf,
            boolean currentVersion,
            cn.renda.handling.CompanionRead companion) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("back-dated action");
        }
        if (asOf == null || asOf.isAfter(deadlines.today())) {
            throw new InvalidInputException("asOf", "handling.error.asOf");
        }
        return act(caseId, cmd, asOf, currentVersion, companion);
    }

    CaseView act(long caseId, ActionCommand cmd, LocalDate today, boolean currentVersion) {
        return act(caseId, cmd, today, currentVersion, null);
    }

    /** As above, with another module's read in the case's round trip; null when it stopped the step. */
    CaseView act(
            long caseId,
            ActionCommand cmd,
            LocalDate today,
            boolean currentVersion,
            cn.renda.handling.CompanionRead companion) {
        CurrentUser user = CurrentUser.require();
        if (cmd == null || cmd.action() == null) {
            throw new InvalidInputException("action", "handling.error.action");
        }
        Action action = cmd.action();
        // One round trip reads the case with everything the step needs; the step decides in memory.
        CaseSnapshot snapshot;
        if (companion == null) {
            snapshot = access.visibleSnapshot(caseId, user, snapshots);
        } else {
            CaseSnapshots.WithCompanion read = snapshots.read(caseId, companion);
            if (!read.proceed()) {
                return null;
            }
            snapshot = access.visible(caseId, read.snapshot(), user);
        }
        CaseRow row = snapshot.row();
        KindDefinition kind = kinds.get(row.kind());
        if (kind.transitions().stream()
                .noneMatch(t -> t.action() == action && t.roles().stream().anyMatch(user.roles()::contains))) {
            throw ActionForbiddenException.roles(action);
        }
        if (!currentVersion && cmd.version() != row.version()) {
            throw StaleVersionException.of(caseId, cmd.version());
        }
        List<Transition> rows = kinds.table(kind).rows(action, row.state());
        if (rows.isEmpty()) {
            throw IllegalTransitionException.of(row.state(), action);
        }
        List<Transition> mine = TransitionTable.allowed(rows, user.roles());
        if (mine.isEmpty()) {
            throw ActionForbiddenException.roles(action);
        }
        Transition transition = mine.stream()
                .filter(t -> t.when().test(cmd))
                .findFirst()
                .orElseThrow(() -> GuardFailedException.of("handling.error.noMatchingTransition", action));
        validate(cmd);
        checkReferences(cmd);
        // the case as the step's guards and families see it: no offered actions (the view after the step has
        // them), so no guard of another transition is evaluated — some ask other modules, one statement each
        CaseView before = views.view(snapshot, null);
        AssignmentView assignment =
                ActingUnit.UNIT_ACTIONS.contains(action) ? ActingUnit.actingAssignment(before, cmd, user) : null;
        GuardContext context = new GuardContext(before, cmd, user);
        for (Guard g : transition.guards()) {
            if (!g.allows(context)) {
                throw GuardFailedException.of(g.messageKey(), action);
            }
        }
        ActingUnit.checkAssignmentState(action, assignment, row);
        // No claim up front: the version is checked by the step's one update of the case row (with its event), the
        // first write of the step's batch; a step that lost the race fails there and its transaction rolls back whole.
        StepWrites writes = new StepWrites();
        return run(new Step(
                writes,
                ids,
                snapshot,
                deadlines,
                clocks,
                new CaseClocks(writes, ids, caseId, snapshot.clocks(), snapshot.policies(), deadlines.today()),
                kind,
                row,
                before,
                transition,
                cmd,
                user,
                assignment,
                today));
    }

    /** Units named by an assignment or transfer must exist in the bound congress (not 999999, −1 or another's). */
    private void checkReferences(ActionCommand cmd) {
        switch (cmd.action()) {
            case ASSIGN -> references.requireUnits(
                    "assignments",
                    cmd.assignments().stream().map(UnitAssignment::unitId).toList());
            case TRANSFER -> references.requireUnits("toUnitId", List.of(cmd.toUnitId()));
            default -> {}
        }
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

    /**
     * Applies the step: the family effect, clock effects and the new state decided in memory, then every write in one
     * round trip — the case row first (the optimistic version check, the lock that orders concurrent steps and the
     * sweep on this case, the event appended to the chain and the step's columns in one row version), the step's own
     * writes — then the events and the view.
     */
    private CaseView run(Step s) {
        Action action = s.cmd.action();
        if (s.assignment != null) {
            s.payload.put("unitId", s.assignment.unitId());
        }
        boolean advance = families.get(action).apply(s);
        if (advance) {
            for (ClockEffect e : s.transition.clockEffects()) {
                s.clocks.apply(
                        s.kind, s.currentRow(), s.caseClocks, e, action.name(), null, s.today, s.clockLog, s.events);
            }
            if (s.transition.to() != null) {
                s.state = s.transition.to();
            }
        }
        boolean entersFinal = s.kind.finalStates().contains(s.state) && !s.row.finalState();
        if (entersFinal) {
            for (ClockRow k : s.caseClocks.all()) {
                if (k.state().active()) {
                    s.caseClocks.cancel(k);
                    s.clockLog.add("CANCEL " + k.name());
                }
            }
        }
        CaseRow after = new CaseRow(
                s.row.id(),
                s.row.kind(),
                s.row.number(),
                s.row.title(),
                s.row.content(),
                s.row.category(),
                s.row.sourceType(),
                s.row.sourceRef(),
                s.row.sourceDate(),
                s.row.attributes(),
                s.state,
                s.visibility,
                s.keyCase,
                s.leader,
                s.trackingMonths,
                s.tracked,
                s.resultClass,
                s.evaluation,
                s.row.finalState() || entersFinal,
                s.row.version() + 1,
                s.row.createdBy(),
                s.row.createdAt(),
                null);
        after = after.withUpdatedAt(s.now);
        if (!s.clockLog.isEmpty()) {
            s.payload.put("clocks", s.clockLog);
        }
        StepWrites all = new StepWrites();
        // one row version per step: the version check, the event linked to the chain head and the step's columns in
        // one function (handling.act_and_append); a lost race raises RE409 there and nothing after it runs
        int caseUpdate = all.query(
                """
                select handling.act_and_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)""",
                s.row.id(),
                s.row.version(),
                after.state(),
                after.visibility().name(),
                after.keyCase(),
                after.supervisingLeader(),
                after.trackingMonths(),
                after.tracked(),
                HandlingRepository.name(after.resultClass()),
                HandlingRepository.name(after.evaluation()),
                after.finalState(),
                s.now,
                s.caseClocks.nextDue(),
                s.user.id(),
                s.user.displayName(),
                action.name(),
                s.row.state(),
                repo.toJson(s.payload));
        all.append(s.writes);
        // other modules' writes of the step (e.g. their copy of the case state) travel in the same round trip
        contributed.stepped(
                new CaseWriteContributor.Stepped(s.congress, s.row.id(), s.kind.code(), action, s.row.state(), s.state),
                all);
        all.send(dataSource, () -> StaleVersionException.of(s.row.id(), s.row.version()));
        if (all.count(caseUpdate) != 1) {
            // another step changed the case since it was read: this transaction rolls back whole
            throw StaleVersionException.of(s.row.id(), s.row.version());
        }
        publisher.publishEvent(new CaseActed(
                s.congress,
                s.row.id(),
                s.kind.code(),
                action,
                s.row.state(),
                s.state,
                s.user.id(),
                s.assignment == null ? null : s.assignment.unitId()));
        s.events.forEach(publisher::publishEvent);
        if (entersFinal) {
            publisher.publishEvent(new CaseClosed(s.congress, s.row.id(), s.kind.code(), s.state));
        }
        return views.viewAfter(after, s.before, s);
    }
}
