package cn.renda.supervision.web;

import cn.renda.handling.Evaluation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A collective evaluation by tallies or by each member's ballot. */
final class EvaluationForm {

    @NotNull
    private Long caseId;

    @NotNull
    private Long meetingId;

    private boolean byBallot;

    @Min(0)
    @Max(1000)
    private Integer satisfied;

    @Min(0)
    @Max(1000)
    private Integer basicallySatisfied;

    @Min(0)
    @Max(1000)
    private Integer unsatisfied;

    private Map<Long, Evaluation> ballots = new LinkedHashMap<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate evaluatedOn;

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long v) {
        caseId = v;
    }

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long v) {
        meetingId = v;
    }

    public boolean isByBallot() {
        return byBallot;
    }

    public void setByBallot(boolean v) {
        byBallot = v;
    }

    public Integer getSatisfied() {
        return satisfied;
    }

    public void setSatisfied(Integer v) {
        satisfied = v;
    }

    public Integer getBasicallySatisfied() {
        return basicallySatisfied;
    }

    public void setBasicallySatisfied(Integer v) {
        basicallySatisfied = v;
    }

    public Integer getUnsatisfied() {
        return unsatisfied;
    }

    public void setUnsatisfied(Integer v) {
        unsatisfied = v;
    }

    public Map<Long, Evaluation> getBallots() {
        return ballots;
    }

    public void setBallots(Map<Long, Evaluation> v) {
        ballots = v;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public void setEvaluatedOn(LocalDate v) {
        evaluatedOn = v;
    }
}
