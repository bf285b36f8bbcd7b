package cn.renda.outreach.internal;

import cn.renda.core.NotFoundException;
import cn.renda.handling.Action;
import cn.renda.handling.CaseActed;
import cn.renda.handling.CaseReplied;
import cn.renda.identity.CurrentUser;
import cn.renda.outreach.OpinionAction;
import cn.renda.outreach.OpinionState;
import cn.renda.suggestion.SuggestionFacade;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps an escalated opinion in step with its case, synchronously in the transaction of the action: every
 * step on the engine joins the opinion's history (escalation keeps the whole story), and the unit's reply
 * (or the reply to a suggestion a deputy took it up in) becomes the answer the citizen sees.
 */
@Component
class OpinionCaseListener {

    private static final Set<Action> TOLD = EnumSet.of(
            Action.ACCEPT,
            Action.RETURN,
            Action.TRANSFER,
            Action.REOPEN,
            Action.CLOSE,
            Action.WITHDRAW,
            Action.APPROVE_EXTENSION);

    private static final String SUGGESTION_KIND = "SUGGESTION";

    private final OpinionRepository repo;
    private final VoterOpinionService opinions;
    private final OpinionCases cases;
    private final SuggestionFacade suggestions;

    OpinionCaseListener(
            OpinionRepository repo, VoterOpinionService opinions, OpinionCases cases, SuggestionFacade suggestions) {
        this.repo = repo;
        this.opinions = opinions;
        this.cases = cases;
        this.suggestions = suggestions;
    }

    @EventListener
    void on(CaseActed e) {
        if (!VoterOpinionKind.CODE.equals(e.kind()) || !TOLD.contains(e.action())) {
            return;
        }
        repo.findByCase(e.caseId())
                .ifPresent(o -> repo.event(o.id(), actor(), "CASE_" + e.action().name(), null, null, null));
    }

    @EventListener
    void on(CaseReplied e) {
        if (VoterOpinionKind.CODE.equals(e.kind())) {
            repo.findByCase(e.caseId())
                    .filter(o -> o.state() == OpinionState.ESCALATED)
                    .ifPresent(o -> {
                        String text =
                                cases.latestReply(e.caseId()).map(r -> r.text()).orElse("");
                        opinions.systemStep(o, OpinionAction.CASE_REPLIED, actor(), null);
                        repo.reply(o.id(), text, true, null);
                    });
        } else if (SUGGESTION_KIND.equals(e.kind())) {
            long submission;
            try {
                submission = suggestions.idOfCase(e.caseId());
            } catch (NotFoundException ex) {
                return;
            }
            repo.findBySuggestion(submission)
                    .filter(o -> o.state() == OpinionState.TAKEN_UP)
                    .ifPresent(o -> {
                        String text =
                                cases.latestReply(e.caseId()).map(r -> r.text()).orElse("");
                        opinions.systemStep(o, OpinionAction.SUGGESTION_REPLIED, actor(), null);
                        repo.reply(o.id(), text, e.published(), null);
                    });
        }
    }

    private static String actor() {
        return CurrentUser.get().map(CurrentUser::displayName).orElse("");
    }
}
