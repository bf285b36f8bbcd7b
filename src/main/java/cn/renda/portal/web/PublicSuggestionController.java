package cn.renda.portal.web;

import cn.renda.core.NotFoundException;
import cn.renda.core.PageRequest;
import cn.renda.core.PublicEndpoint;
import cn.renda.handling.HandlingFacade;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Published deputies' suggestions and their answers on the portal (公示反馈), read from the engine. */
@Controller
class PublicSuggestionController {

    /** The engine's kind of deputies' suggestions (registered by the suggestion module). */
    static final String SUGGESTION_KIND = "SUGGESTION";

    private final PublicCongress congress;
    private final HandlingFacade handling;

    PublicSuggestionController(PublicCongress congress, HandlingFacade handling) {
        this.congress = congress;
        this.handling = handling;
    }

    @GetMapping("/public/suggestions")
    @PublicEndpoint
    String showSuggestions(
            @RequestParam(required = false) String congress,
            @RequestParam(required = false) Integer page,
            Model model) {
        model.addAttribute(
                "page",
                this.congress.call(
                        congress,
                        () -> handling.published(
                                SUGGESTION_KIND,
                                new PageRequest(page == null ? 0 : Math.max(0, page), 20, null, false))));
        return "portal/suggestions";
    }

    @GetMapping("/public/suggestions/{ref}")
    @PublicEndpoint
    String showSuggestion(@PathVariable String ref, @RequestParam(required = false) String congress, Model model) {
        model.addAttribute("suggestion", this.congress.call(congress, () -> handling.findPublished(ref)
                .filter(c -> SUGGESTION_KIND.equals(c.kind()))
                .orElseThrow(() -> new NotFoundException("suggestion", ref))));
        return "portal/suggestion";
    }
}
