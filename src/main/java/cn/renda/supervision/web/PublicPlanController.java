package cn.renda.supervision.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.PageRequest;
import cn.renda.core.PublicEndpoint;
import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.supervision.CollectiveEvaluationFacade;
import cn.renda.supervision.EnforcementFacade;
import cn.renda.supervision.SupervisionPlanFacade;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Public supervision pages: the published annual plan ({@code /public/supervision-plan/{year}}), the
 * published results of a law-enforcement inspection and the published collective evaluations.
 */
@Controller
class PublicPlanController {

    private final SupervisionPlanFacade plans;
    private final EnforcementFacade enforcements;
    private final CollectiveEvaluationFacade evaluations;
    private final CongressFacade congresses;
    private final String defaultCongress;

    PublicPlanController(
            SupervisionPlanFacade plans,
            EnforcementFacade enforcements,
            CollectiveEvaluationFacade evaluations,
            CongressFacade congresses,
            @Value("${renda.portal.default-congress:jiangxia}") String defaultCongress) {
        this.plans = plans;
        this.enforcements = enforcements;
        this.evaluations = evaluations;
        this.congresses = congresses;
        this.defaultCongress = defaultCongress;
    }

    @GetMapping("/public/supervision-plan/{year}")
    @PublicEndpoint
    String showPlan(
            @PathVariable int year, @RequestParam(name = "congress", required = false) String congress, Model model) {
        var plan = TenantContext.callAs(congressId(congress), () -> plans.published(year))
                .orElseThrow(() -> new NotFoundException("plan", year));
        model.addAttribute("plan", plan);
        return "supervision/plan/public";
    }

    @GetMapping("/public/law-enforcement-inspections/{id}")
    @PublicEndpoint
    String showEnforcement(
            @PathVariable long id, @RequestParam(name = "congress", required = false) String congress, Model model) {
        var inspection = TenantContext.callAs(congressId(congress), () -> enforcements.published(id))
                .orElseThrow(() -> new NotFoundException("lawEnforcementInspection", id));
        model.addAttribute("e", inspection);
        return "supervision/enforcement/public";
    }

    @GetMapping("/public/collective-evaluations")
    @PublicEndpoint
    String showEvaluations(
            @RequestParam(name = "congress", required = false) String congress,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute(
                "page",
                TenantContext.callAs(
                        congressId(congress), () -> evaluations.published(new PageRequest(page, 20, null, false))));
        return "supervision/evaluation/public";
    }

    private long congressId(String congress) {
        String code = congress == null || congress.isBlank() ? defaultCongress : congress;
        return congresses.idByCode(code).orElseThrow(() -> new NotFoundException("congress", code));
    }
}
