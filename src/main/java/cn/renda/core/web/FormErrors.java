package cn.renda.core.web;

import cn.renda.core.InvalidInputException;
import org.springframework.beans.BeanUtils;
import org.springframework.validation.BindingResult;

/** Puts a service's field problems onto the form's binding result (unknown fields become global errors). */
public final class FormErrors {

    private FormErrors() {}

    /** Each problem on its field when the form has it, otherwise as a global error. */
    public static void apply(InvalidInputException e, BindingResult errors) {
        for (var p : e.problems()) {
            if (errors.getTarget() != null
                    && BeanUtils.getPropertyDescriptor(errors.getTarget().getClass(), p.field()) != null) {
                errors.rejectValue(p.field(), p.messageKey(), p.arguments(), p.messageKey());
            } else {
                errors.reject(p.messageKey(), p.arguments(), p.messageKey());
            }
        }
    }
}
