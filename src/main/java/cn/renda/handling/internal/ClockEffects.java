package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.TenantContext;
import cn.renda.handling.Anchor;
import cn.renda.handling.ClockEffect;
import cn.renda.handling.ClockMet;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockPolicy;
import cn.renda.handling.ClockStarted;
import cn.renda.handling.ClockState;
import cn.renda.handling.KindDefinition;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Applies the clock effects of a transition (or of creation) to the case-level clocks. */
@Component
class ClockEffects {
    private final HandlingRepository repo;
    private final Deadlines deadlines;

    ClockEffects(HandlingRepository repo, Deadlines deadlines) {
        this.repo = repo;
        this.deadlines = deadlines;
    }

    /** Applies one clock effect of a transition (or of creation) to the case-level clocks. */
    void apply(
            KindDefinition kind,
            CaseRow row,
            CaseClocks clockRows,
            ClockEffect e,
            String anchorEvent,
            Long assignmentId,
            LocalDate today,
            List<String> log,
            List<Object> events) {
        long congress = TenantContext.require();
        List<ClockRow> active = clockRows.all().stream()
                .filter(k -> k.name() == e.clock() && k.state().active() && k.assignmentId() == null)
                .toList();
        switch (e.op()) {
            case START -> {
                for (ClockRow k : active) {
                    clockRows.cancel(k);
                }
                ClockPolicy p = deadlines.policy(kind, e.clock(), clockRows.policies());
                Length length = e.clock() == ClockName.TRACKING && row.trackingMonths() != null
                        ? Length.months(row.trackingMonths())
                        : p.length();
                LocalDate anchor =
                        e.anchor() == Anchor.SOURCE_DATE && row.sourceDate() != null ? row.sourceDate() : today;
                LocalDate due = deadlines.due(anchor, length);
                long id = clockRows.start(
                        assignmentId,
                        null,
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
                    clockRows.meet(k, today, late);
                    log.add("MET " + k.name() + (late ? " late" : ""));
                    events.add(new ClockMet(congress, row.id(), kind.code(), k.id(), k.name(), null, late));
                }
            }
            case CANCEL -> {
                for (ClockRow k : active) {
                    clockRows.cancel(k);
                    log.add("CANCEL " + k.name());
                }
            }
            case PAUSE -> {
                for (ClockRow k : active) {
                    if (k.state() != ClockState.PAUSED) {
                        clockRows.pause(k, today);
                        log.add("PAUSE " + k.name());
                    }
                }
            }
            case RESUME -> {
                for (ClockRow k : active) {
                    if (k.state() == ClockState.PAUSED) {
                        LocalDate due = deadlines.resumedDue(k, today);
                        clockRows.move(
                                k,
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
}
