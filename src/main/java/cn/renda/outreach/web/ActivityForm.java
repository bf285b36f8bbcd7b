package cn.renda.outreach.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * The activity form: what a deputy fills in on a phone in under a minute (title, date, place, theme, voters met,
 * summary, and optionally one voter opinion met there); street and office staff also pick street, co-organizing
 * streets, group and deputies.
 */
public class ActivityForm {

    @NotBlank
    @Size(max = 100)
    private String title;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate heldOn;

    @Size(max = 200)
    private String place;

    private Long themeId;

    private Long streetId;

    private List<Long> coStreetIds = new ArrayList<>();

    private Long groupId;

    private List<Long> deputyIds = new ArrayList<>();

    /** Photos taken at the activity (the phone's camera or gallery); empty parts are ignored. */
    private List<MultipartFile> photos = new ArrayList<>();

    @Min(0)
    @Max(100000)
    private int votersMet;

    @Size(max = 4000)
    private String summary;

    @Size(max = 2000)
    private String opinion;

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

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public Long getThemeId() {
        return themeId;
    }

    public void setThemeId(Long themeId) {
        this.themeId = themeId;
    }

    public Long getStreetId() {
        return streetId;
    }

    public void setStreetId(Long streetId) {
        this.streetId = streetId;
    }

    public List<Long> getCoStreetIds() {
        return coStreetIds;
    }

    public void setCoStreetIds(List<Long> coStreetIds) {
        this.coStreetIds = coStreetIds == null ? new ArrayList<>() : coStreetIds;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public List<Long> getDeputyIds() {
        return deputyIds;
    }

    public void setDeputyIds(List<Long> deputyIds) {
        this.deputyIds = deputyIds == null ? new ArrayList<>() : deputyIds;
    }

    public int getVotersMet() {
        return votersMet;
    }

    public void setVotersMet(int votersMet) {
        this.votersMet = votersMet;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getOpinion() {
        return opinion;
    }

    public void setOpinion(String opinion) {
        this.opinion = opinion;
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

    public List<MultipartFile> getPhotos() {
        return photos;
    }

    public void setPhotos(List<MultipartFile> photos) {
        this.photos = photos == null ? new ArrayList<>() : photos;
    }
}
