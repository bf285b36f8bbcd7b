package cn.renda.supervision.web;

import cn.renda.core.NotFoundException;
import cn.renda.organization.NamePickers;
import cn.renda.organization.PickChoice;
import cn.renda.supervision.CollectiveEvaluationFacade;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The search-as-you-type pickers of the supervision work pages ({@code fragments/picker}): which field picks what (SC
 * members, units, reported opinions) and whether several, the htmx options for a query, and the choices a form
 * already holds (templates reach it as the model attribute {@code workPickers}).
 */
@Component
public class WorkPickers {

    private static final int LIMIT = 15;

    // What a picker field picks (kept out of an enum: nothing here is ever shown as such).
    private static final String MEMBER = "member";
    private static final String UNIT = "unit";
    private static final String REPORTED_OPINION = "opinion";

    private record Field(String kind, boolean multiple) {}

    private static final Map<String, Field> FIELDS = Map.of(
            "leaderPersonId", new Field(MEMBER, false),
            "participantIds", new Field(MEMBER, true),
            "teamIds", new Field(MEMBER, true),
            "leadUnitId", new Field(UNIT, false),
            "coUnitIds", new Field(UNIT, true),
            "unitIds", new Field(UNIT, true),
            "answerUnitId", new Field(UNIT, false),
            "caseId", new Field(REPORTED_OPINION, false));

    private final NamePickers pickers;
    private final CollectiveEvaluationFacade evaluations;

    WorkPickers(NamePickers pickers, CollectiveEvaluationFacade evaluations) {
        this.pickers = pickers;
        this.evaluations = evaluations;
    }

    /**
     * As {@link #options(String, String, Model)} for a keyed picker (one field in several forms of a page): the choices
     * carry element ids under {@code key}, which must be the field's name, a dash and a number (an inquiry question's
     * id, say); anything else is not found.
     */
    public String options(String pick, String key, String q, Model model) {
        if (key == null
                || !key.startsWith(pick + "-")
                || !key.substring(pick.length() + 1).matches("[0-9]{1,18}")) {
            throw new NotFoundException("picker", key);
        }
        model.addAttribute("pickerKey", key);
        return options(pick, q, model);
    }

    /** The htmx answer to a picker's search: the matching choices for the field; an unknown field is not found. */
    public String options(String pick, String q, Model model) {
        Field field = FIELDS.get(pick);
        if (field == null) {
            throw new NotFoundException("picker", pick);
        }
        model.addAttribute(
                "choices",
                switch (field.kind()) {
                    case MEMBER -> pickers.scMembers(q, LIMIT);
                    case UNIT -> pickers.units(q, LIMIT);
                    default -> NamePickers.matching(reportedOpinions(), q, LIMIT);
                });
        model.addAttribute("name", pick);
        model.addAttribute("multiple", field.multiple());
        return "fragments/picker :: options";
    }

    /** The SC members a form holds (one id or a list of ids), by name. */
    public List<PickChoice> members(Object ids) {
        return pickers.scMembersById(ids(ids));
    }

    /** The units a form holds (one id or a list of ids), by name. */
    public List<PickChoice> units(Object ids) {
        return pickers.unitsById(ids(ids));
    }

    /** The reported opinion a form holds, by number and title. */
    public List<PickChoice> opinions(Object ids) {
        List<Long> wanted = ids(ids);
        return reportedOpinions().stream().filter(c -> wanted.contains(c.id())).toList();
    }

    private List<PickChoice> reportedOpinions() {
        return evaluations.reportedOpinions().stream()
                .map(o -> new PickChoice(o.caseId(), o.number() + " " + o.title(), null))
                .toList();
    }

    private static List<Long> ids(Object ids) {
        if (ids instanceof Long id) {
            return List.of(id);
        }
        if (ids instanceof List<?> list) {
            return list.stream()
                    .filter(Long.class::isInstance)
                    .map(Long.class::cast)
                    .toList();
        }
        return List.of();
    }
}
