package cn.renda.outreach.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A voter opinion as entered by street staff or a deputy (citizen contact optional). */
public class OpinionForm {

    @Size(max = 100)
    private String title;

    @NotBlank
    @Size(max = 2000)
    private String content;

    @Size(max = 50)
    private String category;

    @Size(max = 50)
    private String citizenName;

    @Size(max = 20)
    private String citizenPhone;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public void setCitizenName(String citizenName) {
        this.citizenName = citizenName;
    }

    public String getCitizenPhone() {
        return citizenPhone;
    }

    public void setCitizenPhone(String citizenPhone) {
        this.citizenPhone = citizenPhone;
    }
}
