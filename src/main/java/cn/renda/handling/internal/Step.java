package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.core.TenantContext;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
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
import cn.renda.handling.EvaluationView;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.ExtensionView;
import cn.renda.handling.GuardFailedException;
import cn.renda.handling.KindDefinition;
import cn.renda.handling.ReplyType;
import cn.renda.handling.ReplyView;
import cn.renda.handling.ResultClass;
import cn.renda.handling.Transition;
import cn.renda.handling.Visibility;
import cn.renda.identity.CurrentUser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One action being applied: what was read of the case (one round trip), what the step has changed so far (in memory)
 * and the writes it queued, sent together when it has decided.
 */
final class Step {
    final KindDefinition kind;
    final CaseRow row;
    final CaseView before;
    final Transition transition;
    final ActionCommand cmd;
    final CurrentUser user;
    final AssignmentView assignment;
    final LocalDate today;
    final long congress = TenantContext.require();
    /** The case's lists as the step leaves them: read with the case, changed in memory by each write of the step. */
    final List<AssignmentView> assignments;

    final List<ReplyView> replies;
    final List<EvaluationView> evaluations;
    final List<HandlingRepository.ExtensionRow> extensions;
    /** The step's writes, sent in one round trip once it has decided ({@link CaseActions}). */
    final StepWrites writes;

