package cn.renda.suggestion;

import cn.renda.calendar.Length;
import cn.renda.core.ConflictException;
import cn.renda.core.DomainException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewCase;
import cn.renda.handling.Proposer;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitAssignment;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.CongressFacade;
import cn.renda.organization.CongressLevel;
import cn.renda.organization.DeputyView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.search.IndexEntry;
import cn.renda.search.SearchFacade;
import cn.renda.search.SearchFilter;
import cn.renda.search.SearchHit;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Suggestions and motions for the signed-in user: drafts and submission by deputies, review,
 * registration, merging and assignment by the office, contact records and actions by units, similar
 * cases and suggested units. Merged cases (并案) follow their master's assignment and unit actions, so
 * they are handled as one while every deputy gets a reply on their own case.
 */
@Service
public class SuggestionFacade {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Unit actions that a master case passes on to the cases merged into it. */
    private static final Set<Action> CASCADED =
            Set.of(Action.ACCEPT, Action.SUBMIT_PLAN, Action.CO_OPINION, Action.REPLY, Action.TRACKING_REPORT);

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final SearchFacade search;
    private final PersonRegistry people;
    private final UnitDirectory units;
    private final CongressFacade congresses;
    private final cn.renda.organization.BodyDirectory bodies;
    private final Clock clock;
    private final int motionSignersDistrict;
    private final int motionSignersCity;
    private final int motionSignersProvince;

    private final ReportCache reportCache;
    private final ApplicationEventPublisher events;

    SuggestionFacade(
            SuggestionRepository repo,
            HandlingFacade handling,
            SearchFacade search,
            PersonRegistry people,
            UnitDirectory units,
            CongressFacade congresses,
            cn.renda.organization.BodyDirectory bodies,
            Clock clock,
            @Value("${renda.suggestion.motion-signers.district:10}") int motionSignersDistrict,
            @Value("${renda.suggestion.motion-signers.city:10}") int motionSignersCity,
            @Value("${renda.suggestion.motion-signers.province:10}") int motionSignersProvince,
            ReportCache reportCache,
            ApplicationEventPublisher events) {
        this.reportCache = reportCache;
        this.events = events;
        this.repo = repo;
        this.handling = handling;
        this.search = search;
        this.people = people;
        this.units = units;
        this.congresses = congresses;
        this.bodies = bodies;
        this.clock = clock;
        this.motionSignersDistrict = motionSignersDistrict;
        this.motionSignersCity = motionSignersCity;
        this.motionSignersProvince = motionSignersProvince;
    }

    /** Deputies a motion needs in the bound congress (configurable per level). */
    @Transactional(readOnly = true)
    public int motionSigners() {
        CongressLevel level = congresses.current().level();
        return switch (level) {
            case CITY -> motionSignersCity;
            case PROVINCE -> motionSignersProvince;
            default -> motionSignersDistrict;
        };
    }

    // ---- deputies -------------------------------------------------------------------------------

    /** Saves a draft of the signed-in deputy (creates it when {@code id} is null); the deputy leads it. */
    @Transactional
    public SuggestionView saveDraft(SuggestionDraft d) {
        CurrentUser user = requireRole(Role.DEPUTY);
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
        if (d.id() == null) {
            id = repo.insert(d, today().getYear(), user.id(), user.personId(), leadName);
        } else {
            SuggestionRepository.Row row = ownRow(d.id(), user);
            if (!row.status().editable()) {
                throw new ConflictException("suggestion.error.notEditable", "submission not editable");
            }
            id = row.id();
            repo.update(id, d);
        }
        Map<Long, Long> accounts = new HashMap<>();
        accounts.put(user.personId(), user.id());
        repo.replaceSigners(id, signers, accounts);
        return view(repo.find(id).orElseThrow());
    }

