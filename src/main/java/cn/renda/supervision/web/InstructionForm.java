package cn.renda.supervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: A leader's written instruction (批示) on a research report. */
final class InstructionForm {

    @NotBlank
    @Size(max = 100)
    private String leader;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate instructedOn;

    @NotBlank
    @Size(max = 4000)
    private String content;

    public String getLeader() {
        return leader;
    }

    public void setLeader(String v) {
        leader = v;
    }

    public LocalDate getInstructedOn() {
        return instructedOn;
    }

    public void setInstructedOn(LocalDate v) {
        instructedOn = v;
    }

    public String getContent() {
        return content;
    }

    public void setContent(String v) {
        content = v;
    }
}
