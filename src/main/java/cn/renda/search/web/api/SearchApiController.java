package cn.renda.search.web.api;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.search.SearchFacade;
import cn.renda.search.SearchFilter;
import cn.renda.search.SearchHit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Full-text search over cases: {@code GET /api/v1/search?q=…&kind=…&year=…&unit=…}. */
@RestController
@RequestMapping("/api/v1/search")
class SearchApiController {

    private final SearchFacade search;

    SearchApiController(SearchFacade search) {
        this.search = search;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN','MEMBER')")
    Page<SearchHit> search(
            @RequestParam String q,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long unit,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.search(q, new SearchFilter(kind, year, unit), new PageRequest(page, size, null, false));
    }
}
