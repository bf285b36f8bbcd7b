package cn.renda.supervision.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: The directors' meeting that adopted the plan. */
final class AdoptionForm {

    @NotNull
    private Long meetingId;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate adoptedOn;

    public Long getMeetingId() {
        return meetingId;
    }

    public void setMeetingId(Long v) {
        meetingId = v;
    }

    public LocalDate getAdoptedOn() {
        return adoptedOn;
    }

    public void setAdoptedOn(LocalDate v) {
        adoptedOn = v;
    }
}
