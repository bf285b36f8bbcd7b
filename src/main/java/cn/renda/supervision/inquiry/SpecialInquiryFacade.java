package cn.renda.supervision.inquiry;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.UnitDirectory;
import cn.renda.organization.UnitView;
import cn.renda.supervision.InquiryAgenda;
import cn.renda.supervision.MeetingDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Special inquiries (专题询问) for the bound congress: 查 teams and visits, 研 the problem list, 究 the
 * handover of every problem as a case, 督 close-out and the live closure rate, 问 the inquiry meeting
 * with its questions, answers and evaluations, and the 第五十条 follow-up. Office roles read; STAFF write.
 */
@Service
@Transactional(readOnly = true)
public class SpecialInquiryFacade {

    /** Most problems one inquiry's list (or one import) holds. */
    public static final int MAX_PROBLEMS = 2000;

    /** Most visits shown on the inquiry page. */
    static final int VISITS_SHOWN = 50;

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final InquiryRepository repo;
    private final InquiryCases cases;
    private final UnitDirectory units;
    private final ObjectProvider<InquiryAgenda> agenda;
    private final ObjectProvider<MeetingDirectory> directory;
    private final Clock clock;

    SpecialInquiryFacade(
            InquiryRepository repo,
            InquiryCases cases,
            UnitDirectory units,
            ObjectProvider<InquiryAgenda> agenda,
            ObjectProvider<MeetingDirectory> directory,
            Clock clock) {
        this.directory = directory;
        this.repo = repo;
        this.cases = cases;
        this.units = units;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** Today in the congress's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(SHANGHAI));
    }

    // --- the inquiry

    /** Starts a special inquiry (STAFF). */
    @Transactional
    public InquiryView create(NewInquiry command) {
        CurrentUser user = requireStaff();
        if (command.title() == null
                || command.title().isBlank()
                || command.title().strip().length() > 200) {
            throw new InvalidInputException("title", "inquiry.error.title");
        }
        if (command.inquiryDate() == null) {
            throw new InvalidInputException("inquiryDate", "inquiry.error.inquiryDate");
        }
        if (command.thresholdPercent() != null
                && (command.thresholdPercent() < 1 || command.thresholdPercent() > 100)) {
            throw new InvalidInputException("thresholdPercent", "inquiry.error.threshold");
        }
        if (command.warningDays() != null && (command.warningDays() < 0 || command.warningDays() > 365)) {
            throw new InvalidInputException("warningDays", "inquiry.error.warningDays");
        }
        return get(repo.insert(command, user.id()));
    }

    public Page<InquiryView> list(PageRequest page) {
        requireOffice();
        return Page.of(repo.page(page), page, repo.count());
    }

    public InquiryView get(long id) {
        requireOffice();
        return repo.find(id).orElseThrow(() -> new NotFoundException("inquiry", id));
    }

    /** Everything the inquiry's page shows but the problem list (paged apart). */
    public InquiryDetail detail(long id) {
        InquiryView inquiry = get(id);
        LongFunction<String> names = unitNames();
        return new InquiryDetail(
                inquiry,
                repo.teams(id),
                repo.visits(id, VISITS_SHOWN),
                repo.objectsVisited(id),
                repo.categories(id),
                closure(inquiry, names),
                repo.questions(id, names),
                repo.evaluations(id, names));
    }

    // --- 查

    @Transactional
    public TeamView addTeam(long id, NewTeam team) {
        requireStaff();
        lock(id);
        if (team.name() == null || team.name().isBlank() || team.name().strip().length() > 100) {
            throw new InvalidInputException("name", "inquiry.error.teamName");
        }
        if (repo.teamNameTaken(id, team.name())) {
            throw new InvalidInputException("name", "inquiry.error.teamTaken");
        }
        long teamId = repo.insertTeam(id, team);
        return repo.teams(id).stream().filter(t -> t.id() == teamId).findFirst().orElseThrow();
    }

