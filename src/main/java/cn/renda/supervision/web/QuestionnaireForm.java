package cn.renda.supervision.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Form: A questionnaire of a law-enforcement inspection. */
final class QuestionnaireForm {

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotNull
    @Min(0)
    @Max(1000000)
    private Integer distributed;

    @NotNull
    @Min(0)
    @Max(1000000)
    private Integer returned;

    @Size(max = 10000)
    private String summary;

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }

    public Integer getDistributed() {
        return distributed;
    }

    public void setDistributed(Integer v) {
        distributed = v;
    }

    public Integer getReturned() {
        return returned;
    }

    public void setReturned(Integer v) {
        returned = v;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String v) {
        summary = v;
    }
}
