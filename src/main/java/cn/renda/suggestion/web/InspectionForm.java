package cn.renda.suggestion.web;

import cn.renda.suggestion.NewInspection;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The half-year inspection form (半年视察). */
class InspectionForm {

    @NotNull
    @PastOrPresent
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate inspectedOn;

    @NotBlank
    @Size(max = 200)
    private String leader;

    @Size(max = 2000)
    private String participants;

    @NotBlank
    @Size(max = 2000)
    private String places;

    @NotBlank
    @Size(max = 20000)
    private String findings;

    @NotBlank
    @Size(max = 20000)
    private String requirements;

    @NotEmpty
    private List<Long> suggestionIds = new ArrayList<>();

    NewInspection toCommand() {
        return new NewInspection(inspectedOn, leader, participants, places, findings, requirements, suggestionIds);
    }

    public LocalDate getInspectedOn() {
        return inspectedOn;
    }

    public void setInspectedOn(LocalDate inspectedOn) {
        this.inspectedOn = inspectedOn;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getParticipants() {
        return participants;
    }

    public void setParticipants(String participants) {
        this.participants = participants;
    }

    public String getPlaces() {
        return places;
    }

    public void setPlaces(String places) {
        this.places = places;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String findings) {
        this.findings = findings;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }

    public List<Long> getSuggestionIds() {
        return suggestionIds;
    }

    public void setSuggestionIds(List<Long> suggestionIds) {
        this.suggestionIds = suggestionIds == null ? new ArrayList<>() : suggestionIds;
    }
}
