package cn.renda.supervision.web;

import cn.renda.supervision.EnforcementMode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A new law-enforcement inspection (or a follow-up inspection of one). */
final class EnforcementForm {

    @NotBlank
    @Size(max = 200)
    private String law;

    @NotNull
    private EnforcementMode mode;

    @Size(max = 200)
    private String cityReference;

    @Size(max = 4000)
    private String scope;

    private Long leaderPersonId;

    private List<Long> teamIds = new ArrayList<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    private Long planItemId;

    private Long followUpOf;

    public String getLaw() {
        return law;
    }

    public void setLaw(String v) {
        law = v;
    }

    public EnforcementMode getMode() {
        return mode;
    }

    public void setMode(EnforcementMode v) {
        mode = v;
    }

    public String getCityReference() {
        return cityReference;
    }

    public void setCityReference(String v) {
        cityReference = v;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String v) {
        scope = v;
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

    public Long getFollowUpOf() {
        return followUpOf;
    }

    public void setFollowUpOf(Long v) {
        followUpOf = v;
    }
}
