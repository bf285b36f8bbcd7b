package cn.renda.supervision.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Form: A new annual supervision plan. */
final class PlanForm {

    @NotNull
    @Min(2000)
    @Max(2100)
    private Integer year;

    @NotBlank
    @Size(max = 200)
    private String title;

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer v) {
        year = v;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String v) {
        title = v;
    }
}