    @Transactional
    public long addVisit(long id, NewVisit visit) {
        requireStaff();
        lock(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (visit.teamId() == null || !repo.teamOf(id, visit.teamId())) {
            problems.add(new FieldProblem("teamId", "inquiry.error.team"));
        }
        if (visit.objectKind() == null) {
            problems.add(new FieldProblem("objectKind", "inquiry.error.required"));
        }
        if (visit.objectName() == null
                || visit.objectName().isBlank()
                || visit.objectName().length() > 200) {
            problems.add(new FieldProblem("objectName", "inquiry.error.objectName"));
        }
        if (visit.visitedOn() == null || visit.visitedOn().isAfter(today())) {
            problems.add(new FieldProblem("visitedOn", "inquiry.error.visitedOn"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return repo.insertVisit(id, visit);
    }

    // --- 研

    /** Adds one problem to the list while the inquiry is in research (STAFF). */
    @Transactional
    public ProblemView addProblem(long id, NewProblem problem) {
        requireStaff();
        InquiryView inquiry = lockedOpenList(id);
        List<Long> unitIds = resolve(problem, "");
        if (inquiry.problems() >= MAX_PROBLEMS) {
            throw new InvalidInputException("description", "inquiry.error.tooMany", MAX_PROBLEMS);
        }
        long problemId = insert(id, repo.nextSeq(id), problem, unitIds);
        return problem(id, problemId);
    }

    /**
     * Adds all problems or none (STAFF): every bad one is reported as {@code [index].field}, and then
     * nothing is written.
     */
    @Transactional
    public int importProblems(long id, List<NewProblem> problems) {
        requireStaff();
        InquiryView inquiry = lockedOpenList(id);
        if (problems.isEmpty()) {
            throw new InvalidInputException("file", "inquiry.error.emptyImport");
        }
        if (inquiry.problems() + problems.size() > MAX_PROBLEMS) {
            throw new InvalidInputException("file", "inquiry.error.tooMany", MAX_PROBLEMS);
        }
        List<List<Long>> unitIds = new ArrayList<>();
        List<FieldProblem> bad = check(problems, unitIds);
        if (!bad.isEmpty()) {
            throw new InvalidInputException(bad);
        }
        int seq = repo.nextSeq(id);
        for (int i = 0; i < problems.size(); i++) {
            insert(id, seq + i, problems.get(i), unitIds.get(i));
        }
        return problems.size();
    }

    /** The problems of a batch named {@code [index].field}, without writing anything (STAFF); empty when all are good. */
    public List<FieldProblem> check(List<NewProblem> problems) {
        requireStaff();
        return check(problems, new ArrayList<>());
    }

    private List<FieldProblem> check(List<NewProblem> problems, List<List<Long>> unitIds) {
        List<FieldProblem> bad = new ArrayList<>();
        for (int i = 0; i < problems.size(); i++) {
            try {
                unitIds.add(resolve(problems.get(i), "[" + i + "]."));
            } catch (InvalidInputException e) {
                bad.addAll(e.problems());
                unitIds.add(List.of());
            }
        }
        return bad;
    }

    private long insert(long id, int seq, NewProblem p, List<Long> unitIds) {
        long categoryId = repo.category(id, p.category());
        return repo.insertProblem(id, categoryId, seq, p, unitIds);
    }

    /** Checks a problem and resolves its unit names; problems are named {@code prefix + field}. */
    private List<Long> resolve(NewProblem p, String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        if (blank(p.category()) || p.category().strip().length() > 100) {
            problems.add(new FieldProblem(prefix + "category", "inquiry.error.category"));
        }
        if (p.sourceKind() == null) {
            problems.add(new FieldProblem(prefix + "sourceKind", "inquiry.error.sourceKind"));
        }
        if (blank(p.sourceObject()) || p.sourceObject().strip().length() > 200) {
            problems.add(new FieldProblem(prefix + "sourceObject", "inquiry.error.sourceObject"));
        }
        if (blank(p.description()) || p.description().strip().length() > 4000) {
            problems.add(new FieldProblem(prefix + "description", "inquiry.error.description"));
        }
        if (p.evidence() != null && p.evidence().length() > 4000) {
            problems.add(new FieldProblem(prefix + "evidence", "inquiry.error.evidence"));
        }
        List<Long> ids = new ArrayList<>();
        if (p.unitNames().isEmpty() || p.unitNames().size() > 10) {
            problems.add(new FieldProblem(prefix + "unitNames", "inquiry.error.units"));
        }
        Set<Long> seen = new HashSet<>();
        for (String name : p.unitNames()) {
            Optional<UnitView> unit = units.findByName(name).filter(UnitView::active);
            if (unit.isEmpty()) {
                problems.add(new FieldProblem(prefix + "unitNames", "inquiry.error.unknownUnit", name));
            } else if (seen.add(unit.get().id())) {
                ids.add(unit.get().id());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return ids;
    }

    public Page<ProblemView> problems(long id, ProblemState state, String category, PageRequest page) {
        get(id);
        List<InquiryRepository.ProblemRow> rows = repo.problems(id, state, category, page);
        return Page.of(views(rows), page, repo.countProblems(id, state, category));
    }

    public ProblemView problem(long id, long problemId) {
        get(id);
        return views(List.of(row(id, problemId))).get(0);
    }

    private InquiryRepository.ProblemRow row(long id, long problemId) {
        return repo.problem(id, problemId).orElseThrow(() -> new NotFoundException("problem", problemId));
    }

    private List<ProblemView> views(List<InquiryRepository.ProblemRow> rows) {
        LongFunction<String> names = unitNames();
        List<Long> caseIds = rows.stream()
                .map(InquiryRepository.ProblemRow::caseId)
                .filter(c -> c != null)
                .toList();
        Map<Long, String> states = cases.states(caseIds);
        return rows.stream()
                .map(r -> new ProblemView(
                        r.id(),
                        r.seq(),
                        r.categoryId(),
                        r.category(),
                        r.sourceKind(),
                        r.sourceObject(),
                        r.description(),
                        r.evidence(),
                        r.state(),
                        r.caseId(),
                        r.caseId() == null ? null : states.get(r.caseId()),
                        r.closedOn(),
                        r.unitIds().stream()
                                .map(u -> new UnitRef(u, names.apply(u)))
                                .toList()))
                .toList();
    }

    // --- 究

    /**
     * The handover meeting (交办会): every listed problem becomes an INQUIRY_PROBLEM case assigned to its
     * units in one action (STAFF); returns how many were handed over.
     */
    @Transactional
    public int handOver(long id, String note) {
        requireStaff();
        InquiryView inquiry = locked(id);
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "inquiry.error.note");
        }
        inquiry.state().moveTo(InquiryState.HANDED_OVER);
        List<InquiryRepository.ProblemRow> listed = repo.problemsIn(id, ProblemState.LISTED);
        if (listed.isEmpty()) {
            throw new ConflictException("inquiry.error.noProblems", "no problems to hand over");
        }
        LocalDate today = today();
        for (InquiryRepository.ProblemRow p : listed) {
            repo.handedOver(p.id(), cases.handOver(inquiry, p, today));
        }
        repo.handedOver(id, today, note);
        move(inquiry, InquiryState.HANDED_OVER);
        return listed.size();
    }

    // --- 督

    /** The committee verified the units' rectification report: the problem closes out (销号) (STAFF). */
    @Transactional
    public ProblemView closeOut(long id, long problemId) {
        requireStaff();
        InquiryRepository.ProblemRow p = handedOver(id, problemId);
        if (!InquiryProblemKind.REPORTED.equals(cases.state(p.caseId()))) {
            throw new ConflictException("inquiry.error.notReported", "no rectification report to verify");
        }
        cases.closeOut(p.caseId());
        if (!repo.closeOut(problemId, today())) {
            throw new ConflictException("inquiry.error.concurrent", "problem changed meanwhile");
        }
        return problem(id, problemId);
    }

    /** The committee did not accept the report: the units rectify again, with a new clock (STAFF). */
    @Transactional
    public ProblemView sendBack(long id, long problemId, String reason) {
        requireStaff();
        if (blank(reason) || reason.length() > 2000) {
            throw new InvalidInputException("reason", "inquiry.error.reason");
        }
        InquiryRepository.ProblemRow p = handedOver(id, problemId);
        if (!InquiryProblemKind.REPORTED.equals(cases.state(p.caseId()))) {
            throw new ConflictException("inquiry.error.notReported", "no rectification report to verify");
        }
        cases.sendBack(p.caseId(), reason.strip());
        return problem(id, problemId);
    }

    private InquiryRepository.ProblemRow handedOver(long id, long problemId) {
        get(id);
        InquiryRepository.ProblemRow p = row(id, problemId);
        if (p.state() != ProblemState.HANDED_OVER || p.caseId() == null) {
            throw new ConflictException("inquiry.error.problemState", "problem not open", p.state());
        }
        return p;
    }

    /** The live closure rate overall, per category and per unit, and whether it warns. */
    public ClosureReport closure(long id) {
        return closure(get(id), unitNames());
    }

    private ClosureReport closure(InquiryView inquiry, LongFunction<String> names) {
        long[] all = repo.closure(inquiry.id());
        int threshold = inquiry.thresholdPercent();
        ClosureRate overall = ClosureRate.of("", all[0], all[1], threshold);
        long daysLeft = ChronoUnit.DAYS.between(today(), inquiry.inquiryDate());
        boolean beforeMeeting = inquiry.state() == InquiryState.RESEARCH || inquiry.state() == InquiryState.HANDED_OVER;
        boolean warning = beforeMeeting && daysLeft <= inquiry.warningDays() && !overall.meetsThreshold();
        return new ClosureReport(
                overall,
                repo.closureByCategory(inquiry.id(), threshold),
                repo.closureByUnit(inquiry.id(), threshold, names),
                daysLeft,
                warning);
    }

    // --- 问

    /** The SC meetings the inquiry can be heard at: this year's and next year's from today on, soonest first. */
    public List<MeetingDirectory.MeetingRef> meetingChoices() {
        requireOffice();
        MeetingDirectory d = directory.getIfAvailable();
        if (d == null) {
            return List.of();
        }
        LocalDate today = today();
        List<MeetingDirectory.MeetingRef> out = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            d.meetings(MeetingDirectory.Kind.SC_MEETING, year).stream()
                    .filter(m -> !m.date().isBefore(today))
                    .forEach(out::add);
        }
        out.sort(java.util.Comparator.comparing(MeetingDirectory.MeetingRef::date));
        return out;
    }

    /** Puts the inquiry on an SC meeting's agenda as a SPECIAL_INQUIRY item; the inquiry date becomes the meeting's (STAFF). */
    @Transactional
    public InquiryView scheduleAt(long id, long meetingId) {
        requireStaff();
        InquiryView inquiry = locked(id);
        if (inquiry.state() == InquiryState.HELD || inquiry.state() == InquiryState.CONCLUDED) {
            throw new IllegalInquiryStepException(inquiry.state(), InquiryState.HELD);
        }
        if (inquiry.agendaItemId() != null) {
            throw new ConflictException("inquiry.error.scheduled", "already on an agenda");
        }
        InquiryAgenda a = agenda.getIfAvailable();
        MeetingDirectory.MeetingRef meeting = meetingChoices().stream()
                .filter(m -> m.id() == meetingId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("meetingId", "inquiry.error.meeting"));
        if (a == null) {
            throw new InvalidInputException("meetingId", "inquiry.error.meeting");
        }
        long itemId = a.addInquiryItem(meetingId, inquiry.title());
        repo.linkMeeting(id, meeting.id(), itemId, meeting.date());
        return get(id);
    }

    /** The agenda item (with its meeting) the inquiry is heard at, if scheduled. */
    public Optional<MeetingDirectory.AgendaRef> meeting(long id) {
        InquiryView inquiry = get(id);
        MeetingDirectory d = directory.getIfAvailable();
        if (inquiry.agendaItemId() == null || d == null) {
            return Optional.empty();
        }
        return d.agendaItem(inquiry.agendaItemId());
    }

    /** The open (handed over, not closed out) problems become the inquiry's questions (考题); returns how many were added (STAFF). */
    @Transactional
    public int questionsFromOpenProblems(long id) {
        requireStaff();
        InquiryView inquiry = locked(id);
        if (inquiry.state() != InquiryState.HANDED_OVER) {
            throw new IllegalInquiryStepException(inquiry.state(), InquiryState.HELD);
        }
        return repo.questionsFromOpenProblems(id);
    }

    /** A further question not drawn from the list (STAFF). */
    @Transactional
    public long addQuestion(long id, String question) {
        requireStaff();
        InquiryView inquiry = locked(id);
        if (inquiry.state() == InquiryState.RESEARCH || inquiry.state() == InquiryState.CONCLUDED) {
            throw new IllegalInquiryStepException(inquiry.state(), InquiryState.HELD);
        }
        if (blank(question) || question.strip().length() > 4000) {
            throw new InvalidInputException("question", "inquiry.error.question");
        }
        return repo.insertQuestion(id, question);
    }

    /** Records who asked a question, which department answered (by name), who, how, and the evaluation (STAFF). */
    @Transactional
    public QuestionView recordQuestion(long id, long questionId, QuestionRecord record) {
        requireStaff();
        InquiryView inquiry = locked(id);
        if (inquiry.state() == InquiryState.RESEARCH || inquiry.state() == InquiryState.CONCLUDED) {
            throw new IllegalInquiryStepException(inquiry.state(), InquiryState.HELD);
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (record.askerKind() == null) {
            problems.add(new FieldProblem("askerKind", "inquiry.error.askerKind"));
        }
        Long unitId = null;
        if (!blank(record.answerUnitName())) {
            Optional<UnitView> unit = units.findByName(record.answerUnitName());
            if (unit.isEmpty()) {
                problems.add(new FieldProblem("answerUnitName", "inquiry.error.unknownUnit", record.answerUnitName()));
            } else {
                unitId = unit.get().id();
            }
        }
        if (record.evaluation() != null && unitId == null) {
            problems.add(new FieldProblem("answerUnitName", "inquiry.error.evaluationWithoutUnit"));
        }
        if (length(record.askerName()) > 60) {
            problems.add(new FieldProblem("askerName", "inquiry.error.name"));
        }
        if (length(record.answererName()) > 60) {
            problems.add(new FieldProblem("answererName", "inquiry.error.name"));
        }
        if (length(record.answer()) > 8000) {
            problems.add(new FieldProblem("answer", "inquiry.error.answer"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (!repo.recordQuestion(id, questionId, record, unitId)) {
            throw new NotFoundException("question", questionId);
        }
        return repo.questions(id, unitNames()).stream()
                .filter(q -> q.id() == questionId)
                .findFirst()
                .orElseThrow();
    }

    /**
     * The inquiry meeting was held (STAFF): its opinions go to the answering departments as the 第五十条
     * follow-up case, whose report is a clock. Needs the meeting on the agenda and at least one answer.
     */
    @Transactional
    public InquiryView recordHeld(long id) {
        requireStaff();
        InquiryView inquiry = locked(id);
        inquiry.state().moveTo(InquiryState.HELD);
        if (inquiry.agendaItemId() == null) {
            throw new ConflictException("inquiry.error.notScheduled", "not on an SC meeting's agenda");
        }
        List<Long> answering = repo.answeringUnits(id);
        if (answering.isEmpty()) {
            throw new ConflictException("inquiry.error.noAnswers", "no answering department recorded");
        }
        LocalDate today = today();
        long followUp = cases.followUp(inquiry, answering, today);
        repo.held(id, today, followUp);
        move(inquiry, InquiryState.HELD);
        return get(id);
    }

    /** The follow-up report is in and its case closed: the inquiry concludes (STAFF). */
    @Transactional
    public InquiryView conclude(long id) {
        requireStaff();
        InquiryView inquiry = locked(id);
        inquiry.state().moveTo(InquiryState.CONCLUDED);
        if (inquiry.followUpCaseId() == null
                || !InquiryFollowUpState.CLOSED.name().equals(cases.state(inquiry.followUpCaseId()))) {
            throw new ConflictException("inquiry.error.followUpOpen", "follow-up report not closed");
        }
        move(inquiry, InquiryState.CONCLUDED);
        return get(id);
    }

    // --- helpers

    private void move(InquiryView inquiry, InquiryState to) {
        if (!repo.move(inquiry.id(), inquiry.state(), to)) {
            throw new ConflictException("inquiry.error.concurrent", "inquiry changed meanwhile");
        }
    }

    private InquiryView locked(long id) {
        requireOffice();
        if (!repo.lock(id)) {
            throw new NotFoundException("inquiry", id);
        }
        return get(id);
    }

    private void lock(long id) {
        locked(id);
    }

    private InquiryView lockedOpenList(long id) {
        InquiryView inquiry = locked(id);
        if (!inquiry.state().listOpen()) {
            throw new ConflictException("inquiry.error.listClosed", "problem list closed after the handover");
        }
        return inquiry;
    }

    /** Unit names by id for views (every unit, active or not, loaded once per call). */
    private LongFunction<String> unitNames() {
        Map<Long, String> names = new HashMap<>();
        return id ->
                names.computeIfAbsent(id, k -> units.find(k).map(UnitView::name).orElse("—"));
    }

    private static CurrentUser requireStaff() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF)) {
            throw new AccessDeniedException("special inquiries are written by staff");
        }
        return user;
    }

    private static CurrentUser requireOffice() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasAny(Role.STAFF, Role.LEADER, Role.ADMIN)) {
            throw new AccessDeniedException("special inquiries are read by office roles");
        }
        return user;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
