package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.TenantContext;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ClockState;
import cn.renda.handling.Colour;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The clocks of one case within one step (or creation): read with the case and kept up to date in memory by the
 * step's own changes (meet, cancel, pause, move, start), each queued as a write of the step ({@link StepWrites});
 * nothing is read again. New clocks take their ids from {@link IdBlocks}, so events can name them before the write.
 */
final class CaseClocks {

    private final StepWrites writes;
    private final IdBlocks ids;
    private final long caseId;
    private final long congress = TenantContext.require();
    private final List<ClockRow> rows;
    private final Map<ClockName, ClockPolicy> policies;
    private final LocalDate today;

    /**
     * The clocks as read with the case (none for a new case), the congress's policies of the case's kind, and the
     * engine's today (a clock written with its reminder window already open is marked for the sweep's check).
     */
    CaseClocks(
            StepWrites writes,
            IdBlocks ids,
            long caseId,
            List<ClockRow> rows,
            Map<ClockName, ClockPolicy> policies,
            LocalDate today) {
        this.writes = writes;
        this.ids = ids;
        this.caseId = caseId;
        this.rows = new ArrayList<>(rows);
        this.policies = policies;
        this.today = today;
    }

    /**
     * Whether the deadline sweep must look at a clock written now with this reminder window: the sweep reads the
     * windows that opened since its last run by date, so a window already open when written is marked
     * ({@code sweep_check}, V20270107_0500).
     */
    private boolean sweepCheck(LocalDate yellowFrom) {
        return !yellowFrom.isAfter(today);
    }

    /** The congress's policies of the case's kind, read with the case. */
    Map<ClockName, ClockPolicy> policies() {
        return policies;
    }

    /** The case's clocks as they are now in this step, in id order. */
    List<ClockRow> all() {
        return List.copyOf(rows);
    }

    /**
     * The next due date of the active clocks as they are now in this step (null: none), written with the case row
     * ({@code handling.cases.next_due}) so lists sort by it without reading the clocks.
     */
    LocalDate nextDue() {
        return nextDue(rows);
    }

    /** The earliest due date of the active clocks among {@code clocks}, or null. */
    static LocalDate nextDue(List<ClockRow> clocks) {
        LocalDate next = null;
        for (ClockRow k : clocks) {
            if (k.state().active() && (next == null || k.dueDate().isBefore(next))) {
                next = k.dueDate();
            }
        }
        return next;
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
        long id = ids.next("handling.clock");
        writes.update(
                """
                insert into handling.clock (id, case_id, assignment_id, name, anchor_event, anchor_date, amount, unit,
                                            due_date, yellow_from, reminder_leads, state, sweep_check)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?)""",
                id,
                caseId,
                assignmentId,
                name.name(),
                anchorEvent,
                anchorDate,
                length.amount(),
                length.unit().name(),
                due,
                yellowFrom,
                Leads.format(leads),
                sweepCheck(yellowFrom));
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
                Colour.GREEN));
        return id;
    }

    void meet(ClockRow k, LocalDate on, boolean late) {
        writes.update(
                """
                update handling.clock set state = 'MET', met_on = ?, met_late = ?, paused_on = null
                where congress_id = ? and id = ?""",
                on,
                late,
                congress,
                k.id());
        replace(k, with(k, ClockState.MET, null, on, late, k.dueDate(), k.yellowFrom(), k.extensions(), k.notified()));
    }

    void cancel(ClockRow k) {
        writes.update(
                "update handling.clock set state = 'CANCELLED', paused_on = null where congress_id = ? and id = ?",
                congress,
                k.id());
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
        writes.update(
                "update handling.clock set state = 'PAUSED', paused_on = ? where congress_id = ? and id = ?",
                on,
                congress,
                k.id());
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
        writes.update(
                """
                update handling.clock set due_date = ?, yellow_from = ?, state = ?, paused_on = null,
                       extensions = extensions + ?, notified = 'GREEN', sweep_check = ?
                where congress_id = ? and id = ?""",
                due,
                yellowFrom,
                state.name(),
                extension ? 1 : 0,
                sweepCheck(yellowFrom),
                congress,
                k.id());
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
                        Colour.GREEN));
    }

    private void replace(ClockRow old, ClockRow now) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == old.id()) {
                rows.set(i, now);
                return;
            }
        }
        throw new IllegalStateException("clock " + old.id() + " not of case " + caseId);
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
            Colour notified) {
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
