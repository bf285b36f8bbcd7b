package cn.renda.suggestion.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.NotFoundException;
import cn.renda.handling.AssignmentRole;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.ContactView;
import cn.renda.suggestion.ProgressNote;
import cn.renda.suggestion.SignerView;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SuggestionView;
import cn.renda.suggestion.UnitCandidate;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Shared pieces of the sections: rows by id with their checks, the suggestion view, role checks, today. */
@Component
class SuggestionRows {

    private final SuggestionRepository repo;
    private final Clock clock;

    SuggestionRows(SuggestionRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    SuggestionView view(SuggestionRepository.Row r) {
        List<ContactView> contacts = r.caseId() == null ? List.of() : repo.contacts(r.caseId());
        List<ProgressNote> progress = r.caseId() == null ? List.of() : repo.progress(r.caseId());
        List<Long> merged = r.caseId() == null ? List.of() : repo.mergedCases(r.caseId());
        return view(r, repo.signers(r.id()), merged, contacts, progress, r.caseState());
    }

    /** The view of a submission row with its lists, the case in {@code caseState}. */
    static SuggestionView view(
            SuggestionRepository.Row r,
            List<SignerView> signers,
            List<Long> merged,
            List<ContactView> contacts,
            List<ProgressNote> progress,
            String caseState) {
        return new SuggestionView(
                r.id(),
                r.type(),
                r.title(),
                r.content(),
                r.topic(),
                r.year(),
                r.duringSession(),
                r.research(),
                r.facts(),
                r.consulted(),
                r.leadAccountId(),
                r.leadName(),
                signers,
                r.status(),
                r.reviewComment(),
                r.checklistFailed(),
                r.complex(),
                r.publishConsent(),
                r.caseId(),
                r.caseKind(),
                r.caseNumber(),
                caseState,
                r.mergedInto(),
                merged,
                contacts,
                progress,
                r.createdAt(),
                r.submittedAt(),
                r.registeredAt());
    }

    static String indexText(SuggestionRepository.Row row) {
        return String.join("\n", row.content(), row.facts());
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    static void move(SuggestionRepository.Row row, SubmissionStatus to) {
        if (!row.status().next().contains(to)) {
            throw new ConflictException(
                    "suggestion.error.status",
                    row.status() + " -> " + to,
                    row.status().name(),
                    to.name());
        }
    }

    SuggestionRepository.Row row(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("suggestion", id));
    }

    SuggestionRepository.Row registeredRow(long id) {
        SuggestionRepository.Row row = row(id);
        if (row.caseId() == null) {
            throw new ConflictException("suggestion.error.notRegistered", "not registered");
        }
        return row;
    }

    SuggestionRepository.Row ownRow(long id, CurrentUser user) {
        return own(row(id), user);
    }

    /** The row when the user leads it; 404 otherwise (another's submission is not shown to exist). */
    static SuggestionRepository.Row own(SuggestionRepository.Row row, CurrentUser user) {
        if (row.leadAccountId() == null || row.leadAccountId() != user.id()) {
            throw new NotFoundException("suggestion", row.id());
        }
        return row;
    }

    static CurrentUser requireRole(Role... roles) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(roles)) {
            throw new AccessDeniedException("suggestion");
        }
        return user;
    }

    static Comparator<UnitCandidate> byScore() {
        return Comparator.comparingDouble(UnitCandidate::score).reversed();
    }

    static AssignmentRole role(String role) {
        try {
            return AssignmentRole.valueOf(role);
        } catch (IllegalArgumentException | NullPointerException e) {
            return AssignmentRole.LEAD;
        }
    }
}
