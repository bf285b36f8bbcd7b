package cn.renda.supervision.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A social-condition survey with its issues, one per line. */
final class SurveyForm {

    @NotBlank
    @Size(max = 200)
    private String topic;

    @Size(max = 200)
    private String method;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startsOn;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endsOn;

    @NotNull
    @Min(0)
    @Max(10000000)
    private Integer respondents;

    @Size(max = 100000)
    private String issues;

    public String getTopic() {
        return topic;
    }

    public void setTopic(String v) {
        topic = v;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String v) {
        method = v;
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

    public Integer getRespondents() {
        return respondents;
    }

    public void setRespondents(Integer v) {
        respondents = v;
    }

    public String getIssues() {
        return issues;
    }

    public void setIssues(String v) {
        issues = v;
    }
}
