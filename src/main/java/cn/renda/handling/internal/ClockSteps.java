package cn.renda.handling.internal;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.ClockExtensionRequested;
import cn.renda.handling.ClockName;
import cn.renda.handling.ClockState;
import cn.renda.handling.ExtensionStatus;
import cn.renda.handling.GuardFailedException;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Steps of the clocks and extensions family: request, approve, reject, extend, pause, resume. */
@Component
class ClockSteps implements StepFamily {

    @Override
    public Set<Action> actions() {
        return Set.of(
                Action.REQUEST_EXTENSION,
                Action.APPROVE_EXTENSION,
                Action.REJECT_EXTENSION,
                Action.EXTEND,
                Action.PAUSE,
                Action.RESUME);
    }

    @Override
    public boolean apply(Step s) {
        return switch (s.cmd.action()) {
            case REQUEST_EXTENSION -> requestExtension(s);
            case APPROVE_EXTENSION -> decideExtension(s, true);
            case REJECT_EXTENSION -> decideExtension(s, false);
            case EXTEND -> extendDirectly(s);
            case PAUSE -> pause(s);
            case RESUME -> resume(s);
            default -> throw new IllegalStateException("not a step of this family: " + s.cmd.action());
        };
    }

    boolean requestExtension(Step s) {
        ClockRow k = s.activeClock(
                s.cmd.clock(), s.cmd.clock() == ClockName.ACCEPT && s.assignment != null ? s.assignment.id() : null);
        long id = s.addExtension(k, s.cmd.extension(), s.cmd.reason(), ExtensionStatus.REQUESTED);
        s.payload.put("extensionId", id);
        s.payload.put("clock", k.name().name());
        s.payload.put(
                "extension",
                s.cmd.extension().amount() + " " + s.cmd.extension().unit());
        s.payload.put("reason", s.cmd.reason());
        s.events.add(new ClockExtensionRequested(s.congress, s.row.id(), s.kind.code(), id, k.name(), k.unitId()));
        return true;
    }

    boolean decideExtension(Step s, boolean approve) {
        List<HandlingRepository.ExtensionRow> pending = s.extensions.stream()
                .filter(x -> x.view().status() == ExtensionStatus.REQUESTED)
                .filter(x -> s.cmd.extensionId() == null || x.view().id() == s.cmd.extensionId())
                .toList();
        if (pending.size() != 1) {
            throw new InvalidInputException("extensionId", "handling.error.extensionId");
        }
        HandlingRepository.ExtensionRow x = pending.get(0);
        s.payload.put("extensionId", x.view().id());
        if (!approve) {
            s.decideExtension(x.view().id(), ExtensionStatus.REJECTED, null, null);
            if (s.cmd.reason() != null) {
                s.payload.put("reason", s.cmd.reason());
            }
            return true;
        }
        ClockRow k = s.caseClocks.all().stream()
                .filter(c -> c.id() == x.clockId())
                .findFirst()
                .orElseThrow();
        if (!k.state().active()) {
            throw GuardFailedException.of("handling.error.clockNotActive", s.cmd.action());
        }
        Length length = s.cmd.extension() != null ? s.cmd.extension() : x.view().length();
        s.extend(k, x.view().id(), length);
        return true;
    }

    /** Extends a clock directly (the office's own decision). */
    boolean extendDirectly(Step s) {
        ClockRow k = s.activeClock(s.cmd.clock(), null);
        long id = s.addExtension(k, s.cmd.extension(), s.cmd.reason(), ExtensionStatus.DIRECT);
        s.extend(k, id, s.cmd.extension());
        s.payload.put("reason", s.cmd.reason());
        return true;
    }

    /** Pauses the case's active clocks (or the one named). */
    boolean pause(Step s) {
        int n = 0;
        for (ClockRow k : s.caseClocks.all()) {
            if (k.state().active()
                    && k.state() != ClockState.PAUSED
                    && (s.cmd.clock() == null || k.name() == s.cmd.clock())) {
                s.caseClocks.pause(k, s.today);
                s.clockLog.add("PAUSE " + k.name());
                n++;
            }
        }
        if (n == 0) {
            throw GuardFailedException.of("handling.error.noClockToPause", s.cmd.action());
        }
        s.payload.put("reason", s.cmd.reason());
        return true;
    }

    /** Resumes the paused clocks (or the one named). */
    boolean resume(Step s) {
        int n = 0;
        for (ClockRow k : s.caseClocks.all()) {
            if (k.state() == ClockState.PAUSED && (s.cmd.clock() == null || k.name() == s.cmd.clock())) {
                s.resume(k);
                n++;
            }
        }
        if (n == 0) {
            throw GuardFailedException.of("handling.error.noClockToResume", s.cmd.action());
        }
        return true;
    }
}
