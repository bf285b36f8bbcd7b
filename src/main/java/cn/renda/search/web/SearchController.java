package cn.renda.search.web;

import cn.renda.core.NavigationItem;
import cn.renda.core.PageRequest;
import cn.renda.search.SearchFacade;
import cn.renda.search.SearchFilter;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The search page: full-text search over the congress's cases for office, leaders and SC members. */
@Controller
class SearchController {

    private final SearchFacade search;

    SearchController(SearchFacade search) {
        this.search = search;
    }

    @GetMapping("/search")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
    String showSearch(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("kind", kind);
        model.addAttribute("year", year);
        model.addAttribute(
                "page",
                search.search(
                        q,
                        new SearchFilter(kind == null || kind.isBlank() ? null : kind, year, null),
                        new PageRequest(page, 20, null, false)));
        return "search/index";
    }

    @Bean
    static NavigationItem searchNavigationItem() {
        return new NavigationItem("search.nav", "/search", 150, Set.of("STAFF", "LEADER", "ADMIN", "MEMBER"));
    }
}
