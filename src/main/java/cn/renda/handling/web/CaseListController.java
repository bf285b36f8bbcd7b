package cn.renda.handling.web;

import cn.renda.core.PageRequest;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.Colour;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.OverdueBoardRow;
import cn.renda.organization.NamePickers;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case list with filters, sorting and paging on the server (htmx refreshes only the results from
 * the same URL), and the three-colour overdue board by unit and kind.
 */
@Controller
class CaseListController {

    private final HandlingFacade handling;
    private final CaseLabels labels;
    private final NamePickers pickers;
    private final CaseRows rows;
    private final KindOptions kindOptions;
    private final BoardTable boardTable;

    CaseListController(
            HandlingFacade handling,
            CaseLabels labels,
            NamePickers pickers,
            CaseRows rows,
            KindOptions kindOptions,
            BoardTable boardTable) {
        this.kindOptions = kindOptions;
        this.boardTable = boardTable;
        this.handling = handling;
        this.labels = labels;
        this.pickers = pickers;
        this.rows = rows;
    }

    /** htmx: units for the list's unit filter, by name or pinyin initials. */
    @GetMapping(value = "/cases", params = "pick=unit")
    @PreAuthorize("isAuthenticated()")
    String showUnitChoices(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("choices", pickers.units(q, 15));
        model.addAttribute("name", "unit");
        model.addAttribute("multiple", false);
        return "fragments/picker :: options";
    }

    /** The list's query parameters, bound from the URL (type errors become an empty filter). */
    static final class ListQuery {
        private String kind;
        private String state;
        private Long unit;
        private Colour colour;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueAfter;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate dueBefore;

        private String q;
        private Boolean key;
        private int page;
        private String sort;
        private String dir;

        CaseFilter toFilter() {
            return new CaseFilter(blank(kind), blank(state), unit, colour, dueBefore, dueAfter, blank(q), key);
        }

        PageRequest toPage() {
            return new PageRequest(page, 20, blank(sort), "desc".equalsIgnoreCase(dir));
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String v) {
            kind = v;
        }

        public String getState() {
            return state;
        }

        public void setState(String v) {
            state = v;
        }

        public Long getUnit() {
            return unit;
        }

        public void setUnit(Long v) {
            unit = v;
        }

        public Colour getColour() {
            return colour;
        }

        public void setColour(Colour v) {
            colour = v;
        }

        public LocalDate getDueAfter() {
            return dueAfter;
        }

        public void setDueAfter(LocalDate v) {
            dueAfter = v;
        }

        public LocalDate getDueBefore() {
            return dueBefore;
        }

        public void setDueBefore(LocalDate v) {
            dueBefore = v;
        }

        public String getQ() {
            return q;
        }

        public void setQ(String v) {
            q = v;
        }

        public Boolean getKey() {
            return key;
        }

        public void setKey(Boolean v) {
            key = v;
        }

        public int getPage() {
            return page;
        }

        public void setPage(int v) {
            page = v;
        }

        public String getSort() {
            return sort;
        }

        public void setSort(String v) {
            sort = v;
        }

        public String getDir() {
            return dir;
        }

        public void setDir(String v) {
            dir = v;
        }
    }

    @GetMapping("/cases")
    @PreAuthorize("isAuthenticated()")
    String showCases(
            @ModelAttribute("query") ListQuery query,
            org.springframework.validation.BindingResult typeErrors,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            @RequestHeader(name = "HX-History-Restore-Request", required = false) String historyRestore,
            HttpServletRequest request,
            Model model) {
        cn.renda.core.Page<CaseRow> shown = rows.rows(handling.list(query.toFilter(), query.toPage()));
        model.addAttribute("page", shown);
        model.addAttribute("rowHtml", rows.html(shown, request.getContextPath()));
        if ("true".equals(htmx) && !"true".equals(historyRestore)) {
            return "handling/cases :: results";
        }
        model.addAttribute("kindOptions", kindOptions.kinds());
        model.addAttribute("colours", Colour.values());
        model.addAttribute(
                "unitChoice", query.getUnit() == null ? List.of() : pickers.unitsById(List.of(query.getUnit())));
        return "handling/cases";
    }

    @GetMapping("/cases/board")
    @PreAuthorize("hasAnyRole('STAFF','LEADER','ADMIN')")
    String showBoard(@RequestParam(required = false) String kind, HttpServletRequest request, Model model) {
        String k = kind == null || kind.isBlank() ? null : kind;
        List<OverdueBoardRow> rows = handling.overdueBoard(k);
        long[] all = new long[3];
        for (OverdueBoardRow r : rows) {
            all[0] += r.green();
            all[1] += r.yellow();
            all[2] += r.red();
        }
        model.addAttribute("rows", rows);
        if (!rows.isEmpty()) {
            model.addAttribute("boardTable", boardTable.html(rows, request.getContextPath()));
        }
        model.addAttribute("all", all);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", labels.kinds().values());
        return "handling/board";
    }
}
