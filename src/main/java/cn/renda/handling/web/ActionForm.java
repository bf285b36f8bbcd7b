package cn.renda.handling.web;

import cn.renda.calendar.Length;
import cn.renda.calendar.LengthUnit;
import cn.renda.core.InvalidInputException;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.ClockName;
import cn.renda.handling.Evaluation;
import cn.renda.handling.ResultClass;
import cn.renda.handling.UnitAssignment;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/**
 * Form: one action on a case. {@code version} is the case version the page showed; the other fields
 * are read by the actions that need them (see {@link ActionCommand}). ASSIGN takes a lead unit and lists
 * of co and separate unit ids separated by commas.
 */
final class ActionForm {

    @NotNull
    private Long version;

    private Long unitId;
    private Long toUnitId;
    private Long leadUnit;

    @Size(max = 500)
    private String coUnits;

    @Size(max = 500)
    private String separateUnits;

    @Size(max = 2000)
    private String reason;

    @Size(max = 20000)
    private String text;

    private ResultClass resultClass;
    private boolean publish;
    private Evaluation evaluation;
    private ClockName clock;

    @Min(1)
    @Max(365)
    private Integer extensionAmount;

    private LengthUnit extensionUnit = LengthUnit.WORKING_DAYS;
    private Long extensionId;
    private Long leaderId;

    @Min(1)
    @Max(12)
    private Integer trackingMonths;

    /** The engine command for the action; unit lists that do not parse are a field error. */
    ActionCommand toCommand(Action action) {
        List<UnitAssignment> assignments = new ArrayList<>();
        if (action == Action.ASSIGN) {
            if (leadUnit != null) {
                assignments.add(new UnitAssignment(leadUnit, AssignmentRole.LEAD));
            }
            units("coUnits", coUnits).forEach(u -> assignments.add(new UnitAssignment(u, AssignmentRole.CO)));
            units("separateUnits", separateUnits)
                    .forEach(u -> assignments.add(new UnitAssignment(u, AssignmentRole.SEPARATE)));
        }
        Length extension =
                extensionAmount == null || extensionUnit == null ? null : new Length(extensionAmount, extensionUnit);
        return ActionCommand.of(action, version == null ? -1 : version)
                .withAssignments(assignments)
                .withUnits(unitId, toUnitId)
                .withReason(reason)
                .withText(text)
                .withResult(resultClass, action == Action.REPLY ? publish : null)
                .withEvaluation(evaluation)
                .withClock(clock, extension)
                .withExtensionId(extensionId)
                .withKeyCase(leaderId, trackingMonths);
    }

    private static List<Long> units(String field, String value) {
        List<Long> out = new ArrayList<>();
        if (value == null || value.isBlank()) {
            return out;
        }
        for (String part : value.split("[,,、\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                out.add(Long.parseLong(part.trim()));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(field, "handling.web.error.unitList");
            }
        }
        return out;
    }

    /** The form field an engine problem belongs to. */
    static String field(String engineField) {
        return switch (engineField) {
            case "assignments" -> "leadUnit";
            case "extension" -> "extensionAmount";
            case "file" -> "file";
            case "unitId",
                    "toUnitId",
                    "reason",
                    "text",
                    "resultClass",
                    "evaluation",
                    "clock",
                    "extensionId",
                    "leaderId",
                    "trackingMonths",
                    "coUnits",
                    "separateUnits" -> engineField;
            default -> null;
        };
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long v) {
        version = v;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long v) {
        unitId = v;
    }

    public Long getToUnitId() {
        return toUnitId;
    }

    public void setToUnitId(Long v) {
        toUnitId = v;
    }

    public Long getLeadUnit() {
        return leadUnit;
    }

    public void setLeadUnit(Long v) {
        leadUnit = v;
    }

    public String getCoUnits() {
        return coUnits;
    }

    public void setCoUnits(String v) {
        coUnits = v;
    }

    public String getSeparateUnits() {
        return separateUnits;
    }

    public void setSeparateUnits(String v) {
        separateUnits = v;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String v) {
        reason = v;
    }

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }

    public ResultClass getResultClass() {
        return resultClass;
    }

    public void setResultClass(ResultClass v) {
        resultClass = v;
    }

    public boolean isPublish() {
        return publish;
    }

    public void setPublish(boolean v) {
        publish = v;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public void setEvaluation(Evaluation v) {
        evaluation = v;
    }

    public ClockName getClock() {
        return clock;
    }

    public void setClock(ClockName v) {
        clock = v;
    }

    public Integer getExtensionAmount() {
        return extensionAmount;
    }

    public void setExtensionAmount(Integer v) {
        extensionAmount = v;
    }

    public LengthUnit getExtensionUnit() {
        return extensionUnit;
    }

    public void setExtensionUnit(LengthUnit v) {
        extensionUnit = v;
    }

    public Long getExtensionId() {
        return extensionId;
    }

    public void setExtensionId(Long v) {
        extensionId = v;
    }

    public Long getLeaderId() {
        return leaderId;
    }

    public void setLeaderId(Long v) {
        leaderId = v;
    }

    public Integer getTrackingMonths() {
        return trackingMonths;
    }

    public void setTrackingMonths(Integer v) {
        trackingMonths = v;
    }
}
