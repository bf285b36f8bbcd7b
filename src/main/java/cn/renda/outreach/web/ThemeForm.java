package cn.renda.outreach.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Publishing a theme (the office: the district catalogue; street staff: their street's own theme). */
public class ThemeForm {

    @NotBlank
    @Size(max = 100)
    private String title;

    @Size(max = 2000)
    private String guidance;

    @Min(2000)
    @Max(2100)
    private int year;

    @Min(1)
    @Max(4)
    private int quarter;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getGuidance() {
        return guidance;
    }

    public void setGuidance(String guidance) {
        this.guidance = guidance;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public int getQuarter() {
        return quarter;
    }

    public void setQuarter(int quarter) {
        this.quarter = quarter;
    }
}
