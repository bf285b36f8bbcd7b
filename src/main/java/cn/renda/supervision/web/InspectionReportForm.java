package cn.renda.supervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: The report of an inspection. */
final class InspectionReportForm {

    @NotBlank
    @Size(max = 50000)
    private String report;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportedOn;

    public String getReport() {
        return report;
    }

    public void setReport(String v) {
        report = v;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public void setReportedOn(LocalDate v) {
        reportedOn = v;
    }
}
