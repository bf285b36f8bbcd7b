package cn.renda.supervision.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.PublicEndpoint;
import cn.renda.core.TenantContext;
import cn.renda.organization.CongressFacade;
import cn.renda.supervision.SupervisionFacade;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The public page of a published supervision opinion and its result ({@code /public/opinions/{number or id}}). */
@Controller
class PublicOpinionController {

    private final SupervisionFacade supervision;
    private final CongressFacade congresses;
    private final String defaultCongress;

    PublicOpinionController(
            SupervisionFacade supervision,
            CongressFacade congresses,
            @Value("${renda.portal.default-congress:jiangxia}") String defaultCongress) {
        this.supervision = supervision;
        this.congresses = congresses;
        this.defaultCongress = defaultCongress;
    }

    @GetMapping("/public/opinions/{ref}")
    @PublicEndpoint
    String showOpinion(
            @PathVariable String ref, @RequestParam(name = "congress", required = false) String congress, Model model) {
        String code = congress == null || congress.isBlank() ? defaultCongress : congress;
        long congressId = congresses.idByCode(code).orElseThrow(() -> new NotFoundException("congress", code));
        var opinion = TenantContext.callAs(congressId, () -> supervision.published(ref))
                .orElseThrow(() -> new NotFoundException("opinion", ref));
        model.addAttribute("opinion", opinion);
        return "supervision/public-opinion";
    }
}
