package cn.renda.suggestion.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressLevel;
import cn.renda.organization.DeputyView;
import cn.renda.organization.PersonRegistry;
import cn.renda.suggestion.SignerView;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionSummary;
import cn.renda.suggestion.SuggestionView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Deputies' drafts: saving with co-signers, submitting (a motion needs enough signers), withdrawing, their own list. */
@Component
class Drafts {

    private final SuggestionRepository repo;
    private final PersonRegistry people;
    private final CongressFacade congresses;
    private final SuggestionRows rows;
    private final SuggestionSnapshots snapshots;
    private final int motionSignersDistrict;
    private final int motionSignersCity;
    private final int motionSignersProvince;

    Drafts(
            SuggestionRepository repo,
            PersonRegistry people,
            CongressFacade congresses,
            SuggestionRows rows,
            SuggestionSnapshots snapshots,
            @Value("${renda.suggestion.motion-signers.district:10}") int motionSignersDistrict,
            @Value("${renda.suggestion.motion-signers.city:10}") int motionSignersCity,
            @Value("${renda.suggestion.motion-signers.province:10}") int motionSignersProvince) {
        this.repo = repo;
        this.people = people;
        this.congresses = congresses;
        this.rows = rows;
        this.snapshots = snapshots;
        this.motionSignersDistrict = motionSignersDistrict;
        this.motionSignersCity = motionSignersCity;
        this.motionSignersProvince = motionSignersProvince;
    }

    /** Deputies a motion needs in the bound congress (configurable per level). */
    int motionSigners() {
        CongressLevel level = congresses.current().level();
        return switch (level) {
            case CITY -> motionSignersCity;
            case PROVINCE -> motionSignersProvince;
            default -> motionSignersDistrict;
        };
    }

    /** Saves a draft of the signed-in deputy (creates it when {@code id} is null); the deputy leads it. */
    SuggestionView saveDraft(SuggestionDraft d) {
        CurrentUser user = SuggestionRows.requireRole(Role.DEPUTY);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank() || d.title().length() > 300) {
            problems.add(new InvalidInputException.FieldProblem("title", "suggestion.error.title"));
        }
        if (d.content() != null && d.content().length() > 20_000) {
            problems.add(new InvalidInputException.FieldProblem("content", "suggestion.error.content"));
        }
        if (d.coSigners().size() > 200) {
            problems.add(new InvalidInputException.FieldProblem("coSigners", "suggestion.error.coSigners"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<SignerView> signers = new ArrayList<>();
        String leadName = user.displayName();
        if (user.personId() != null) {
            leadName = people.find(user.personId()).map(p -> p.name()).orElse(leadName);
        }
        signers.add(new SignerView(user.personId(), leadName, true));
        for (Long personId : new LinkedHashSet<>(d.coSigners())) {
            if (personId == null || personId.equals(user.personId())) {
                continue;
            }
            DeputyView deputy = people.findDeputy(personId)
                    .filter(DeputyView::current)
                    .orElseThrow(() -> new InvalidInputException("coSigners", "suggestion.error.coSigners"));
            signers.add(new SignerView(deputy.id(), deputy.name(), false));
        }
        long id;
        SuggestionRepository.Row inserted = null;
        if (d.id() == null) {
            inserted = repo.insert(d, rows.today().getYear(), user.id(), user.personId(), leadName);
            id = inserted.id();
        } else {
            SuggestionRepository.Row row = rows.ownRow(d.id(), user);
            if (!row.status().editable()) {
                throw new ConflictException("suggestion.error.notEditable", "submission not editable");
            }
            id = row.id();
            repo.update(id, d);
        }
        Map<Long, Long> accounts = new HashMap<>();
        accounts.put(user.personId(), user.id());
        if (inserted != null) {
            repo.insertSigners(id, signers, accounts); // a new draft has none to delete
        } else {
            repo.replaceSigners(id, signers, accounts);
        }
        if (inserted != null) {
            // a new draft: its row as inserted and the signers just written (lead first, as they are read)
            return SuggestionRows.view(inserted, signers, List.of(), List.of(), List.of(), inserted.caseState());
        }
        return rows.view(repo.find(id).orElseThrow());
    }

    /** Submits a draft (or an improved one) to the office; a motion needs enough signers. */
    SuggestionView submit(long id) {
        CurrentUser user = SuggestionRows.requireRole(Role.DEPUTY);
        // the row with its signers in one read (the motion's count and the view returned need them)
        SuggestionSnapshots.Snapshot snapshot =
                snapshots.read(id).orElseThrow(() -> new cn.renda.core.NotFoundException("suggestion", id));
        SuggestionRepository.Row row = SuggestionRows.own(snapshot.row(), user);
        SuggestionRows.move(row, SubmissionStatus.SUBMITTED);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (row.content() == null || row.content().isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("content", "suggestion.error.content"));
        }
        if (row.type() == SubmissionType.MOTION) { // the congress's level is read only for a motion
            int needed = motionSigners();
            if (snapshot.signers().size() < needed) {
                problems.add(
                        new InvalidInputException.FieldProblem("coSigners", "suggestion.error.motionSigners", needed));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        SuggestionRepository.Row moved =
                repo.movedTo(id, SubmissionStatus.SUBMITTED, null, List.of()).orElseThrow();
        if (moved.caseId() != null) {
            return rows.view(moved);
        }
        // not registered yet: no contacts, progress or merged cases, and the signers as read before the update
        return SuggestionRows.view(moved, snapshot.signers(), List.of(), List.of(), List.of(), moved.caseState());
    }

    /** Withdraws a submission not yet registered. */
    SuggestionView withdraw(long id) {
        CurrentUser user = SuggestionRows.requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = rows.ownRow(id, user);
        SuggestionRows.move(row, SubmissionStatus.WITHDRAWN);
        repo.setStatus(id, SubmissionStatus.WITHDRAWN, null, row.checklistFailed());
        return rows.view(repo.find(id).orElseThrow());
    }

    /** The submissions the signed-in deputy leads or co-signs, newest first. */
    Page<SuggestionSummary> mine(PageRequest page) {
        CurrentUser user = CurrentUser.require();
        return Page.of(repo.mine(user.id(), user.personId(), page), page, repo.countMine(user.id(), user.personId()));
    }
}
