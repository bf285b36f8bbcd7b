package cn.renda.suggestion.internal;

import cn.renda.handling.Action;
import cn.renda.handling.CaseActed;
import cn.renda.handling.CaseAssigned;
import cn.renda.handling.HandlingFacade;
import cn.renda.search.IndexedUnit;
import cn.renda.search.SearchFacade;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index's units current, synchronously in the transaction of the action (also when the action
 * came through the generic case API; the office's assignment writes them in the step's round trip instead:
 * {@link SuggestionSearchUnits}); the submission's copy of the case state travels in the step's own write
 * round trip ({@link SuggestionCaseWrites}).
 */
@Component
class SuggestionCaseListener {

    private final SearchFacade search;
    private final HandlingFacade handling;
    private final SuggestionSearchUnits stepUnits;

    SuggestionCaseListener(SearchFacade search, HandlingFacade handling, SuggestionSearchUnits stepUnits) {
        this.search = search;
        this.handling = handling;
        this.stepUnits = stepUnits;
    }

    @EventListener
    void on(CaseAssigned e) {
        if ((SuggestionKinds.SUGGESTION.equals(e.kind()) || SuggestionKinds.MOTION.equals(e.kind()))
                && !stepUnits.written(e.caseId())) {
            search.updateUnits(
                    e.caseId(),
                    e.assignments().stream()
                            .map(a -> new IndexedUnit(a.unitId(), a.role().name()))
                            .toList());
        }
    }

    @EventListener
    void on(CaseActed e) {
        if (!SuggestionKinds.SUGGESTION.equals(e.kind()) && !SuggestionKinds.MOTION.equals(e.kind())) {
            return;
        }
        if (e.action() == Action.TRANSFER || e.action() == Action.RETURN) {
            search.updateUnits(
                    e.caseId(),
                    handling.get(e.caseId()).assignments().stream()
                            .filter(a -> a.state().active())
                            .map(a -> new IndexedUnit(a.unitId(), a.role().name()))
                            .toList());
        }
    }
}
