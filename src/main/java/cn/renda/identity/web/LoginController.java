package cn.renda.identity.web;

import cn.renda.core.PublicEndpoint;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security processes the POST). */
@Controller
class LoginController {

    @GetMapping("/login")
    @PublicEndpoint
    String showLogin() {
        return "identity/login";
    }
}
