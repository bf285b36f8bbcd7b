package cn.renda.handling;

import java.time.LocalDate;
import java.util.List;

/**
 * Event (deadline sweep): clocks of one congress changed colour, once per clock and colour. One event per
 * congress and sweep carrying every change, so the notices can send each recipient one digest naming all of
 * theirs. Published inside the sweep's transaction of the congress: the notices are written there by a
 * synchronous listener, so they commit with the colours (and Spring Modulith records no publication for them).
 *
 * @param day the sweep's day (in the congress calendar's zone)
 * @param run the sweep run (its start, epoch milliseconds): with the day and congress it names one digest
 */
public record ClocksRecoloured(long congressId, LocalDate day, long run, List<ClockChange> changes) {

    public ClocksRecoloured {
        changes = List.copyOf(changes);
    }

    /** The digest's dedupe key: one per recipient, congress and sweep run, so a redelivered event sends nothing. */
    public String digestKey() {
        return "sweep:" + day + ":" + congressId + ":" + run;
    }

    /**
     * One clock's new colour: YELLOW (reminder window) or RED (overdue); the case's number and title name it in
     * notices.
     */
    public record ClockChange(
            long caseId,
            String caseNumber,
            String caseTitle,
            String kind,
            long clockId,
            ClockName clock,
            Long unitId,
            LocalDate dueDate,
            Colour colour) {}
}
