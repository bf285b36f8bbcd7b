package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.core.TenantContext;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentState;
import cn.renda.handling.AssignmentView;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockEffect;
import cn.renda.handling.ClockExtended;
import cn.renda.handling.ClockMet;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ClockStarted;
import cn.renda.handling.ClockState;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.GuardFailedException;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.ResultClass;
import cn.renda.handling.Transition;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One action being applied inside the transaction that claimed the case: what it read, what it has changed so far. */
final class Step {
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
    final HandlingRepository repo;
    final Deadlines deadlines;
    final ClockEffects clocks;

    Step(
            HandlingRepository repo,
            Deadlines deadlines,
            ClockEffects clocks,
            KindDefinition kind,
            CaseRow row,
            CaseView before,
            Transition transition,
            ActionCommand cmd,
            CurrentUser user,
            AssignmentView assignment,
            LocalDate today,
            OffsetDateTime claimedAt) {
        this.repo = repo;
        this.deadlines = deadlines;
        this.clocks = clocks;
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

    void startAcceptClock(long assignmentId, long unitId) {
        startAssignmentClock(assignmentId, unitId, ClockName.ACCEPT);
    }

    /** Starts a clock of one assignment (ACCEPT, CO_OPINION) from today by the kind's policy. */
    void startAssignmentClock(long assignmentId, long unitId, ClockName name) {
        ClockPolicy p = deadlines.policy(kind, name);
        LocalDate due = deadlines.due(today, p.length());
        long clockId = repo.insertClock(
                row.id(),
                assignmentId,
                name,
                "ASSIGN",
                today,
                p.length(),
                due,
                deadlines.yellowFrom(due, p.reminderLeads()),
                p.reminderLeads());
        clockLog.add("START " + name + " " + unitId + " due " + due);
        events.add(new ClockStarted(congress, row.id(), kind.code(), clockId, name, unitId, due));
    }

    ClockRow acceptClock(long assignmentId) {
        return assignmentClock(assignmentId, ClockName.ACCEPT);
    }

    /** The active clock of the given name of one assignment, or null. */
    ClockRow assignmentClock(long assignmentId, ClockName name) {
        return repo.clocks(row.id()).stream()
                .filter(k -> k.name() == name
                        && Long.valueOf(assignmentId).equals(k.assignmentId())
                        && k.state().active())
                .findFirst()
                .orElse(null);
    }

    void reopenAssignments() {
        for (AssignmentView a : assignmentsNow()) {
            if (a.state() == AssignmentState.REPLIED || a.state() == AssignmentState.PLANNED) {
                writingAssignments().setAssignmentState(a.id(), AssignmentState.ACCEPTED);
            }
        }
    }

    void startTracking() {
        clocks.apply(
                kind,
                currentRow(),
                ClockEffect.start(ClockName.TRACKING),
                cmd.action().name(),
                null,
                today,
                clockLog,
                events);
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
        events.add(
                new ClockExtended(congress, row.id(), kind.code(), k.id(), k.name(), k.dueDate(), newDue, user.id()));
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
