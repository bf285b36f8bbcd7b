package cn.renda.handling;

import cn.renda.calendar.Length;
import java.util.List;

/**
 * Command: fire an action on a case. {@code version} is the case version the user saw (optimistic
 * check); the other fields are read by the actions that need them. Build it with the factory named for
 * the action ({@link #assign}, {@link #reply}, {@link #evaluate} …); a form that carries any action's
 * fields starts from {@link #of(Action, long)} and adds them with the {@code with…} methods.
 * UNIT users always act for their own unit; STAFF may name one ({@code unitId}).
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

    /** 交办: assign the case to units. */
    public static ActionCommand assign(long version, List<UnitAssignment> assignments) {
        return of(Action.ASSIGN, version).withAssignments(assignments);
    }

    /** 签收: the unit accepts its assignment ({@code unitId} null for a unit user's own). */
    public static ActionCommand accept(long version, Long unitId) {
        return of(Action.ACCEPT, version).withUnit(unitId);
    }

    /** 退办: the unit gives its assignment back, with a reason. */
    public static ActionCommand giveBack(long version, Long unitId, String reason) {
        return of(Action.RETURN, version).withUnit(unitId).withReason(reason);
    }

    /** 转办: move an assignment from one unit to another. */
    public static ActionCommand transfer(long version, long fromUnitId, long toUnitId, String reason) {
        return of(Action.TRANSFER, version).withUnits(fromUnitId, toUnitId).withReason(reason);
    }

    /** 办理方案: the unit's handling plan. */
    public static ActionCommand submitPlan(long version, Long unitId, String text) {
        return of(Action.SUBMIT_PLAN, version).withUnit(unitId).withText(text);
    }

    /** 协办意见: a co-handling unit's opinion. */
    public static ActionCommand coOpinion(long version, Long unitId, String text) {
        return of(Action.CO_OPINION, version).withUnit(unitId).withText(text);
    }

    /** 答复: the unit's reply with its result class; {@code publish} whether the reply may be published. */
    public static ActionCommand reply(
            long version, Long unitId, String text, ResultClass resultClass, boolean publish) {
        return of(Action.REPLY, version).withUnit(unitId).withText(text).withResult(resultClass, publish);
    }

    /** 满意度测评: the evaluation of the reply, with an optional comment. */
    public static ActionCommand evaluate(long version, Evaluation evaluation, String text) {
        return of(Action.EVALUATE, version).withEvaluation(evaluation).withText(text);
    }

    /** 重新办理: back to the units, with a reason. */
    public static ActionCommand reopen(long version, String reason) {
        return of(Action.REOPEN, version).withReason(reason);
    }

    /** 撤销: withdraw the case, with a reason. */
    public static ActionCommand withdraw(long version, String reason) {
        return of(Action.WITHDRAW, version).withReason(reason);
    }

    /** 交付审议: refer the case to a committee ({@code reason} names it). */
    public static ActionCommand refer(long version, String reason) {
        return of(Action.REFER, version).withReason(reason);
    }

    /** 审议结果报告: the committee's review result. */
    public static ActionCommand reviewReport(long version, String text) {
        return of(Action.REVIEW_REPORT, version).withText(text);
    }

    /** 办结: close the case, with an optional note. */
    public static ActionCommand close(long version, String text) {
        return of(Action.CLOSE, version).withText(text);
    }

    /** 公开: publish the case. */
    public static ActionCommand publish(long version) {
        return of(Action.PUBLISH, version);
    }

    /** 重点督办: mark as key case with its supervising leader and tracking period (months, null = 2). */
    public static ActionCommand markKey(long version, long leaderId, Integer trackingMonths) {
        return of(Action.MARK_KEY, version).withKeyCase(leaderId, trackingMonths);
    }

    /** 跟踪报告: a periodic tracking report ({@code unitId} null when staff report for the case). */
    public static ActionCommand trackingReport(long version, Long unitId, String text) {
        return of(Action.TRACKING_REPORT, version).withUnit(unitId).withText(text);
    }

    /** A unit asks for more time on a clock. */
    public static ActionCommand requestExtension(
            long version, Long unitId, ClockName clock, Length extension, String reason) {
        return of(Action.REQUEST_EXTENSION, version)
                .withUnit(unitId)
                .withClock(clock, extension)
                .withReason(reason);
    }

    /** Approves a pending extension request ({@code extension} null keeps the requested length). */
    public static ActionCommand approveExtension(long version, Long extensionId, Length extension) {
        return of(Action.APPROVE_EXTENSION, version)
                .withExtensionId(extensionId)
                .withClock(null, extension);
    }

    /** Rejects a pending extension request. */
    public static ActionCommand rejectExtension(long version, Long extensionId, String reason) {
        return of(Action.REJECT_EXTENSION, version).withExtensionId(extensionId).withReason(reason);
    }

    /** Extends a clock directly. */
    public static ActionCommand extend(long version, ClockName clock, Length extension, String reason) {
        return of(Action.EXTEND, version).withClock(clock, extension).withReason(reason);
    }

    /** Pauses the case's clocks ({@code clock} null for all of them). */
    public static ActionCommand pause(long version, ClockName clock, String reason) {
        return of(Action.PAUSE, version).withClock(clock, null).withReason(reason);
    }

    /** Resumes the paused clocks ({@code clock} null for all of them). */
    public static ActionCommand resume(long version, ClockName clock) {
        return of(Action.RESUME, version).withClock(clock, null);
    }

    /** With the units to assign. */
    public ActionCommand withAssignments(List<UnitAssignment> value) {
        return new ActionCommand(
                action,
                version,
                value,
                unitId,
                toUnitId,
                reason,
                text,
                resultClass,
                publish,
                evaluation,
                clock,
                extension,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With the unit acted for. */
    public ActionCommand withUnit(Long value) {
        return withUnits(value, toUnitId);
    }

    /** With the unit acted for and the unit a transfer goes to. */
    public ActionCommand withUnits(Long from, Long to) {
        return new ActionCommand(
                action,
                version,
                assignments,
                from,
                to,
                reason,
                text,
                resultClass,
                publish,
                evaluation,
                clock,
                extension,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With a reason. */
    public ActionCommand withReason(String value) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                value,
                text,
                resultClass,
                publish,
                evaluation,
                clock,
                extension,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With a text (plan, opinion, reply, report, comment). */
    public ActionCommand withText(String value) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                reason,
                value,
                resultClass,
                publish,
                evaluation,
                clock,
                extension,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With a reply's result class and whether it may be published. */
    public ActionCommand withResult(ResultClass result, Boolean mayPublish) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                reason,
                text,
                result,
                mayPublish,
                evaluation,
                clock,
                extension,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With an evaluation. */
    public ActionCommand withEvaluation(Evaluation value) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                reason,
                text,
                resultClass,
                publish,
                value,
                clock,
                extension,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With the clock acted on and, for extensions, the length. */
    public ActionCommand withClock(ClockName name, Length length) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                reason,
                text,
                resultClass,
                publish,
                evaluation,
                name,
                length,
                extensionId,
                leaderId,
                trackingMonths);
    }

    /** With the extension request decided. */
    public ActionCommand withExtensionId(Long value) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                reason,
                text,
                resultClass,
                publish,
                evaluation,
                clock,
                extension,
                value,
                leaderId,
                trackingMonths);
    }

    /** With a key case's supervising leader and tracking period. */
    public ActionCommand withKeyCase(Long leader, Integer months) {
        return new ActionCommand(
                action,
                version,
                assignments,
                unitId,
                toUnitId,
                reason,
                text,
                resultClass,
                publish,
                evaluation,
                clock,
                extension,
                extensionId,
                leader,
                months);
    }
}
