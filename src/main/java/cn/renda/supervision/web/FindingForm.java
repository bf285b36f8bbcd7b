package cn.renda.supervision.web;

import cn.renda.supervision.FindingOutcome;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A finding issued as a case to a lead unit (and co-units). */
final class FindingForm {

    @NotBlank
    @Size(max = 2000)
    private String text;

    @Size(max = 100)
    private String article;

    @NotNull
    private FindingOutcome outcome;

    @NotNull
    private Long leadUnitId;

    private List<Long> coUnitIds = new ArrayList<>();

    @Min(1)
    @Max(366)
    private Integer deadlineDays;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundOn;

    public String getText() {
        return text;
    }

    public void setText(String v) {
        text = v;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String v) {
        article = v;
    }

    public FindingOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FindingOutcome v) {
        outcome = v;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public void setLeadUnitId(Long v) {
        leadUnitId = v;
    }

    public List<Long> getCoUnitIds() {
        return coUnitIds;
    }

    public void setCoUnitIds(List<Long> v) {
        coUnitIds = v;
    }

    public Integer getDeadlineDays() {
        return deadlineDays;
    }

    public void setDeadlineDays(Integer v) {
        deadlineDays = v;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public void setFoundOn(LocalDate v) {
        foundOn = v;
    }
}
