package cn.renda.suggestion.internal;

import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseWriteContributor;
import org.springframework.stereotype.Component;

/**
 * The submission's copy of its case's state, written in the engine's own step round trip (also when the step came
 * through the generic case API): one statement more in the step's batch instead of a round trip after it.
 */
@Component
class SuggestionCaseWrites implements CaseWriteContributor {

    @Override
    public void stepped(Stepped step, CaseBatch batch) {
        if (step.toState() != null
                && (SuggestionKinds.SUGGESTION.equals(step.kind()) || SuggestionKinds.MOTION.equals(step.kind()))) {
            SuggestionRepository.caseState(step.congressId(), step.caseId(), step.toState(), batch);
        }
    }
}
