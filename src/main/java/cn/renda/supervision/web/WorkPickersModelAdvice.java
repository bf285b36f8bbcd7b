package cn.renda.supervision.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The pickers' helper as a model attribute of the supervision pages: templates name the choices a form holds
 * through it (fragment parameters may not reach beans directly).
 */
@ControllerAdvice(basePackages = "cn.renda.supervision")
class WorkPickersModelAdvice {

    private final WorkPickers workPickers;

    WorkPickersModelAdvice(WorkPickers workPickers) {
        this.workPickers = workPickers;
    }

    @ModelAttribute("workPickers")
    WorkPickers workPickers() {
        return workPickers;
    }
}
