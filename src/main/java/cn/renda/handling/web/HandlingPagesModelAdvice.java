package cn.renda.handling.web;

import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives the handling pages the kind and state labels, unit names and pickers, and {@code ${isStaff}}. */
@ControllerAdvice(assignableTypes = {TodoController.class, CaseListController.class, CasePageController.class})
class HandlingPagesModelAdvice {

    private final CaseLabels labels;
    private final UnitDirectory units;
    private final TimelineText timelineText;

    HandlingPagesModelAdvice(CaseLabels labels, UnitDirectory units, TimelineText timelineText) {
        this.labels = labels;
        this.units = units;
        this.timelineText = timelineText;
    }

    /** Readable timeline details ({@code ${timelineText.lines(e)}}). */
    @ModelAttribute("timelineText")
    TimelineText timelineText() {
        return timelineText;
    }

    /** The congress's active handling units, for the unit pickers. */
    @ModelAttribute("unitOptions")
    List<UnitView> unitOptions() {
        return CurrentUser.get().isPresent() ? units.activeUnits() : List.of();
    }

    /** Unit names by id, so pages name units instead of showing their numbers. */
    @ModelAttribute("unitNames")
    Map<Long, String> unitNames(@ModelAttribute("unitOptions") List<UnitView> options) {
        Map<Long, String> names = new HashMap<>();
        options.forEach(u -> names.put(u.id(), u.name()));
        return names;
    }

    /** Whether the user is STAFF (who create supervision opinions). */
    @ModelAttribute("isStaff")
    boolean isStaff() {
        return CurrentUser.get().map(u -> u.hasAny(Role.STAFF)).orElse(false);
    }

    @ModelAttribute("labels")
    CaseLabels labels() {
        return labels;
    }
}
