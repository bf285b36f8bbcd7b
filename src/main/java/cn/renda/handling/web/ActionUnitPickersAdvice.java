package cn.renda.handling.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the case page's action forms their unit pickers (the units chosen before a refused submit, by name). */
@ControllerAdvice(assignableTypes = CasePageController.class)
class ActionUnitPickersAdvice {

    private final ActionUnitPickers pickers;

    ActionUnitPickersAdvice(ActionUnitPickers pickers) {
        this.pickers = pickers;
    }

    @ModelAttribute("actionUnitPickers")
    ActionUnitPickers actionUnitPickers() {
        return pickers;
    }
}
