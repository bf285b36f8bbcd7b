package cn.renda.supervision.web;

import cn.renda.supervision.SupervisionForm;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: An item of the annual plan; people, committee and meeting item are picked by name. */
final class PlanItemForm {

    @NotNull
    private SupervisionForm form;

    @NotBlank
    @Size(max = 200)
    private String title;

    private Long leadCommitteeId;

    private Long leaderPersonId;

    private List<Long> participantIds = new ArrayList<>();

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    private Long heardItemId;

    public SupervisionForm getForm() {
        return form;
    }

    public void setForm(SupervisionForm v) {
        form = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public Long getLeadCommitteeId() {
        return leadCommitteeId;
    }

    public void setLeadCommitteeId(Long v) {
        leadCommitteeId = v;
    }

    public Long getLeaderPersonId() {
        return leaderPersonId;
    }

    public void setLeaderPersonId(Long v) {
        leaderPersonId = v;
    }

    public List<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(List<Long> v) {
        participantIds = v;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate v) {
        startsOn = v;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public void setEndsOn(LocalDate v) {
        endsOn = v;
    }

    public Long getHeardItemId() {
        return heardItemId;
    }

    public void setHeardItemId(Long v) {
        heardItemId = v;
    }
}
