package cn.renda.suggestion.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.CaseBatch;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewCase;
import cn.renda.handling.Proposer;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRegistry;
import cn.renda.search.IndexEntry;
import cn.renda.search.SearchFacade;
import cn.renda.suggestion.DraftAttachment;
import cn.renda.suggestion.ImportedSuggestion;
import cn.renda.suggestion.QualityItem;
import cn.renda.suggestion.SignerView;
import cn.renda.suggestion.SubmissionStatus;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDetail;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionFilter;
import cn.renda.suggestion.SuggestionState;
import cn.renda.suggestion.SuggestionSummary;
import cn.renda.suggestion.SuggestionView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The office's review: the list, taking over paper submissions, returning for improvement, registering as a case, merging, assigning, complex and key suggestions. */
@Component
class OfficeReview {

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final SearchFacade search;
    private final PersonRegistry people;
    private final Clock clock;
    private final CaseHandling caseHandling;
    private final Evidence evidence;
    private final SuggestionReads reads;
    private final SuggestionRows rows;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SuggestionSnapshots snapshots;

    private final SubmissionCases caseIds;
    private final DeputyNotices deputyNotices;

    OfficeReview(
            SuggestionRepository repo,
            HandlingFacade handling,
            SearchFacade search,
            PersonRegistry people,
            Clock clock,
            CaseHandling caseHandling,
            Evidence evidence,
            SuggestionReads reads,
            SuggestionRows rows,
            org.springframework.context.ApplicationEventPublisher events,
            SuggestionSnapshots snapshots,
            SubmissionCases caseIds,
            DeputyNotices deputyNotices) {
        this.caseIds = caseIds;
        this.deputyNotices = deputyNotices;
        this.snapshots = snapshots;
        this.events = events;
        this.repo = repo;
        this.handling = handling;
        this.search = search;
        this.people = people;
        this.clock = clock;
        this.caseHandling = caseHandling;
        this.evidence = evidence;
        this.reads = reads;
        this.rows = rows;
    }

