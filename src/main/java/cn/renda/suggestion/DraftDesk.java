package cn.renda.suggestion;

import cn.renda.core.ConflictException;
import cn.renda.core.NotFoundException;
import cn.renda.core.TenantContext;
import cn.renda.handling.NewAttachment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A deputy's drafts beyond editing: save-and-submit as one step that leaves nothing behind when the submission
 * is refused (no silent draft, no duplicate on the next try), and deleting a draft that was never submitted.
 */
@Service
public class DraftDesk {

    private final SuggestionFacade suggestions;
    private final JdbcClient jdbc;

    DraftDesk(SuggestionFacade suggestions, JdbcClient jdbc) {
        this.suggestions = suggestions;
        this.jdbc = jdbc;
    }

    /**
     * Saves the draft and submits it in one transaction: when the submission is refused (missing content, too few
     * co-signers for a motion) the save is rolled back too and the refusal is thrown for the form to show.
     */
    @Transactional
    public SuggestionView saveAndSubmit(SuggestionDraft draft, List<NewAttachment> files) {
        SuggestionView saved = suggestions.saveDraft(draft);
        for (NewAttachment f : files) {
            suggestions.attachToDraft(saved.id(), f);
        }
        return suggestions.submit(saved.id());
    }

    /** Deletes the signed-in deputy's draft; only a draft never submitted (status DRAFT) may go. */
    @Transactional
    public void deleteDraft(long id) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.DEPUTY)) {
            throw new AccessDeniedException("suggestion");
        }
        String status = jdbc.sql(
                        "select status from suggestion.submission where congress_id = ? and id = ? and lead_account_id = ?")
                .param(TenantContext.orNone())
                .params(id, user.id())
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("suggestion", id));
        if (!SubmissionStatus.DRAFT.name().equals(status)) {
            throw new ConflictException("suggestion.error.notDeletable", "only an unsubmitted draft can be deleted");
        }
        jdbc.sql("delete from suggestion.draft_attachment where congress_id = ? and submission_id = ?")
                .param(TenantContext.orNone())
                .param(id)
                .update();
        jdbc.sql("delete from suggestion.submission where congress_id = ? and id = ? and status = 'DRAFT'")
                .param(TenantContext.orNone())
                .param(id)
                .update();
    }
}
