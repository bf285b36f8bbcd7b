package cn.renda.suggestion.web;

import cn.renda.core.PageRequest;
import cn.renda.core.WaitingWork;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SuggestionFacade;
import cn.renda.suggestion.SuggestionFilter;
import cn.renda.suggestion.SuggestionSummary;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Suggestions waiting for someone: a deputy's drafts returned for improvement and drafts not yet submitted; the
 * office's submissions waiting for review.
 */
@Component
class SuggestionWaiting implements WaitingWork {

    private final SuggestionFacade suggestions;

    SuggestionWaiting(SuggestionFacade suggestions) {
        this.suggestions = suggestions;
    }

    @Override
    public List<Item> waiting() {
        CurrentUser user = CurrentUser.get().orElse(null);
        if (user == null) {
            return List.of();
        }
        List<Item> items = new ArrayList<>();
        if (user.hasAny(Role.DEPUTY)) {
            long improving = 0;
            long drafts = 0;
            for (SuggestionSummary s : suggestions
                    .mine(new PageRequest(0, PageRequest.MAX_SIZE, null, false))
                    .items()) {
                if (s.status() == SubmissionStatus.IMPROVING) {
                    improving++;
                } else if (s.status() == SubmissionStatus.DRAFT) {
                    drafts++;
                }
            }
            items.add(new Item("suggestion.waiting.improving", improving, "/suggestions", "/suggestions"));
            items.add(new Item("suggestion.waiting.drafts", drafts, "/suggestions", "/suggestions"));
        }
        if (user.hasAny(Role.STAFF)) {
            long submitted = suggestions
                    .list(
                            new SuggestionFilter(SubmissionStatus.SUBMITTED, null, null, null, null),
                            new PageRequest(0, 1, null, false))
                    .total();
            items.add(new Item(
                    "suggestion.waiting.toReview", submitted, "/suggestions?status=SUBMITTED", "/suggestions"));
        }
        return items;
    }
}
