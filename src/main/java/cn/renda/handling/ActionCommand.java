package cn.renda.handling;

import cn.renda.calendar.Length;
import java.util.List;

/**
 * Command: fire an action on a case. {@code version} is the case version the user saw (optimistic
 * check); the other fields are read by the actions that need them:
 * ASSIGN {@code assignments}; ACCEPT/RETURN/SUBMIT_PLAN/CO_OPINION/REPLY/TRACKING_REPORT/REQUEST_EXTENSION
 * {@code unitId} (UNIT users always act for their own unit; STAFF may name one); RETURN, WITHDRAW,
 * REOPEN, PAUSE, EXTEND {@code reason}; TRANSFER {@code unitId} → {@code toUnitId}; SUBMIT_PLAN,
 * CO_OPINION, REPLY, TRACKING_REPORT {@code text}; REPLY {@code resultClass}, {@code publish};
 * EVALUATE {@code evaluation}, {@code text}; MARK_KEY {@code leaderId}, {@code trackingMonths};
 * REQUEST_EXTENSION/EXTEND {@code clock}, {@code extension}; APPROVE/REJECT_EXTENSION
 * {@code extensionId}; PAUSE/RESUME optional {@code clock}.
 */
public record ActionCommand(
        Action action,
        long version,
        List<UnitAssignment> assignments,
        Long unitId,
        Long toUnitId,
        String reason,
        String text,
        ResultClass resultClass,
        Boolean publish,
        Evaluation evaluation,
        ClockName clock,
        Length extension,
        Long extensionId,
        Long leaderId,
        Integer trackingMonths) {

    public ActionCommand {
        assignments = assignments == null ? List.of() : List.copyOf(assignments);
    }

    /** A command with only the action and version (CLOSE, PUBLISH, ACCEPT by a unit user …). */
    public static ActionCommand of(Action action, long version) {
        return new ActionCommand(
                action, version, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
