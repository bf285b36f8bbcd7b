package cn.renda.handling.web;

import cn.renda.organization.NamePickers;
import cn.renda.organization.PickChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search-as-you-type unit pickers of the engine's action forms on the case page (交办's 主办/协办/分办,
 * 转办's new unit): htmx asks the case page's own URL with {@code pick=<field>&q=…}; a refused submit's form names
 * the units already chosen through {@link #chosen(Object)} ({@link ActionFormInput}).
 */
@Controller
class ActionUnitPickers {

    /** The action form's unit fields and whether each takes several units. */
    private static final Set<String> SINGLE = Set.of("leadUnit", "toUnitId");

    private static final Set<String> MULTIPLE = Set.of("coUnits", "separateUnits");

    private final NamePickers pickers;

    ActionUnitPickers(NamePickers pickers) {
        this.pickers = pickers;
    }

    /** htmx: active units matching the typed name or pinyin initials, as choices of the named field. */
    @GetMapping(value = "/cases/{id:\\d+}", params = "pick")
    @PreAuthorize("isAuthenticated()")
    String showUnitChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        if (!SINGLE.contains(pick) && !MULTIPLE.contains(pick)) {
            throw new cn.renda.core.NotFoundException("picker", pick);
        }
        model.addAttribute("choices", pickers.units(q, 15));
        model.addAttribute("name", pick);
        model.addAttribute("multiple", MULTIPLE.contains(pick));
        return "fragments/picker :: options";
    }

    /** The units a form field holds (one id, or ids separated by commas), by name; unparsable parts are left out. */
    List<PickChoice> chosen(Object value) {
        List<Long> ids = new ArrayList<>();
        if (value != null) {
            for (String part : value.toString().split("[,,、\\s]+")) {
                try {
                    ids.add(Long.parseLong(part.trim()));
                } catch (NumberFormatException e) {
                    // a part that is no id was refused with a field error already; nothing to show for it
                }
            }
        }
        return ids.isEmpty() ? List.of() : pickers.unitsById(ids);
    }
}
