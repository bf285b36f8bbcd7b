package cn.renda.suggestion.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.DraftAttachment;
import java.util.List;
import org.springframework.stereotype.Component;

/** Evidence files of drafts (提有据): attach, remove, list, download; copied to the case on registration. */
@Component
class Evidence {

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final SuggestionReads reads;
    private final SuggestionRows rows;

    Evidence(SuggestionRepository repo, HandlingFacade handling, SuggestionReads reads, SuggestionRows rows) {
        this.repo = repo;
        this.handling = handling;
        this.reads = reads;
        this.rows = rows;
    }

    /** Files a draft may carry. */
    static final int MAX_DRAFT_ATTACHMENTS = 10;

    /**
     * Attaches an evidence file to the signed-in deputy's draft (or submission being improved), checked by
     * the engine's attachment rules (size, type whitelist, magic bytes); it is copied onto the case at
     * registration.
     */
    DraftAttachment attachToDraft(long id, cn.renda.handling.NewAttachment file) {
        CurrentUser user = SuggestionRows.requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = rows.ownRow(id, user);
        if (!row.status().editable()) {
            throw new ConflictException("suggestion.error.notEditable", "submission not editable");
        }
        cn.renda.handling.NewAttachment checked = handling.checkAttachment(file);
        if (repo.draftAttachments(id).size() >= MAX_DRAFT_ATTACHMENTS) {
            throw new InvalidInputException("file", "suggestion.error.tooManyFiles", MAX_DRAFT_ATTACHMENTS);
        }
        long aid = repo.insertDraftAttachment(id, checked, sha256(checked.data()), user.id());
        return repo.draftAttachments(id).stream()
                .filter(a -> a.id() == aid)
                .findFirst()
                .orElseThrow();
    }

    /** Removes an evidence file from the signed-in deputy's draft. */
    void removeDraftAttachment(long id, long attachmentId) {
        CurrentUser user = SuggestionRows.requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = rows.ownRow(id, user);
        if (!row.status().editable()) {
            throw new ConflictException("suggestion.error.notEditable", "submission not editable");
        }
        if (repo.deleteDraftAttachment(id, attachmentId) != 1) {
            throw new NotFoundException("attachment", attachmentId);
        }
    }

    /** The evidence files of a suggestion (whoever may see the suggestion). */
    List<DraftAttachment> draftAttachments(long id) {
        reads.detail(id);
        return repo.draftAttachments(id);
    }

    /** An evidence file with its bytes (whoever may see the suggestion). */
    cn.renda.handling.NewAttachment draftAttachment(long id, long attachmentId) {
        reads.detail(id);
        return repo.draftAttachmentContent(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    /** The submission's attachments to copy, read before the case is numbered (see {@link #copyAttachments}). */
    List<DraftAttachment> toCopy(long submissionId) {
        return repo.draftAttachments(submissionId);
    }

    /** Copies the draft attachments not yet copied onto the case (after its CREATE event: they follow it in the chain). */
    void copyAttachments(long submissionId, long caseId, List<DraftAttachment> drafts) {
        for (DraftAttachment a : drafts) {
            if (a.caseAttachmentId() == null) {
                cn.renda.handling.NewAttachment content =
                        repo.draftAttachmentContent(submissionId, a.id()).orElseThrow();
                repo.draftAttachmentCopied(
                        a.id(), handling.attach(caseId, content).id());
            }
        }
    }

    static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
