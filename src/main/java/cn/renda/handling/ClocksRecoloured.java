package cn.renda.handling;

import java.time.LocalDate;
import java.util.List;

/**
 * Event (deadline sweep): clocks of one congress changed colour, once per clock and colour. One event
 * per congress and sweep (in chunks of at most {@link #MAX_CHANGES}), instead of one event per clock, so a
 * sweep over a million clocks carries them in a handful of events, not hundreds of thousands. Published inside
 * the sweep's transaction of the congress: the notices are written there by a synchronous listener, so they
 * commit with the colours (and Spring Modulith records no publication for them).
 */
public record ClocksRecoloured(long congressId, List<ClockChange> changes) {

    /** The most changes one event carries; a larger sweep publishes several. */
    public static final int MAX_CHANGES = 10_000;

    public ClocksRecoloured {
        changes = List.copyOf(changes);
    }

    /** One clock's new colour: YELLOW (reminder window) or RED (overdue); the case's number names it in notices. */
    public record ClockChange(
            long caseId,
            String caseNumber,
            String kind,
            long clockId,
            ClockName clock,
            Long unitId,
            LocalDate dueDate,
            Colour colour) {}
}
