package cn.renda.supervision.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A research report to the Party committee (调研专报). */
final class ResearchReportForm {

    private Long inspectionId;

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotNull
    @Min(1)
    @Max(999)
    private Integer issueNo;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;

    @Size(max = 10000)
    private String summary;

    public Long getInspectionId() {
        return inspectionId;
    }

    public void setInspectionId(Long v) {
        inspectionId = v;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer v) {
        year = v;
    }

    public Integer getIssueNo() {
        return issueNo;
    }

    public void setIssueNo(Integer v) {
        issueNo = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public void setSubmittedOn(LocalDate v) {
        submittedOn = v;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String v) {
        summary = v;
    }
}
