package cn.renda.organization.web;

import cn.renda.organization.BodyDirectory;
import cn.renda.organization.BodyKind;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The registry index (组织名册) and the lists of streets and bodies. */
@Controller
@RequestMapping("/registry")
@PreAuthorize("isAuthenticated()")
class RegistryController {

    private final BodyDirectory bodies;

    RegistryController(BodyDirectory bodies) {
        this.bodies = bodies;
    }

    @GetMapping
    String showIndex() {
        return "organization/index";
    }

    @GetMapping("/streets")
    String showStreets(Model model) {
        model.addAttribute("streets", bodies.streets());
        return "organization/streets";
    }

    @GetMapping("/bodies")
    String showBodies(@RequestParam(required = false) BodyKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("bodies", bodies.bodies(kind));
        return "organization/bodies";
    }
}
