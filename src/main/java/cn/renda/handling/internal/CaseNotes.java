package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Records outside the transition table: a clock length set by policy, another module's note on the timeline. */
@Component
class CaseNotes {
    final HandlingRepository repo;
    final CaseAccess access;
    final CaseViews views;
    final Deadlines deadlines;

    CaseNotes(HandlingRepository repo, CaseAccess access, CaseViews views, Deadlines deadlines) {
        this.repo = repo;
        this.access = access;
        this.views = views;
        this.deadlines = deadlines;
    }

    CaseView applyClockLength(long caseId, ClockName clock, Length length, String reason) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("clock length");
        }
        CaseRow row = access.visibleCase(caseId, user);
        if (clock == null || length == null || length.amount() < 1) {
            throw new InvalidInputException("extension", "handling.error.extension");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "handling.error.required.reason");
        }
        repo.lockCase(caseId);
        java.util.List<ClockRow> clocks = repo.clocks(caseId);
        ClockRow k = clocks.stream()
                .filter(x -> x.name() == clock && x.state().active() && x.assignmentId() == null)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("clock", "handling.error.clockNotActive"));
        if (k.state() == ClockState.PAUSED) {
            throw new InvalidInputException("clock", "handling.error.clockPaused");
        }
        LocalDate today = deadlines.today();
        LocalDate due = deadlines.due(k.anchorDate(), length);
        // OVERDUE is derived from the due date (ClockRow.stateOn), never written
        ClockState state = k.extensions() > 0 ? ClockState.EXTENDED : ClockState.RUNNING;
        LocalDate yellowFrom = deadlines.yellowFrom(due, k.reminderLeads());
        repo.relengthClock(k.id(), length, due, yellowFrom, state, !yellowFrom.isAfter(today));
        // the case row's next due date (the lists' order) follows the clock's new due date
        LocalDate next = due;
        for (ClockRow other : clocks) {
            if (other.id() != k.id()
                    && other.state().active()
                    && other.dueDate().isBefore(next)) {
                next = other.dueDate();
            }
        }
        repo.setNextDue(caseId, next);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("clock", clock.name());
        payload.put("anchor", k.anchorDate().toString());
        payload.put("length", length.toString());
        payload.put("oldDue", k.dueDate().toString());
        payload.put("newDue", due.toString());
        payload.put("reason", reason.trim());
        repo.appendEvent(caseId, user.id(), user.displayName(), "CLOCK_POLICY", row.state(), row.state(), payload);
        return views.view(caseId, user);
    }

    void note(long caseId, String event, Map<String, Object> payload) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("note");
        }
        if (event == null || !event.matches("[A-Z][A-Z_]{2,39}")) {
            throw new IllegalArgumentException("event name " + event);
        }
        CaseRow row = access.visibleCase(caseId, user);
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
}
