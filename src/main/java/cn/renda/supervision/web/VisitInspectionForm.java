package cn.renda.supervision.web;

import cn.renda.supervision.InspectionKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A new inspection or research visit. */
final class VisitInspectionForm {

    @NotNull
    private InspectionKind kind;

    @NotBlank
    @Size(max = 200)
    private String topic;

    private Long leaderPersonId;

    private List<Long> teamIds = new ArrayList<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    private Long planItemId;

    private Long heardItemId;

    public InspectionKind getKind() {
        return kind;
    }

    public void setKind(InspectionKind v) {
        kind = v;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String v) {
        topic = v;
    }

    public Long getLeaderPersonId() {
        return leaderPersonId;
    }

    public void setLeaderPersonId(Long v) {
        leaderPersonId = v;
    }

    public List<Long> getTeamIds() {
        return teamIds;
    }

    public void setTeamIds(List<Long> v) {
        teamIds = v;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate v) {
        startsOn = v;
    }

    public Long getPlanItemId() {
        return planItemId;
    }

    public void setPlanItemId(Long v) {
        planItemId = v;
    }

    public Long getHeardItemId() {
        return heardItemId;
    }

    public void setHeardItemId(Long v) {
        heardItemId = v;
    }
}