    final IdBlocks ids;
    /** The time of the step, written into the rows it inserts (so that its view needs no read back). */
    final OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);

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
    final Deadlines deadlines;
    final ClockEffects clocks;
    /** The case's clocks, read once (with the view before the step) and kept up to date by the step's writes. */
    final CaseClocks caseClocks;

    Step(
            StepWrites writes,
            IdBlocks ids,
            CaseSnapshot snapshot,
            Deadlines deadlines,
            ClockEffects clocks,
            CaseClocks caseClocks,
            KindDefinition kind,
            CaseRow row,
            CaseView before,
            Transition transition,
            ActionCommand cmd,
            CurrentUser user,
            AssignmentView assignment,
            LocalDate today) {
        this.writes = writes;
        this.ids = ids;
        this.deadlines = deadlines;
        this.clocks = clocks;
        this.caseClocks = caseClocks;
        this.today = today;
        this.assignments = new ArrayList<>(snapshot.assignments());
        this.replies = new ArrayList<>(snapshot.replies());
        this.evaluations = new ArrayList<>(snapshot.evaluations());
        this.extensions = new ArrayList<>(snapshot.extensions());
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

    /** The case's assignments as the step has changed them so far. */
    List<AssignmentView> assignmentsNow() {
        return assignments;
    }

    /** The policy in force for a clock of the case's kind (the congress's, read with the case, else the default). */
    ClockPolicy policy(ClockName name) {
        return deadlines.policy(kind, name, caseClocks.policies());
    }

    // ---- writes of the step: queued for the one round trip, applied to the lists at once ------------------------

    long insertAssignment(long unitId, AssignmentRole role) {
        long id = ids.next("handling.assignment");
        writes.update(
                """
                insert into handling.assignment (id, case_id, unit_id, role, state, assigned_at)
                overriding system value values (?, ?, ?, ?, 'PENDING', ?)""",
                id,
                row.id(),
                unitId,
                role.name(),
                now);
        assignments.add(new AssignmentView(id, unitId, role, AssignmentState.PENDING, now, null, null, null));
        return id;
    }

    void setAssignmentState(long id, AssignmentState state) {
        AssignmentView a = assignment(id);
        OffsetDateTime acceptedAt = state == AssignmentState.ACCEPTED && a.acceptedAt() == null ? now : a.acceptedAt();
        writes.update(
                "update handling.assignment set state = ?, accepted_at = ? where congress_id = ? and id = ?",
                state.name(),
                acceptedAt,
                congress,
                id);
        replaceAssignment(new AssignmentView(
                id,
                a.unitId(),
                a.role(),
                state,
                a.assignedAt(),
                acceptedAt,
                a.returnReason(),
                a.transferredToUnitId()));
    }

    void returnAssignment(long id, String reason) {
        AssignmentView a = assignment(id);
        writes.update(
                "update handling.assignment set state = 'RETURNED', return_reason = ? where congress_id = ? and id = ?",
                reason,
                congress,
                id);
        replaceAssignment(new AssignmentView(
                id,
                a.unitId(),
                a.role(),
                AssignmentState.RETURNED,
                a.assignedAt(),
                a.acceptedAt(),
                reason,
                a.transferredToUnitId()));
    }

    void transferAssignment(long id, long toUnit) {
        AssignmentView a = assignment(id);
        writes.update(
                "update handling.assignment set state = 'TRANSFERRED', transferred_to = ? where congress_id = ? and id = ?",
                toUnit,
                congress,
                id);
        replaceAssignment(new AssignmentView(
                id,
                a.unitId(),
                a.role(),
                AssignmentState.TRANSFERRED,
                a.assignedAt(),
                a.acceptedAt(),
                a.returnReason(),
                toUnit));
    }

    private AssignmentView assignment(long id) {
        return assignments.stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("assignment " + id + " not of case " + row.id()));
    }

    private void replaceAssignment(AssignmentView now) {
        assignments.replaceAll(a -> a.id() == now.id() ? now : a);
    }

    void addReply(Long assignmentId, Long unitId, ReplyType type, String text, ResultClass rc, boolean published) {
        long id = ids.next("handling.reply");
        writes.update(
                """
                insert into handling.reply (id, case_id, assignment_id, unit_id, type, text, result_class, published,
                                            actor_id, at)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                row.id(),
                assignmentId,
                unitId,
                type.name(),
                text,
                HandlingRepository.name(rc),
                published,
                user.id(),
                now);
        replies.add(new ReplyView(id, type, unitId, text, rc, published, user.id(), now));
    }

    void addEvaluation(Evaluation e, String comment) {
        long id = ids.next("handling.evaluation");
        writes.update(
                """
                insert into handling.evaluation (id, case_id, evaluation, comment, evaluator_id, at)
                overriding system value values (?, ?, ?, ?, ?, ?)""",
                id,
                row.id(),
                e.name(),
                comment,
                user.id(),
                now);
        evaluations.add(new EvaluationView(id, e, comment, user.id(), now));
    }

    long addExtension(ClockRow k, Length length, String reason, ExtensionStatus status) {
        long id = ids.next("handling.extension");
        writes.update(
                """
                insert into handling.extension (id, case_id, clock_id, amount, unit, reason, status, requested_by,
                                                requested_at)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                id,
                row.id(),
                k.id(),
                length.amount(),
                length.unit().name(),
                reason,
                status.name(),
                user.id(),
                now);
        extensions.add(new HandlingRepository.ExtensionRow(
                k.id(), new ExtensionView(id, k.name(), length, reason, status, user.id(), now, null, null, null)));
        return id;
    }

    void decideExtension(long id, ExtensionStatus status, LocalDate oldDue, LocalDate newDue) {
        writes.update(
                """
                update handling.extension set status = ?, decided_by = ?, decided_at = ?, old_due = ?, new_due = ?
                where congress_id = ? and id = ?""",
                status.name(),
                user.id(),
                now,
                oldDue,
                newDue,
                congress,
                id);
        extensions.replaceAll(x -> {
            if (x.view().id() != id) {
                return x;
            }
            ExtensionView v = x.view();
            return new HandlingRepository.ExtensionRow(
                    x.clockId(),
                    new ExtensionView(
                            id,
                            v.clock(),
                            v.length(),
                            v.reason(),
                            status,
                            v.requestedBy(),
                            v.requestedAt(),
                            user.id(),
                            oldDue,
                            newDue));
        });
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
        ClockPolicy p = policy(name);
        LocalDate due = deadlines.due(today, p.length());
        long clockId = caseClocks.start(
                assignmentId,
                unitId,
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
        return caseClocks.all().stream()
                .filter(k -> k.name() == name
                        && Long.valueOf(assignmentId).equals(k.assignmentId())
                        && k.state().active())
                .findFirst()
                .orElse(null);
    }

    void reopenAssignments() {
        for (AssignmentView a : List.copyOf(assignments)) {
            if (a.state() == AssignmentState.REPLIED || a.state() == AssignmentState.PLANNED) {
                setAssignmentState(a.id(), AssignmentState.ACCEPTED);
            }
        }
    }

    void startTracking() {
        clocks.apply(
                kind,
                currentRow(),
                caseClocks,
                ClockEffect.start(ClockName.TRACKING),
                cmd.action().name(),
                null,
                today,
                clockLog,
                events);
    }

    void extend(ClockRow k, long extensionId, Length length) {
        if (k.state() == ClockState.PAUSED) {
            throw GuardFailedException.of("handling.error.clockPaused", cmd.action());
        }
        LocalDate newDue = deadlines.due(k.dueDate(), length);
        caseClocks.move(k, newDue, deadlines.yellowFrom(newDue, k.reminderLeads()), ClockState.EXTENDED, true);
        ExtensionStatus status = cmd.action() == Action.EXTEND ? ExtensionStatus.DIRECT : ExtensionStatus.APPROVED;
        decideExtension(extensionId, status, k.dueDate(), newDue);
        clockLog.add("EXTEND " + k.name() + " " + k.dueDate() + " -> " + newDue);
        payload.put("clock", k.name().name());
        payload.put("newDue", newDue.toString());
        events.add(
                new ClockExtended(congress, row.id(), kind.code(), k.id(), k.name(), k.dueDate(), newDue, user.id()));
    }

    void resume(ClockRow k) {
        LocalDate due = deadlines.resumedDue(k, today);
        caseClocks.move(
                k,
                due,
                deadlines.yellowFrom(due, k.reminderLeads()),
                k.extensions() > 0 ? ClockState.EXTENDED : ClockState.RUNNING,
                false);
        clockLog.add("RESUME " + k.name() + " due " + due);
    }

    void meet(ClockRow k) {
        boolean late = today.isAfter(k.dueDate());
        caseClocks.meet(k, today, late);
        clockLog.add("MET " + k.name() + (late ? " late" : ""));
        events.add(new ClockMet(congress, row.id(), kind.code(), k.id(), k.name(), k.unitId(), late));
    }

    ClockRow activeClockOrNull(ClockName name) {
        return caseClocks.all().stream()
                .filter(k -> k.name() == name && k.state().active())
                .findFirst()
                .orElse(null);
    }

    ClockRow activeClock(ClockName name, Long assignmentId) {
        return caseClocks.all().stream()
                .filter(k -> k.name() == name && k.state().active())
                .filter(k -> assignmentId == null || assignmentId.equals(k.assignmentId()))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("clock", "handling.error.clockNotActive"));
    }
}
