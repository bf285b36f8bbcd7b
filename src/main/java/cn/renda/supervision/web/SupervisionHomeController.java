package cn.renda.supervision.web;

import cn.renda.core.NavigationItem;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry page of supervision work (plan, inspections, law-enforcement inspections, evaluations). */
@Controller
class SupervisionHomeController {

    @GetMapping("/supervision")
    @PreAuthorize(PlanPageController.READ)
    String showHome() {
        return "supervision/home";
    }

    @Bean
    static NavigationItem supervisionWorkNavigationItem() {
        return new NavigationItem(
                "supervision.work.nav", "/supervision", 35, Set.of("STAFF", "LEADER", "MEMBER", "ADMIN"));
    }
}
