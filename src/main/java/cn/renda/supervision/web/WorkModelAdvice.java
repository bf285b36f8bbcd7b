package cn.renda.supervision.web;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attribute of the supervision work pages: whether the user may record (STAFF). */
@ControllerAdvice(
        assignableTypes = {
            PlanPageController.class,
            InspectionPageController.class,
            EnforcementPageController.class,
            EvaluationPageController.class,
            SupervisionHomeController.class,
            ResearchReportPageController.class
        })
class WorkModelAdvice {

    @ModelAttribute("workStaff")
    boolean workStaff() {
        return CurrentUser.get().map(u -> u.hasAny(Role.STAFF)).orElse(false);
    }
}
