package cn.renda.meeting.web;

import cn.renda.core.NotFoundException;
import cn.renda.organization.NamePickers;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The unit pickers of the meeting pages ({@code fragments/picker}), served from the pages themselves: an agenda item's
 * reporting unit on the new-item form, an appointment's unit on the item page and a nominee's unit. Units are picked by name or pinyin
 * initials, never from a list of every unit.
 */
@Controller
class MeetingUnitPickers {

    private static final int LIMIT = 15;

    /** The unit fields of these pages, all single choices. */
    private static final Set<String> FIELDS = Set.of("reportingUnitId", "unitId");

    private final NamePickers pickers;

    MeetingUnitPickers(NamePickers pickers) {
        this.pickers = pickers;
    }

    /** htmx: the units matching what was typed; an unknown field is not found. */
    @GetMapping(
            value = {
                "/meetings/{id}/items/new",
                "/meetings/{id}/items/{itemId}",
                "/meetings/{id}/items/{itemId}/nominees"
            },
            params = "pick")
    @PreAuthorize(MeetingController.WRITE)
    String showUnitChoices(@RequestParam String pick, @RequestParam(defaultValue = "") String q, Model model) {
        if (!FIELDS.contains(pick)) {
            throw new NotFoundException("picker", pick);
        }
        model.addAttribute("choices", pickers.units(q, LIMIT));
        model.addAttribute("name", pick);
        model.addAttribute("multiple", false);
        return "fragments/picker :: options";
    }
}
