package cn.renda.supervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: The report of a law-enforcement inspection (监督法 第三十六条). */
final class EnforcementReportForm {

    @NotBlank
    @Size(max = 50000)
    private String assessment;

    @NotBlank
    @Size(max = 50000)
    private String problems;

    @NotBlank
    @Size(max = 50000)
    private String suggestions;

    @Size(max = 50000)
    private String lawAmendments;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;

    public String getAssessment() {
        return assessment;
    }

    public void setAssessment(String v) {
        assessment = v;
    }

    public String getProblems() {
        return problems;
    }

    public void setProblems(String v) {
        problems = v;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String v) {
        suggestions = v;
    }

    public String getLawAmendments() {
        return lawAmendments;
    }

    public void setLawAmendments(String v) {
        lawAmendments = v;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate v) {
        reportedOn = v;
    }
}
