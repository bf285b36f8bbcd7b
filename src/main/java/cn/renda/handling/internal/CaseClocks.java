package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The clocks of one case within one step (or creation): read at most once and kept up to date by the step's
 * own writes, so a step does not read them again after each clock it meets, cancels, pauses, moves or starts.
 * Every write still goes to the database at once, in the order the step makes it.
 */
final class CaseClocks {

    private final HandlingRepository repo;
    private final long caseId;
    private List<ClockRow> rows;

    /** Clocks read when needed. */
    CaseClocks(HandlingRepository repo, long caseId) {
        this(repo, caseId, null);
    }

    /** Clocks already read in this transaction (e.g. for the view before the step), or none of a new case. */
    CaseClocks(HandlingRepository repo, long caseId, List<ClockRow> rows) {
        this.repo = repo;
        this.caseId = caseId;
        this.rows = rows == null ? null : new ArrayList<>(rows);
    }

    /** The case's clocks as they are now in this transaction, in id order. */
    List<ClockRow> all() {
        if (rows == null) {
            rows = new ArrayList<>(repo.clocks(caseId));
        }
        return List.copyOf(rows);
    }

    long start(
            Long assignmentId,
            Long unitId,
            ClockName name,
            String anchorEvent,
            LocalDate anchorDate,
            Length length,
            LocalDate due,
            LocalDate yellowFrom,
            List<Length> leads) {
        long id = repo.insertClock(caseId, assignmentId, name, anchorEvent, anchorDate, length, due, yellowFrom, leads);
        if (rows != null) {
            rows.add(new ClockRow(
                    id,
                    caseId,
                    assignmentId,
                    unitId,
                    name,
                    anchorEvent,
                    anchorDate,
                    length,
                    due,
                    yellowFrom,
                    List.copyOf(leads),
                    ClockState.RUNNING,
                    null,
                    null,
                    false,
                    0,
                    cn.renda.handling.Colour.GREEN));
        }
        return id;
    }

    void meet(ClockRow k, LocalDate on, boolean late) {
        repo.meetClock(k.id(), on, late);
        replace(k, with(k, ClockState.MET, null, on, late, k.dueDate(), k.yellowFrom(), k.extensions(), k.notified()));
    }

    void cancel(ClockRow k) {
        repo.cancelClock(k.id());
        replace(
                k,
                with(
                        k,
                        ClockState.CANCELLED,
                        null,
                        k.metOn(),
                        k.metLate(),
                        k.dueDate(),
                        k.yellowFrom(),
                        k.extensions(),
                        k.notified()));
    }

    void pause(ClockRow k, LocalDate on) {
        repo.pauseClock(k.id(), on);
        replace(
                k,
                with(
                        k,
                        ClockState.PAUSED,
                        on,
                        k.metOn(),
                        k.metLate(),
                        k.dueDate(),
                        k.yellowFrom(),
                        k.extensions(),
                        k.notified()));
    }

    /** A new due date (extension or resume) with its reminder window and running state. */
    void move(ClockRow k, LocalDate due, LocalDate yellowFrom, ClockState state, boolean extension) {
        repo.moveClock(k.id(), due, yellowFrom, state, extension);
        replace(
                k,
                with(
                        k,
                        state,
                        null,
                        k.metOn(),
                        k.metLate(),
                        due,
                        yellowFrom,
                        k.extensions() + (extension ? 1 : 0),
                        cn.renda.handling.Colour.GREEN));
    }

    private void replace(ClockRow old, ClockRow now) {
        if (rows == null) {
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == old.id()) {
                rows.set(i, now);
                return;
            }
        }
        rows = null; // not among those read: read again when next asked
    }

    private static ClockRow with(
            ClockRow k,
            ClockState state,
            LocalDate pausedOn,
            LocalDate metOn,
            boolean metLate,
            LocalDate due,
            LocalDate yellowFrom,
            int extensions,
            cn.renda.handling.Colour notified) {
        return new ClockRow(
                k.id(),
                k.caseId(),
                k.assignmentId(),
                k.unitId(),
                k.name(),
                k.anchorEvent(),
                k.anchorDate(),
                k.length(),
                due,
                yellowFrom,
                k.reminderLeads(),
                state,
                pausedOn,
                metOn,
                metLate,
                extensions,
                notified);
    }
}
