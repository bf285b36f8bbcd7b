package cn.renda.organization.web;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Model attributes of the registry pages: the option labels and whether the user may change the registry. */
@ControllerAdvice(basePackageClasses = RegistryModelAdvice.class)
class RegistryModelAdvice {

    private final Labels labels;

    RegistryModelAdvice(Labels labels) {
        this.labels = labels;
    }

    /** Option maps and labels as a model object: templates may not reference beans in fragment parameters. */
    @ModelAttribute("opt")
    Labels labels() {
        return labels;
    }

    @ModelAttribute("orgWrite")
    boolean orgWrite() {
        return CurrentUser.get().map(u -> u.hasAny(Role.STAFF, Role.ADMIN)).orElse(false);
    }
}
