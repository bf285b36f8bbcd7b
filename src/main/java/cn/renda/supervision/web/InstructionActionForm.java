package cn.renda.supervision.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Form: What was done with an instruction. */
final class InstructionActionForm {

    @NotBlank
    @Size(max = 4000)
    private String actionTaken;

    @NotNull
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate actionOn;

    public String getActionTaken() {
        return actionTaken;
    }

    public void setActionTaken(String v) {
        actionTaken = v;
    }

    public LocalDate getActionOn() {
        return actionOn;
    }

    public void setActionOn(LocalDate v) {
        actionOn = v;
    }
}
