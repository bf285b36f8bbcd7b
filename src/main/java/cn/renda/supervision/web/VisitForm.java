package cn.renda.supervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A visit of an inspection or law-enforcement inspection. */
final class VisitForm {

    @NotBlank
    @Size(max = 200)
    private String place;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitedOn;

    @Size(max = 2000)
    private String peopleMet;

    @Size(max = 10000)
    private String findings;

    public String getPlace() {
        return place;
    }

    public void setPlace(String v) {
        place = v;
    }

    public LocalDate getVisitedOn() {
        return visitedOn;
    }

    public void setVisitedOn(LocalDate v) {
        visitedOn = v;
    }

    public String getPeopleMet() {
        return peopleMet;
    }

    public void setPeopleMet(String v) {
        peopleMet = v;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String v) {
        findings = v;
    }
}
