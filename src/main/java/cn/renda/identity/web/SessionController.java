package cn.renda.identity.web;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Keeps a signed-in session alive: a long form can ping it. It also gives the benchmark what a request costs
 * through the pages' filter chain, session and tenant binding without a template (bench/README.md, "the
 * machine's bound").
 */
@Controller
class SessionController {

    @GetMapping(path = "/account/session", produces = MediaType.TEXT_PLAIN_VALUE)
    @PreAuthorize("isAuthenticated()")
    @ResponseBody
    String keepAlive() {
        return "ok";
    }
}
