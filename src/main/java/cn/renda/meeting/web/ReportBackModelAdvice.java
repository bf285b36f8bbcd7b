package cn.renda.meeting.web;

import cn.renda.supervision.CollectiveEvaluationFacade;
import cn.renda.supervision.CollectiveEvaluationFacade.CollectiveEvaluationView;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The members' collective evaluation (监督法 第十七条) recorded at a report-back item, for the item page: the result
 * is visible from the meeting as well as from supervision's evaluations.
 */
@ControllerAdvice(assignableTypes = MeetingController.class)
class ReportBackModelAdvice {

    private final CollectiveEvaluationFacade evaluations;

    ReportBackModelAdvice(CollectiveEvaluationFacade evaluations) {
        this.evaluations = evaluations;
    }

    /** Empty on pages without an item, or when nothing was evaluated at it. */
    @ModelAttribute("reportBack")
    List<CollectiveEvaluationView> reportBack(@PathVariable(name = "itemId", required = false) Long itemId) {
        return itemId == null
                ? List.of()
                : evaluations.atAgendaItem(itemId).stream().toList();
    }
}
