package cn.renda.handling.web;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.web.RenderedFragments;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.Worklist;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 我的待办: the worklists meant for the signed-in user's roles, as tabs with counts, one list paged. */
@Controller
class TodoController {

    private final HandlingFacade handling;
    private final CaseRows rows;
    private final RenderedFragments fragments;

    /** A tab of the page: a worklist, its size and whether it is the list shown. */
    record TodoTab(String list, long count, boolean selected) {}

    TodoController(HandlingFacade handling, CaseRows rows, RenderedFragments fragments) {
        this.handling = handling;
        this.rows = rows;
        this.fragments = fragments;
    }

    @GetMapping("/todo")
    @PreAuthorize("isAuthenticated()")
    String showTodo(
            @RequestParam(name = "list", required = false) String list,
            @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request,
            Model model) {
        Map<Worklist, Long> counts = handling.worklistCounts();
        model.addAttribute("counts", counts);
        Worklist selected = selected(list, counts);
        model.addAttribute("tabsHtml", tabsHtml(counts, selected, request.getContextPath()));
        if (selected != null) {
            model.addAttribute("selected", selected);
            Page<CaseRow> shown = rows.rows(handling.worklist(selected, new PageRequest(page, 20, null, false)));
            model.addAttribute("page", shown);
            model.addAttribute("rowHtml", rows.html(shown, request.getContextPath()));
        }
        return "handling/todo";
    }

    /**
     * The tabs as HTML, rendered once per tab values and language (the counts change only with the cases), instead
     * of some forty link, message and class expressions per page.
     */
    private String tabsHtml(Map<Worklist, Long> counts, Worklist selected, String contextPath) {
        List<TodoTab> tabs = new ArrayList<>(counts.size());
        counts.forEach((w, n) -> tabs.add(new TodoTab(w.name(), n, w == selected)));
        return fragments.html("handling/parts", "todoTabs", Map.of("tabs", List.copyOf(tabs)), contextPath);
    }

    /** The requested list when it is one of the user's, else the first non-empty one, else the first. */
    private static Worklist selected(String requested, Map<Worklist, Long> counts) {
        if (requested != null) {
            for (Worklist w : counts.keySet()) {
                if (w.name().equalsIgnoreCase(requested)) {
                    return w;
                }
            }
        }
        return counts.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(counts.keySet().stream().findFirst().orElse(null));
    }
}