    /** The office's list (submitted and later; drafts stay private). */
    Page<SuggestionSummary> list(SuggestionFilter filter, PageRequest page) {
        SuggestionRows.requireRole(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
        SuggestionFilter f = filter == null ? SuggestionFilter.all() : filter;
        return Page.of(repo.list(f, page), page, repo.count(f));
    }

    /** Takes over a submitted suggestion from paper or a previous system (STAFF or ADMIN). */
    SuggestionView importSubmission(ImportedSuggestion s) {
        SuggestionRows.requireRole(Role.STAFF, Role.ADMIN);
        if (s.title() == null || s.title().isBlank() || s.title().length() > 300 || s.submittedOn() == null) {
            throw new InvalidInputException("title", "suggestion.error.title");
        }
        List<SignerView> signers = new ArrayList<>();
        String leadName = people.find(s.leadPersonId())
                .map(p -> p.name())
                .orElseThrow(() -> new InvalidInputException("leadPersonId", "suggestion.error.coSigners"));
        signers.add(new SignerView(s.leadPersonId(), leadName, true));
        for (Long personId : new LinkedHashSet<>(s.coSigners())) {
            if (!personId.equals(s.leadPersonId())) {
                signers.add(new SignerView(
                        personId,
                        people.find(personId)
                                .map(p -> p.name())
                                .orElseThrow(
                                        () -> new InvalidInputException("coSigners", "suggestion.error.coSigners")),
                        false));
            }
        }
        SuggestionDraft d = new SuggestionDraft(
                null,
                s.type(),
                s.title(),
                s.content(),
                s.topic(),
                s.duringSession(),
                s.research(),
                s.facts(),
                s.consulted(),
                s.coSigners(),
                s.publishConsent());
        long id = repo.insert(d, s.year(), s.leadAccountId(), s.leadPersonId(), leadName)
                .id();
        Map<Long, Long> accounts = new HashMap<>();
        if (s.leadAccountId() != null) {
            accounts.put(s.leadPersonId(), s.leadAccountId());
        }
        repo.replaceSigners(id, signers, accounts);
        repo.setStatus(id, SubmissionStatus.SUBMITTED, null, List.of());
        repo.submittedOn(id, s.submittedOn().atStartOfDay(SuggestionRows.ZONE).toOffsetDateTime());
        return rows.view(repo.find(id).orElseThrow());
    }

    /** Returns a submission for improvement with the checklist items it fails and comments (STAFF). */
    SuggestionView returnForImprovement(long id, List<QualityItem> failed, String comment) {
        SuggestionRows.requireRole(Role.STAFF);
        SuggestionRepository.Row row = rows.row(id);
        SuggestionRows.move(row, SubmissionStatus.IMPROVING);
        if (comment == null || comment.isBlank() || comment.length() > 4000) {
            throw new InvalidInputException("comment", "suggestion.error.comment");
        }
        repo.setStatus(id, SubmissionStatus.IMPROVING, comment.trim(), failed == null ? List.of() : failed);
        events.publishEvent(new cn.renda.suggestion.SuggestionDraftReturned(
                cn.renda.identity.CurrentUser.require().congressId(), id, clock.instant()));
        return rows.view(repo.find(id).orElseThrow());
    }

    /**
     * Registers a submitted suggestion as a case (STAFF). A motion is either placed for committee handling
     * ({@code asType} MOTION) or converted into a suggestion ({@code asType} SUGGESTION).
     */
    SuggestionDetail register(long id, SubmissionType asType) {
        SuggestionRows.requireRole(Role.STAFF);
        // the submission with its signers in one read; the view returned is built from it and what is written here
        SuggestionSnapshots.Snapshot snapshot =
                snapshots.read(id).orElseThrow(() -> new cn.renda.core.NotFoundException("suggestion", id));
        SuggestionRepository.Row row = snapshot.row();
        SuggestionRows.move(row, SubmissionStatus.REGISTERED);
        SubmissionType type = asType == null ? row.type() : asType;
        if (row.type() == SubmissionType.SUGGESTION && type == SubmissionType.MOTION) {
            throw new InvalidInputException("type", "suggestion.error.notMotion");
        }
        String kind = type == SubmissionType.MOTION ? SuggestionKinds.MOTION : SuggestionKinds.SUGGESTION;
        List<Proposer> proposers = new ArrayList<>();
        for (SignerView s : snapshot.signers()) {
            proposers.add(new Proposer(s.lead() ? row.leadAccountId() : null, s.personId(), s.name()));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("submissionId", id);
        attributes.put("year", row.year());
        if (row.topic() != null) {
            attributes.put("topic", row.topic());
        }
        if (row.type() == SubmissionType.MOTION && type == SubmissionType.SUGGESTION) {
            attributes.put("convertedFromMotion", true);
        }
        LocalDate submitted = row.submittedAt() == null
                ? rows.today()
                : row.submittedAt().atZoneSameInstant(SuggestionRows.ZONE).toLocalDate();
        // The writes that need the case number (the submission registered with it, the search document's, the
        // deputies' notice) join the engine's writes that name the number, right after the numbering round trip (see
        // HandlingFacade#create); the search index, the notice's recipients and the draft attachments' read go before
        // the number is taken.
        SuggestionView[] registered = new SuggestionView[1];
        List<DraftAttachment> drafts = new ArrayList<>();
        CaseView c = handling.create(
                new NewCase(
                        kind,
                        row.title(),
                        row.content(),
                        row.topic(),
                        new SourceLink(SourceType.SUGGESTION, "submission:" + id, submitted),
                        proposers,
                        attributes),
                (draft, numbering) -> {
                    java.time.OffsetDateTime at = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                            .truncatedTo(java.time.temporal.ChronoUnit.MICROS);
                    search.index(new IndexEntry(
                            draft.id(), kind, row.year(), null, row.title(), SuggestionRows.indexText(row), List.of()));
                    repo.registered(id, draft.id(), kind, CaseBatch.NUMBER, draft.state(), type, at, numbering);
                    search.number(draft.id(), CaseBatch.NUMBER, numbering);
                    // the deputies' notice names the number: its rows join the same round trip, its recipients are
                    // read here
                    deputyNotices.registered(snapshot, draft.id(), numbering);
                    registered[0] = SuggestionSnapshots.view(
                            snapshot.with(
                                    registeredRow(row, draft.id(), kind, draft.state(), type, at),
                                    List.of(),
                                    List.of()),
                            null);
                    // read here, not under the numbering lock
                    drafts.addAll(evidence.toCopy(id));
                    if (!drafts.isEmpty()) {
                        // their ATTACH events follow the CREATE event after the number: the creation cannot end
                        // the transaction
                        cn.renda.handling.CreationCommit.withhold();
                    }
                });
        evidence.copyAttachments(id, c.id(), drafts);
        caseIds.remember(id, c.id()); // a hint only: a step checks it in its read (a rollback here leaves it wrong)
        return new SuggestionDetail(withCaseNumber(registered[0], c.number()), c);
    }

    /** The submission's row as {@code repo.registered} leaves it (a new case has no contacts, notes or merges). */
    private static SuggestionRepository.Row registeredRow(
            SuggestionRepository.Row r,
            long caseId,
            String kind,
            String state,
            SubmissionType type,
            java.time.OffsetDateTime at) {
        return new SuggestionRepository.Row(
                r.id(),
                type,
                r.title(),
                r.content(),
                r.topic(),
                r.year(),
                r.duringSession(),
                r.research(),
                r.facts(),
                r.consulted(),
                r.leadAccountId(),
                r.leadPersonId(),
                r.leadName(),
                SubmissionStatus.REGISTERED,
                r.reviewComment(),
                r.checklistFailed(),
                r.complex(),
                r.publishConsent(),
                caseId,
                kind,
                null,
                state,
                r.mergedInto(),
                r.createdAt(),
                r.updatedAt(),
                r.submittedAt(),
                at);
    }

    static SuggestionView withCaseNumber(SuggestionView v, String number) {
        return new SuggestionView(
                v.id(),
                v.type(),
                v.title(),
                v.content(),
                v.topic(),
                v.year(),
                v.duringSession(),
                v.research(),
                v.facts(),
                v.consulted(),
                v.leadAccountId(),
                v.leadName(),
                v.signers(),
                v.status(),
                v.reviewComment(),
                v.checklistFailed(),
                v.complex(),
                v.publishConsent(),
                v.caseId(),
                v.caseKind(),
                number,
                v.caseState(),
                v.mergedInto(),
                v.mergedCases(),
                v.contacts(),
                v.progress(),
                v.createdAt(),
                v.submittedAt(),
                v.registeredAt());
    }

    /** Merges registered suggestions into a master (并案): they follow its assignment and unit actions. */
    SuggestionView merge(long masterId, List<Long> others) {
        SuggestionRows.requireRole(Role.STAFF);
        SuggestionRepository.Row master = rows.registeredRow(masterId);
        if (master.mergedInto() != null || others == null || others.isEmpty()) {
            throw new InvalidInputException("others", "suggestion.error.merge");
        }
        for (Long otherId : new LinkedHashSet<>(others)) {
            SuggestionRepository.Row other = rows.registeredRow(otherId);
            if (other.id() == master.id()
                    || other.mergedInto() != null
                    || !repo.mergedCases(other.caseId()).isEmpty()
                    || !SuggestionState.REGISTERED.name().equals(other.caseState())
                    || !SuggestionState.REGISTERED.name().equals(master.caseState())) {
                throw new InvalidInputException("others", "suggestion.error.merge");
            }
            repo.mergeInto(other.id(), master.caseId());
        }
        return rows.view(repo.find(masterId).orElseThrow());
    }

    /** Assigns a registered suggestion (and the ones merged into it) to units (STAFF); complex ones get 6 months. */
    SuggestionDetail assign(long id, List<UnitAssignment> assignments, boolean complex) {
        return caseHandling.assignAsOf(id, assignments, complex, null);
    }

    /**
     * Back-dated import of a historical assignment (STAFF or ADMIN): as {@link #assign}, but the reply clock
     * starts on {@code assignedOn} (see {@link HandlingFacade#actAsOf}); used for cases taken over from
     * paper or a previous system, and by the demo data.
     */
    SuggestionDetail importAssignment(
            long id, List<UnitAssignment> assignments, boolean complex, LocalDate assignedOn) {
        if (assignedOn == null) {
            throw new InvalidInputException("asOf", "handling.error.asOf");
        }
        return caseHandling.assignAsOf(id, assignments, complex, assignedOn);
    }

    /**
     * Back-dated import of a historical action (STAFF or ADMIN), passed on to merged cases like
     * {@link #act}; see {@link HandlingFacade#actAsOf}.
     */
    SuggestionDetail importAction(long id, ActionCommand command, LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidInputException("asOf", "handling.error.asOf");
        }
        return caseHandling.actAsOf(id, command, asOf);
    }

    /**
     * Marks a suggestion complex (STAFF). By policy (代表法 第五十一条) a complex suggestion's reply is due 6
     * months after assignment: marked before assignment, the reply clock starts with 6 months; marked later,
     * the running clock is recomputed to 6 months from its assignment date (a CLOCK_POLICY event on the
     * timeline), with no extension request.
     */
    SuggestionDetail markComplex(long id) {
        SuggestionRows.requireRole(Role.STAFF);
        SuggestionRepository.Row row = rows.row(id);
        if (row.complex()) {
            throw new ConflictException("suggestion.error.alreadyComplex", "already complex");
        }
        repo.complex(row.id(), true);
        if (row.caseId() == null) {
            return new SuggestionDetail(rows.view(rows.row(id)), null);
        }
        CaseView c = handling.get(row.caseId());
        if (c.clocks().stream()
                .anyMatch(k -> k.name() == ClockName.REPLY && k.state().active())) {
            c = caseHandling.complexClock(c);
        }
        return new SuggestionDetail(rows.view(rows.row(id)), c);
    }

    /** Key suggestion (重点建议) chosen by the directors' meeting and led by a leader (STAFF or LEADER). */
    SuggestionDetail chooseKey(long id, String meetingRef, LocalDate meetingDate, long leaderId) {
        SuggestionRows.requireRole(Role.STAFF, Role.LEADER);
        SuggestionRepository.Row row = rows.registeredRow(id);
        if (meetingRef == null || meetingRef.isBlank() || meetingDate == null) {
            throw new InvalidInputException("meetingRef", "suggestion.error.meeting");
        }
        CaseView c = handling.get(row.caseId());
        handling.act(row.caseId(), ActionCommand.markKey(c.version(), leaderId, 2));
        repo.insertKeyChoice(row.caseId(), meetingRef.trim(), meetingDate, leaderId);
        return reads.detail(id);
    }
}
