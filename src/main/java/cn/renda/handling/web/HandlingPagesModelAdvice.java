package cn.renda.handling.web;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the handling pages the kind and state labels and {@code ${isStaff}}. Unit names
 * are not here: each page names only the units it shows (the case page its case's and timeline's units, the board its rows'),
 * instead of loading every active unit of the congress on every request.
 */
@ControllerAdvice(assignableTypes = {TodoController.class, CaseListController.class, CasePageController.class})
class HandlingPagesModelAdvice {

    private final CaseLabels labels;

    HandlingPagesModelAdvice(CaseLabels labels) {
        this.labels = labels;
    }

    /**
     * {@code labels}, and {@code isStaff}: whether the user is STAFF (who create supervision opinions). One method
     * for both: Spring builds an invocable method per {@code @ModelAttribute} method on every request.
     */
    @ModelAttribute
    void handlingPages(Model model) {
        if (!model.containsAttribute("isStaff")) {
            model.addAttribute(
                    "isStaff", CurrentUser.get().map(u -> u.hasAny(Role.STAFF)).orElse(false));
        }
        if (!model.containsAttribute("labels")) {
            model.addAttribute("labels", labels);
        }
    }
}