    /** Submits a draft (or an improved one) to the office; a motion needs enough signers. */
    @Transactional
    public SuggestionView submit(long id) {
        CurrentUser user = requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = ownRow(id, user);
        move(row, SubmissionStatus.SUBMITTED);
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (row.content() == null || row.content().isBlank()) {
            problems.add(new InvalidInputException.FieldProblem("content", "suggestion.error.content"));
        }
        int needed = motionSigners();
        if (row.type() == SubmissionType.MOTION && repo.signers(id).size() < needed) {
            problems.add(new InvalidInputException.FieldProblem("coSigners", "suggestion.error.motionSigners", needed));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repo.setStatus(id, SubmissionStatus.SUBMITTED, null, List.of());
        return view(repo.find(id).orElseThrow());
    }

    /** Withdraws a submission not yet registered. */
    @Transactional
    public SuggestionView withdraw(long id) {
        CurrentUser user = requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = ownRow(id, user);
        move(row, SubmissionStatus.WITHDRAWN);
        repo.setStatus(id, SubmissionStatus.WITHDRAWN, null, row.checklistFailed());
        return view(repo.find(id).orElseThrow());
    }

    /** The submissions the signed-in deputy leads or co-signs, newest first. */
    @Transactional(readOnly = true)
    public Page<SuggestionSummary> mine(PageRequest page) {
        CurrentUser user = CurrentUser.require();
        return Page.of(repo.mine(user.id(), user.personId(), page), page, repo.countMine(user.id(), user.personId()));
    }

    /** The suggestion cases assigned to the signed-in unit officer's unit, newest first. */
    @Transactional(readOnly = true)
    public Page<cn.renda.handling.CaseSummary> forMyUnit(PageRequest page) {
        CurrentUser user = requireRole(Role.UNIT);
        if (user.unitId() == null) {
            return Page.of(List.of(), page, 0);
        }
        return handling.list(
                new cn.renda.handling.CaseFilter(
                        SuggestionKinds.SUGGESTION, null, user.unitId(), null, null, null, null, null),
                new PageRequest(page.page(), page.size(), "createdAt", true));
    }

    // ---- office ---------------------------------------------------------------------------------

    /** The office's list (submitted and later; drafts stay private). */
    @Transactional(readOnly = true)
    public Page<SuggestionSummary> list(SuggestionFilter filter, PageRequest page) {
        requireRole(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
        SuggestionFilter f = filter == null ? SuggestionFilter.all() : filter;
        return Page.of(repo.list(f, page), page, repo.count(f));
    }

    /** Takes over a submitted suggestion from paper or a previous system (STAFF or ADMIN). */
    @Transactional
    public SuggestionView importSubmission(ImportedSuggestion s) {
        requireRole(Role.STAFF, Role.ADMIN);
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
        long id = repo.insert(d, s.year(), s.leadAccountId(), s.leadPersonId(), leadName);
        Map<Long, Long> accounts = new HashMap<>();
        if (s.leadAccountId() != null) {
            accounts.put(s.leadPersonId(), s.leadAccountId());
        }
        repo.replaceSigners(id, signers, accounts);
        repo.setStatus(id, SubmissionStatus.SUBMITTED, null, List.of());
        repo.submittedOn(id, s.submittedOn().atStartOfDay(ZONE).toOffsetDateTime());
        return view(repo.find(id).orElseThrow());
    }

    /** Returns a submission for improvement with the checklist items it fails and comments (STAFF). */
    @Transactional
    public SuggestionView returnForImprovement(long id, List<QualityItem> failed, String comment) {
        requireRole(Role.STAFF);
        SuggestionRepository.Row row = row(id);
        move(row, SubmissionStatus.IMPROVING);
        if (comment == null || comment.isBlank() || comment.length() > 4000) {
            throw new InvalidInputException("comment", "suggestion.error.comment");
        }
        repo.setStatus(id, SubmissionStatus.IMPROVING, comment.trim(), failed == null ? List.of() : failed);
        events.publishEvent(new SuggestionDraftReturned(CurrentUser.require().congressId(), id, clock.instant()));
        return view(repo.find(id).orElseThrow());
    }

    /**
     * Registers a submitted suggestion as a case (STAFF). A motion is either placed for committee handling
     * ({@code asType} MOTION) or converted into a suggestion ({@code asType} SUGGESTION).
     */
    @Transactional
    public SuggestionDetail register(long id, SubmissionType asType) {
        requireRole(Role.STAFF);
        SuggestionRepository.Row row = row(id);
        move(row, SubmissionStatus.REGISTERED);
        SubmissionType type = asType == null ? row.type() : asType;
        if (row.type() == SubmissionType.SUGGESTION && type == SubmissionType.MOTION) {
            throw new InvalidInputException("type", "suggestion.error.notMotion");
        }
        String kind = type == SubmissionType.MOTION ? SuggestionKinds.MOTION : SuggestionKinds.SUGGESTION;
        List<Proposer> proposers = new ArrayList<>();
        for (SignerView s : repo.signers(id)) {
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
                ? today()
                : row.submittedAt().atZoneSameInstant(ZONE).toLocalDate();
        // The submission's own writes go before the engine numbers the case: the numbering lock is held
        // until commit, so after it only the number is filled in here (see HandlingFacade#create).
        SuggestionView[] registered = new SuggestionView[1];
        CaseView c = handling.create(
                new NewCase(
                        kind,
                        row.title(),
                        row.content(),
                        row.topic(),
                        new SourceLink(SourceType.SUGGESTION, "submission:" + id, submitted),
                        proposers,
                        attributes),
                draft -> {
                    repo.registered(id, draft.id(), kind, null, draft.state(), type);
                    search.index(
                            new IndexEntry(draft.id(), kind, row.year(), null, row.title(), indexText(row), List.of()));
                    registered[0] = view(repo.find(id).orElseThrow());
                });
        repo.caseNumber(id, c.number());
        search.number(c.id(), c.number());
        copyAttachments(id, c.id());
        return new SuggestionDetail(withCaseNumber(registered[0], c.number()), c);
    }

    private static SuggestionView withCaseNumber(SuggestionView v, String number) {
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
    @Transactional
    public SuggestionView merge(long masterId, List<Long> others) {
        requireRole(Role.STAFF);
        SuggestionRepository.Row master = registeredRow(masterId);
        if (master.mergedInto() != null || others == null || others.isEmpty()) {
            throw new InvalidInputException("others", "suggestion.error.merge");
        }
        for (Long otherId : new LinkedHashSet<>(others)) {
            SuggestionRepository.Row other = registeredRow(otherId);
            if (other.id() == master.id()
                    || other.mergedInto() != null
                    || !repo.mergedCases(other.caseId()).isEmpty()
                    || !SuggestionState.REGISTERED.name().equals(other.caseState())
                    || !SuggestionState.REGISTERED.name().equals(master.caseState())) {
                throw new InvalidInputException("others", "suggestion.error.merge");
            }
            repo.mergeInto(other.id(), master.caseId());
        }
        return view(repo.find(masterId).orElseThrow());
    }

    /** Assigns a registered suggestion (and the ones merged into it) to units (STAFF); complex ones get 6 months. */
    @Transactional
    public SuggestionDetail assign(long id, List<UnitAssignment> assignments, boolean complex) {
        return assign(id, assignments, complex, null);
    }

    /**
     * Back-dated import of a historical assignment (STAFF or ADMIN): as {@link #assign}, but the reply clock
     * starts on {@code assignedOn} (see {@link HandlingFacade#actAsOf}); used for cases taken over from
     * paper or a previous system, and by the demo data.
     */
    @Transactional
    public SuggestionDetail importAssignment(
            long id, List<UnitAssignment> assignments, boolean complex, LocalDate assignedOn) {
        if (assignedOn == null) {
            throw new InvalidInputException("asOf", "handling.error.asOf");
        }
        return assign(id, assignments, complex, assignedOn);
    }

    /**
     * Back-dated import of a historical action (STAFF or ADMIN), passed on to merged cases like
     * {@link #act}; see {@link HandlingFacade#actAsOf}.
     */
    @Transactional
    public SuggestionDetail importAction(long id, ActionCommand command, LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidInputException("asOf", "handling.error.asOf");
        }
        return act(id, command, asOf);
    }

    private SuggestionDetail assign(long id, List<UnitAssignment> assignments, boolean complex, LocalDate asOf) {
        requireRole(Role.STAFF);
        SuggestionRepository.Row row = registeredRow(id);
        if (row.mergedInto() != null) {
            throw new DomainException("suggestion.error.merged", "merged into another case");
        }
        for (UnitAssignment a : assignments == null ? List.<UnitAssignment>of() : assignments) {
            if (units.find(a.unitId()).filter(UnitView::active).isEmpty()) {
                throw new InvalidInputException("assignments", "suggestion.error.unit");
            }
        }
        List<Long> caseIds = new ArrayList<>();
        caseIds.add(row.caseId());
        caseIds.addAll(repo.mergedCases(row.caseId()));
        CaseView master = null;
        for (long caseId : caseIds) {
            CaseView c = handling.get(caseId);
            CaseView after = fire(caseId, asOf, ActionCommand.assign(c.version(), assignments));
            if (complex || row.complex()) {
                after = complexClock(after);
                repo.complexByCase(caseId);
            }
            if (master == null) {
                master = after;
            }
        }
        return new SuggestionDetail(view(row(id)), master);
    }

    /**
     * Marks a suggestion complex (STAFF). By policy (代表法 第五十一条) a complex suggestion's reply is due 6
     * months after assignment: marked before assignment, the reply clock starts with 6 months; marked later,
     * the running clock is recomputed to 6 months from its assignment date (a CLOCK_POLICY event on the
     * timeline), with no extension request.
     */
    @Transactional
    public SuggestionDetail markComplex(long id) {
        requireRole(Role.STAFF);
        SuggestionRepository.Row row = row(id);
        if (row.complex()) {
            throw new ConflictException("suggestion.error.alreadyComplex", "already complex");
        }
        repo.complex(row.id(), true);
        if (row.caseId() == null) {
            return new SuggestionDetail(view(row(id)), null);
        }
        CaseView c = handling.get(row.caseId());
        if (c.clocks().stream()
                .anyMatch(k -> k.name() == ClockName.REPLY && k.state().active())) {
            c = complexClock(c);
        }
        return new SuggestionDetail(view(row(id)), c);
    }

    /** The reply period of a complex suggestion. */
    static final Length COMPLEX_REPLY = Length.months(6);

    private CaseView complexClock(CaseView c) {
        return handling.applyClockLength(c.id(), ClockName.REPLY, COMPLEX_REPLY, "复杂建议：答复期限为交办之日起六个月（代表法第五十一条）");
    }

    private CaseView fire(long caseId, LocalDate asOf, ActionCommand command) {
        return asOf == null ? handling.act(caseId, command) : handling.actAsOf(caseId, command, asOf);
    }

    /** Key suggestion (重点建议) chosen by the directors' meeting and led by a leader (STAFF or LEADER). */
    @Transactional
    public SuggestionDetail chooseKey(long id, String meetingRef, LocalDate meetingDate, long leaderId) {
        requireRole(Role.STAFF, Role.LEADER);
        SuggestionRepository.Row row = registeredRow(id);
        if (meetingRef == null || meetingRef.isBlank() || meetingDate == null) {
            throw new InvalidInputException("meetingRef", "suggestion.error.meeting");
        }
        CaseView c = handling.get(row.caseId());
        handling.act(row.caseId(), ActionCommand.markKey(c.version(), leaderId, 2));
        repo.insertKeyChoice(row.caseId(), meetingRef.trim(), meetingDate, leaderId);
        return detail(id);
    }

    // ---- units ----------------------------------------------------------------------------------

    /** Records the unit's contact with the deputy (与代表联系沟通), also for the cases merged into this one. */
    @Transactional
    public SuggestionDetail recordContact(long id, ContactCommand command) {
        CurrentUser user = requireRole(Role.UNIT, Role.STAFF);
        SuggestionRepository.Row row = registeredRow(id);
        CaseView c = handling.get(row.caseId());
        Long unit = user.hasAny(Role.UNIT) ? user.unitId() : command.unitId();
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (unit == null
                || c.assignments().stream()
                        .noneMatch(a -> a.unitId() == unit && a.state().active())) {
            problems.add(new InvalidInputException.FieldProblem("unitId", "suggestion.error.unit"));
        }
        if (command.date() == null || command.date().isAfter(today())) {
            problems.add(new InvalidInputException.FieldProblem("date", "suggestion.error.contactDate"));
        }
        if (command.way() == null) {
            problems.add(new InvalidInputException.FieldProblem("way", "suggestion.error.contactWay"));
        }
        if (command.agreed() == null
                || command.agreed().isBlank()
                || command.agreed().length() > 4000) {
            problems.add(new InvalidInputException.FieldProblem("agreed", "suggestion.error.agreed"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repo.insertContact(row.caseId(), unit, command, user.id());
        for (long merged : repo.mergedCases(row.caseId())) {
            repo.insertContact(merged, unit, command, user.id());
        }
        reportCache.invalidateAfterTransaction(TenantContext.require());
        return new SuggestionDetail(view(row), c);
    }

    /** A progress note of a unit (or staff) for the bi-monthly tracking report. */
    @Transactional
    public SuggestionDetail addProgress(long id, String note) {
        CurrentUser user = requireRole(Role.UNIT, Role.STAFF);
        SuggestionRepository.Row row = registeredRow(id);
        CaseView c = handling.get(row.caseId());
        if (note == null || note.isBlank() || note.length() > 4000) {
            throw new InvalidInputException("note", "suggestion.error.note");
        }
        repo.insertProgress(row.caseId(), user.hasAny(Role.UNIT) ? user.unitId() : null, note, today(), user.id());
        return new SuggestionDetail(view(row), c);
    }

    /**
     * Fires an engine action on the suggestion's case; unit actions on a master are passed on to the
     * cases merged into it (a reply addressed to each deputy).
     */
    @Transactional
    public SuggestionDetail act(long id, ActionCommand command) {
        return act(id, command, null);
    }

    private SuggestionDetail act(long id, ActionCommand command, LocalDate asOf) {
        SuggestionRepository.Row row = registeredRow(id);
        if (row.mergedInto() != null && CASCADED.contains(command.action())) {
            throw new DomainException("suggestion.error.merged", "merged into another case");
        }
        if (command.action() == Action.ASSIGN) {
            return assign(id, command.assignments(), row.complex(), asOf);
        }
        CaseView after = fire(row.caseId(), asOf, command);
        if (CASCADED.contains(command.action())) {
            for (long merged : repo.mergedCases(row.caseId())) {
                CaseView c = handling.get(merged);
                String text = command.text();
                if (command.action() == Action.REPLY) {
                    String names = String.join(
                            "、", c.proposers().stream().map(Proposer::name).toList());
                    text = names + "代表：\n" + command.text();
                }
                fire(merged, asOf, command.withText(text));
            }
        }
        return new SuggestionDetail(view(row(id)), after);
    }

    // ---- motions: committee handling ----------------------------------------------------------------

    /** The committees (special committees and working committees) a motion may be referred to, by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> committees() {
        CurrentUser.require();
        return bodies.committeeNames();
    }

    /** Refers a registered motion to a committee for review (STAFF; 交付专门委员会审议). */
    @Transactional
    public SuggestionDetail referMotion(long id, long committeeId, String note) {
        CurrentUser user = requireRole(Role.STAFF);
        SuggestionRepository.Row row = motionRow(id);
        String committee = bodies.committeeNames().get(committeeId);
        if (committee == null) {
            throw new InvalidInputException("committeeId", "suggestion.error.committee");
        }
        if (note != null && note.length() > 4000) {
            throw new InvalidInputException("note", "suggestion.error.note");
        }
        if (repo.motionReview(row.caseId()).isEmpty()) {
            repo.insertMotionReview(row.caseId(), committeeId, committee, today(), note, user.id());
        }
        CaseView c = handling.get(row.caseId());
        handling.act(
                row.caseId(),
                ActionCommand.refer(
                        c.version(),
                        "交付" + committee + "审议" + (note == null || note.isBlank() ? "" : "：" + note.trim())));
        return detail(id);
    }

    /** Records the committee's review report of a referred motion (STAFF; 审议结果报告). */
    @Transactional
    public SuggestionDetail reportMotionReview(long id, MotionDecision decision, LocalDate reportedOn, String report) {
        CurrentUser user = requireRole(Role.STAFF);
        SuggestionRepository.Row row = motionRow(id);
        MotionReview review = repo.motionReview(row.caseId())
                .orElseThrow(() -> new ConflictException("suggestion.error.notReferred", "not referred"));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new InvalidInputException.FieldProblem("decision", "suggestion.error.decision"));
        }
        if (reportedOn == null || reportedOn.isAfter(today()) || reportedOn.isBefore(review.referredOn())) {
            problems.add(new InvalidInputException.FieldProblem("reportedOn", "suggestion.error.reportedOn"));
        }
        if (report == null || report.isBlank() || report.length() > 20_000) {
            problems.add(new InvalidInputException.FieldProblem("report", "suggestion.error.report"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repo.reportMotionReview(row.caseId(), reportedOn, decision, report, user.id());
        CaseView c = handling.get(row.caseId());
        handling.act(
                row.caseId(),
                ActionCommand.reviewReport(
                        c.version(),
                        review.committeeName() + "审议结果报告（" + reportedOn + "）：" + DECISION_WORDS.get(decision) + "\n"
                                + report.trim()));
        return detail(id);
    }

    private static final Map<MotionDecision, String> DECISION_WORDS = Map.of(
            MotionDecision.AGENDA, "列入会议议程",
            MotionDecision.HAND_TO_ORGANS, "交有关机关办理",
            MotionDecision.NOT_LISTED, "不予列入");

    /** The committee handling of a motion, if it was referred (users who may see the suggestion). */
    @Transactional(readOnly = true)
    public java.util.Optional<MotionReview> motionReview(long id) {
        SuggestionRepository.Row row = detailRow(id);
        return row.caseId() == null ? java.util.Optional.empty() : repo.motionReview(row.caseId());
    }

    private SuggestionRepository.Row motionRow(long id) {
        SuggestionRepository.Row row = registeredRow(id);
        if (!SuggestionKinds.MOTION.equals(row.caseKind())) {
            throw new ConflictException("suggestion.error.notMotionCase", "not a motion");
        }
        return row;
    }

    // ---- evidence files (提有据) ----------------------------------------------------------------------

    /** Files a draft may carry. */
    static final int MAX_DRAFT_ATTACHMENTS = 10;

    /**
     * Attaches an evidence file to the signed-in deputy's draft (or submission being improved), checked by
     * the engine's attachment rules (size, type whitelist, magic bytes); it is copied onto the case at
     * registration.
     */
    @Transactional
    public DraftAttachment attachToDraft(long id, cn.renda.handling.NewAttachment file) {
        CurrentUser user = requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = ownRow(id, user);
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
    @Transactional
    public void removeDraftAttachment(long id, long attachmentId) {
        CurrentUser user = requireRole(Role.DEPUTY);
        SuggestionRepository.Row row = ownRow(id, user);
        if (!row.status().editable()) {
            throw new ConflictException("suggestion.error.notEditable", "submission not editable");
        }
        if (repo.deleteDraftAttachment(id, attachmentId) != 1) {
            throw new NotFoundException("attachment", attachmentId);
        }
    }

    /** The evidence files of a suggestion (whoever may see the suggestion). */
    @Transactional(readOnly = true)
    public List<DraftAttachment> draftAttachments(long id) {
        detail(id);
        return repo.draftAttachments(id);
    }

    /** An evidence file with its bytes (whoever may see the suggestion). */
    @Transactional(readOnly = true)
    public cn.renda.handling.NewAttachment draftAttachment(long id, long attachmentId) {
        detail(id);
        return repo.draftAttachmentContent(id, attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
    }

    private void copyAttachments(long submissionId, long caseId) {
        for (DraftAttachment a : repo.draftAttachments(submissionId)) {
            if (a.caseAttachmentId() == null) {
                cn.renda.handling.NewAttachment content =
                        repo.draftAttachmentContent(submissionId, a.id()).orElseThrow();
                repo.draftAttachmentCopied(
                        a.id(), handling.attach(caseId, content).id());
            }
        }
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- reads ----------------------------------------------------------------------------------

    /** A submission and its case as the user may see them. */
    @Transactional(readOnly = true)
    public SuggestionDetail detail(long id) {
        CurrentUser user = CurrentUser.require();
        SuggestionRepository.Row row = repo.find(id).orElseThrow(() -> new NotFoundException("suggestion", id));
        boolean office = user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
        boolean signer = repo.isSigner(id, user.id(), user.personId());
        if (!office && !signer) {
            if (row.caseId() == null || !user.hasAny(Role.UNIT, Role.DEPUTY)) {
                throw new NotFoundException("suggestion", id);
            }
        } else if (!signer && row.status() == SubmissionStatus.DRAFT) {
            throw new NotFoundException("suggestion", id);
        }
        CaseView c = row.caseId() == null ? null : handling.get(row.caseId());
        return new SuggestionDetail(view(row), c);
    }

    /** The submission id of a suggestion case (for links from search hits). */
    @Transactional(readOnly = true)
    public long idOfCase(long caseId) {
        CurrentUser.require();
        return repo.findByCase(caseId)
                .map(SuggestionRepository.Row::id)
                .orElseThrow(() -> new NotFoundException("case", caseId));
    }

    /**
     * The most similar earlier cases of a suggestion (this year and past years). Deputies (and other users
     * outside the office) see only published cases and their own: others' unpublished titles and numbers
     * never leave the server.
     */
    @Transactional(readOnly = true)
    public List<SearchHit> similar(long id, int limit) {
        SuggestionRepository.Row row = detailRow(id);
        int wanted = oversample(limit);
        List<SearchHit> hits = row.caseId() != null
                ? search.similar(row.caseId(), SearchFilter.none(), wanted)
                : search.similar(row.title() + "\n" + row.content(), SearchFilter.none(), wanted);
        return visibleOnly(hits, limit);
    }

    /** The most similar cases to a text being typed (deputies: only published cases and their own). */
    @Transactional(readOnly = true)
    public List<SearchHit> similarToText(String text, int limit) {
        CurrentUser.require();
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return visibleOnly(search.similar(text, SearchFilter.none(), oversample(limit)), limit);
    }

    private static boolean office(CurrentUser user) {
        return user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN, Role.MEMBER);
    }

    private static int oversample(int limit) {
        return office(CurrentUser.require()) ? limit : Math.min(limit * 5, 100);
    }

    /** The hits the user may see (one query for the set), at most {@code limit}. */
    private List<SearchHit> visibleOnly(List<SearchHit> hits, int limit) {
        if (office(CurrentUser.require()) || hits.isEmpty()) {
            return hits.stream().limit(limit).toList();
        }
        Set<Long> visible =
                handling.visibleCases(hits.stream().map(SearchHit::caseId).toList());
        return hits.stream()
                .filter(h -> visible.contains(h.caseId()))
                .limit(limit)
                .toList();
    }

    /** Likely lead and co units of a suggestion, from the assignments of its nearest neighbours. */
    @Transactional(readOnly = true)
    public Routing routing(long id) {
        requireRole(Role.STAFF, Role.LEADER, Role.ADMIN);
        SuggestionRepository.Row row = row(id);
        List<SearchHit> neighbours = row.caseId() != null
                ? search.similar(row.caseId(), SearchFilter.none(), Router.NEIGHBOURS)
                : search.similar(row.title() + "\n" + row.content(), SearchFilter.none(), Router.NEIGHBOURS);
        return Router.route(neighbours, Set.of(), this::unitName, 5);
    }

    private String unitName(long unitId) {
        return units.find(unitId).map(UnitView::name).orElse("#" + unitId);
    }

    // ---- helpers --------------------------------------------------------------------------------

    SuggestionView view(SuggestionRepository.Row r) {
        List<ContactView> contacts = r.caseId() == null ? List.of() : repo.contacts(r.caseId());
        List<ProgressNote> progress = r.caseId() == null ? List.of() : repo.progress(r.caseId());
        List<Long> merged = r.caseId() == null ? List.of() : repo.mergedCases(r.caseId());
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
                repo.signers(r.id()),
                r.status(),
                r.reviewComment(),
                r.checklistFailed(),
                r.complex(),
                r.publishConsent(),
                r.caseId(),
                r.caseKind(),
                r.caseNumber(),
                r.caseState(),
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

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    private static void move(SuggestionRepository.Row row, SubmissionStatus to) {
        if (!row.status().next().contains(to)) {
            throw new ConflictException(
                    "suggestion.error.status",
                    row.status() + " -> " + to,
                    row.status().name(),
                    to.name());
        }
    }

    private SuggestionRepository.Row row(long id) {
        return repo.find(id).orElseThrow(() -> new NotFoundException("suggestion", id));
    }

    private SuggestionRepository.Row detailRow(long id) {
        detail(id);
        return row(id);
    }

    private SuggestionRepository.Row registeredRow(long id) {
        SuggestionRepository.Row row = row(id);
        if (row.caseId() == null) {
            throw new ConflictException("suggestion.error.notRegistered", "not registered");
        }
        return row;
    }

    private SuggestionRepository.Row ownRow(long id, CurrentUser user) {
        SuggestionRepository.Row row = row(id);
        if (row.leadAccountId() == null || row.leadAccountId() != user.id()) {
            throw new NotFoundException("suggestion", id);
        }
        return row;
    }

    private static CurrentUser requireRole(Role... roles) {
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
