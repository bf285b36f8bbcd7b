package cn.renda.outreach.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.CaseView;
import cn.renda.handling.Evaluation;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.DeputyView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.organization.UnitDirectory;
import cn.renda.outreach.CitizenContactView;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.OpinionAction;
import cn.renda.outreach.OpinionChannel;
import cn.renda.outreach.OpinionFilter;
import cn.renda.outreach.OpinionReceipt;
import cn.renda.outreach.OpinionState;
import cn.renda.outreach.OpinionSummary;
import cn.renda.outreach.OpinionTier;
import cn.renda.outreach.OpinionView;
import cn.renda.outreach.PublicOpinionView;
import cn.renda.outreach.PublishedReply;
import cn.renda.outreach.SimilarOpinion;
import cn.renda.outreach.VoterOpinions;
import cn.renda.search.SearchHit;
import cn.renda.suggestion.SubmissionType;
import cn.renda.suggestion.SuggestionDraft;
import cn.renda.suggestion.SuggestionFacade;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Voter opinions: intake, triage by tier, answers, the link to the engine and to suggestions, tracking. */
@Service
class VoterOpinionService implements VoterOpinions {

    static final int TITLE_MAX = 100;
    static final int CONTENT_MAX = 2000;
    static final int REPLY_MAX = 2000;
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,20}");

    private final OpinionRepository repo;
    private final OutreachAccess access;
    private final CitizenContact contact;
    private final OpinionCases cases;
    private final OpinionIndex index;
    private final StationRegistry stations;
    private final PersonRegistry people;
    private final UnitDirectory units;
    private final SuggestionFacade suggestions;
    private final Clock clock;

    VoterOpinionService(
            OpinionRepository repo,
            OutreachAccess access,
            CitizenContact contact,
            OpinionCases cases,
            OpinionIndex index,
            StationRegistry stations,
            PersonRegistry people,
            UnitDirectory units,
            SuggestionFacade suggestions,
            Clock clock) {
        this.repo = repo;
        this.access = access;
        this.contact = contact;
        this.cases = cases;
        this.index = index;
        this.stations = stations;
        this.people = people;
        this.units = units;
        this.suggestions = suggestions;
        this.clock = clock;
    }

    // ---- intake ---------------------------------------------------------------------------------

    @Override
    @Transactional
    public OpinionReceipt submit(NewOpinion o) {
        OpinionRow row = insert(o, "", null);
        return new OpinionReceipt(row.code());
    }

    @Override
    @Transactional
    public OpinionView record(NewOpinion o) {
        CurrentUser user = access.user();
        NewOpinion command = o;
        if (o.channel() == OpinionChannel.DEPUTY) {
            access.requireAny(user, Role.DEPUTY);
            if (user.personId() == null) {
                throw new InvalidInputException("deputyId", "outreach.error.notDeputy");
            }
            command = new NewOpinion(
                    o.channel(),
                    o.title(),
                    o.content(),
                    o.category(),
                    o.streetId(),
                    o.stationId(),
                    user.personId(),
                    o.activityId(),
                    o.citizenName(),
                    o.citizenPhone());
        } else if (o.channel() == OpinionChannel.STREET) {
            access.requireAny(user, Role.STREET, Role.STAFF, Role.ADMIN);
            Long street = access.streetOf(user).orElse(o.streetId());
            if (street == null) {
                throw new InvalidInputException("streetId", "outreach.error.street");
            }
            command = new NewOpinion(
                    o.channel(),
                    o.title(),
                    o.content(),
                    o.category(),
                    street,
                    o.stationId(),
                    o.deputyId(),
                    o.activityId(),
                    o.citizenName(),
                    o.citizenPhone());
        } else {
            throw new InvalidInputException("channel", "outreach.error.channel");
        }
        OpinionRow row = insert(command, user.displayName(), null);
        return view(row, user);
    }

    /** Inserts an opinion received at {@code receivedAt} (null: now); demo data back-dates with it. */
    OpinionRow insert(NewOpinion o, String actor, OffsetDateTime receivedAt) {
        List<FieldProblem> problems = new ArrayList<>();
        String content = Text.clean(o.content());
        String title = Text.clean(o.title());
        if (content == null || content.length() > CONTENT_MAX || Text.hasControl(o.content())) {
            problems.add(new FieldProblem("content", "outreach.error.content", CONTENT_MAX));
        }
        if (title == null && content != null) {
            title = content.length() <= 30 ? content : content.substring(0, 30) + "…";
        }
        if (title == null || title.length() > TITLE_MAX || Text.hasControl(o.title())) {
            problems.add(new FieldProblem("title", "outreach.error.title", TITLE_MAX));
        }
        if (o.citizenName() != null && (o.citizenName().strip().length() > 50 || Text.hasControl(o.citizenName()))) {
            problems.add(new FieldProblem("citizenName", "outreach.error.name"));
        }
        String phone = Text.clean(o.citizenPhone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            problems.add(new FieldProblem("citizenPhone", "outreach.error.phone"));
        }
        String category = Text.clean(o.category());
        if (category != null && category.length() > 50) {
            problems.add(new FieldProblem("category", "outreach.error.category"));
        }
        Long streetId = o.streetId();
        Long stationId = null;
        String stationName = null;
        if (o.stationId() != null) {
            Optional<StationView> station = stations.find(o.stationId()).filter(StationView::active);
            if (station.isEmpty()) {
                problems.add(new FieldProblem("stationId", "outreach.error.station"));
            } else {
                stationId = station.get().id();
                stationName = station.get().name();
                streetId = station.get().streetId();
            }
        }
        Long deputyId = null;
        String deputyName = null;
        if (o.deputyId() != null) {
            Optional<DeputyView> deputy = people.findDeputy(o.deputyId()).filter(DeputyView::current);
            if (deputy.isEmpty()) {
                problems.add(new FieldProblem("deputyId", "outreach.error.deputy"));
            } else {
                deputyId = deputy.get().id();
                deputyName = deputy.get().name();
                if (streetId == null) {
                    streetId = deputy.get().streetId();
                }
            }
        }
        if (streetId == null || access.streetName(streetId) == null) {
            problems.add(new FieldProblem("streetId", "outreach.error.street"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String code = TrackingCodes.next();
        while (repo.codeTaken(code)) {
            code = TrackingCodes.next();
        }
        long id = repo.insert(new OpinionRepository.Insert(
                code,
                o.channel(),
                OpinionState.RECEIVED,
                category,
                title,
                content,
                streetId,
                stationId,
                stationName,
                deputyId,
                deputyName,
                o.activityId(),
                CitizenContact.maskName(o.citizenName()),
                CitizenContact.maskPhone(phone),
                contact.seal(o.citizenName(), phone),
                receivedAt));
        repo.eventAt(
                id, actor, "RECEIVE", null, OpinionState.RECEIVED, o.channel().name(), receivedAt);
        OffsetDateTime at = receivedAt == null ? OffsetDateTime.now(clock) : receivedAt;
        index.index(id, at.getYear(), code, title, content);
        return repo.find(id).orElseThrow();
    }

    // ---- lists and pages ------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Page<OpinionSummary> list(OpinionFilter filter, PageRequest page) {
        CurrentUser user = access.user();
        OpinionFilter f = filter == null ? OpinionFilter.all() : filter;
        Long[] scope = scope(user);
        List<OpinionSummary> items = repo.page(f, scope[0], scope[1], page).stream()
                .map(this::summary)
                .toList();
        return Page.of(items, page, repo.count(f, scope[0], scope[1]));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<OpinionState, Long> counts() {
        CurrentUser user = access.user();
        Long[] scope = scope(user);
        return repo.counts(scope[0], scope[1]);
    }

    /** {street, deputy} the user's lists are limited to; fails for users without a list. */
    private Long[] scope(CurrentUser user) {
        if (access.office(user)) {
            return new Long[] {null, null};
        }
        Optional<Long> street = access.streetOf(user);
        if (street.isPresent()) {
            return new Long[] {street.get(), null};
        }
        if (user.hasAny(Role.DEPUTY) && user.personId() != null) {
            return new Long[] {null, user.personId()};
        }
        throw new org.springframework.security.access.AccessDeniedException("no opinion list");
    }

    @Override
    @Transactional(readOnly = true)
    public OpinionView get(long id) {
        CurrentUser user = access.user();
        return view(visible(id, user), user);
    }

    @Override
    @Transactional(readOnly = true)
    public CitizenContactView citizenContact(long id) {
        CurrentUser user = access.user();
        OpinionRow r = visible(id, user);
        if (!mayCall(r, user)) {
            throw new AccessDeniedException("only the street triaging an open opinion sees the citizen's contact");
        }
        return repo.sealedContact(id)
                .map(stored -> contact.open(stored, id, "opinion triage " + r.code()))
                .map(c -> new CitizenContactView(c.name(), c.phone()))
                .orElse(new CitizenContactView(null, null));
    }

    /**
     * Street staff (STREET) of the opinion's street may see the citizen's name and phone in full, to call back,
     * while the opinion is open; everyone else, office roles and deputies included, only the masked copies.
     */
    private boolean mayCall(OpinionRow r, CurrentUser user) {
        return r.state().open()
                && user.hasAny(Role.STREET)
                && r.streetId() != null
                && access.streetOf(user).filter(r.streetId()::equals).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean mayCallCitizen(long id) {
        CurrentUser user = access.user();
        return mayCall(visible(id, user), user);
    }

    private OpinionRow visible(long id, CurrentUser user) {
        OpinionRow row = repo.find(id).orElseThrow(() -> new NotFoundException("opinion", id));
        boolean mine = user.personId() != null && user.personId().equals(row.deputyId());
        if (!access.handlesStreet(user, row.streetId()) && !mine) {
            throw new NotFoundException("opinion", id);
        }
        return row;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SimilarOpinion> similar(long id, int limit) {
        CurrentUser user = access.user();
        visible(id, user);
        List<SearchHit> hits = index.similar(id, limit);
        Map<Long, OpinionRow> rows = repo
                .findAll(hits.stream().map(OpinionIndex::opinionId).toList())
                .stream()
                .collect(Collectors.toMap(OpinionRow::id, Function.identity()));
        List<SimilarOpinion> out = new ArrayList<>();
        for (SearchHit h : hits) {
            OpinionRow r = rows.get(OpinionIndex.opinionId(h));
            if (r != null && (access.handlesStreet(user, r.streetId()) || r.replyPublished())) {
                out.add(new SimilarOpinion(r.id(), r.code(), r.title(), r.state(), r.tier(), h.score()));
            }
        }
        return out;
    }

    // ---- triage and answers ---------------------------------------------------------------------

    @Override
    @Transactional
    public OpinionView handleAtStreet(long id, long version, String category, String note) {
        CurrentUser user = access.user();
        OpinionRow row = forStreet(id, user);
        String c = category(category);
        step(row, version, OpinionAction.HANDLE_AT_STREET, OpinionTier.STREET, c, user.displayName(), note(note));
        return view(repo.find(id).orElseThrow(), user);
    }

    @Override
    @Transactional
    public OpinionView escalate(long id, long version, String category, long unitId, String note) {
        CurrentUser user = access.user();
        OpinionRow row = forStreet(id, user);
        String c = category(category);
        if (units.find(unitId).isEmpty()) {
            throw new InvalidInputException("unitId", "outreach.error.unit");
        }
        step(row, version, OpinionAction.ESCALATE, OpinionTier.DISTRICT, c, user.displayName(), note(note));
        CaseView created = cases.escalate(row, c, unitId);
        repo.linkCase(id, created.id(), created.number());
        return view(repo.find(id).orElseThrow(), user);
    }

    @Override
    @Transactional
    public OpinionView takeUp(long id, long version) {
        CurrentUser user = access.user();
        access.requireAny(user, Role.DEPUTY);
        OpinionRow row = visible(id, user);
        step(row, version, OpinionAction.TAKE_UP, OpinionTier.SUGGESTION, null, user.displayName(), null);
        var draft = suggestions.saveDraft(new SuggestionDraft(
                null,
                SubmissionType.SUGGESTION,
                row.title(),
                row.content(),
                row.category(),
                false,
                null,
                null,
                "选民意见（跟踪码 " + row.code() + "）",
                List.of(),
                false));
        repo.linkSuggestion(id, draft.id());
        return view(repo.find(id).orElseThrow(), user);
    }

    @Override
    @Transactional
    public OpinionView answer(long id, long version, String reply, boolean publish) {
        CurrentUser user = access.user();
        OpinionRow row = forStreet(id, user);
        String text = Text.clean(reply);
        if (text == null || text.length() > REPLY_MAX || Text.hasControl(reply)) {
            throw new InvalidInputException("reply", "outreach.error.reply", REPLY_MAX);
        }
        step(row, version, OpinionAction.ANSWER, null, null, user.displayName(), null);
        repo.reply(id, text, publish, null);
        return view(repo.find(id).orElseThrow(), user);
    }

    @Override
    @Transactional
    public OpinionView reopen(long id, long version, String reason) {
        CurrentUser user = access.user();
        OpinionRow row = forStreet(id, user);
        step(row, version, OpinionAction.REOPEN, OpinionTier.STREET, null, user.displayName(), required(reason));
        return view(repo.find(id).orElseThrow(), user);
    }

    @Override
    @Transactional
    public OpinionView dismiss(long id, long version, String reason) {
        CurrentUser user = access.user();
        OpinionRow row = forStreet(id, user);
        step(row, version, OpinionAction.DISMISS, null, null, user.displayName(), required(reason));
        return view(repo.find(id).orElseThrow(), user);
    }

    private OpinionRow forStreet(long id, CurrentUser user) {
        OpinionRow row = visible(id, user);
        access.requireStreet(user, row.streetId());
        return row;
    }

    /** Takes a step of the transition table with the version check and records it in the history. */
    private void step(
            OpinionRow row,
            long version,
            OpinionAction action,
            OpinionTier tier,
            String category,
            String actor,
            String note) {
        OpinionState to = action.from(row.state());
        if (!repo.move(row.id(), version, to, tier, category)) {
            throw new ConflictException("outreach.error.stale", "opinion changed meanwhile");
        }
        repo.event(row.id(), actor, action.name(), row.state(), to, note);
    }

    /** A step taken by the system (the engine or the suggestion module), without the version check. */
    void systemStep(OpinionRow row, OpinionAction action, String actor, String note) {
        OpinionState to = action.from(row.state());
        repo.move(row.id(), row.version(), to, null, null);
        repo.event(row.id(), actor, action.name(), row.state(), to, note);
    }

    private static String category(String category) {
        String c = Text.clean(category);
        if (c == null || c.length() > 50) {
            throw new InvalidInputException("category", "outreach.error.category");
        }
        return c;
    }

    private static String note(String note) {
        String n = Text.clean(note);
        if (n != null && (n.length() > 1000 || Text.hasControl(note))) {
            throw new InvalidInputException("note", "outreach.error.note");
        }
        return n;
    }

    private static String required(String reason) {
        String r = note(reason);
        if (r == null) {
            throw new InvalidInputException("reason", "outreach.error.reason");
        }
        return r;
    }

    // ---- public side ----------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public Optional<PublicOpinionView> track(String code) {
        return repo.findByCode(TrackingCodes.normalize(code)).map(this::publicView);
    }

    @Override
    @Transactional
    public PublicOpinionView evaluate(String code, Evaluation evaluation, String comment) {
        OpinionRow row = repo.findByCode(TrackingCodes.normalize(code))
                .orElseThrow(() -> new NotFoundException("opinion", code));
        recordEvaluation(row, row.version(), evaluation, comment, "");
        return publicView(repo.find(row.id()).orElseThrow());
    }

    @Override
    @Transactional
    public OpinionView evaluateForVoter(long id, long version, Evaluation evaluation, String comment) {
        CurrentUser user = access.user();
        OpinionRow row = visible(id, user);
        if (!receivedBy(row, user)) {
            throw new org.springframework.security.access.AccessDeniedException("not the receiving deputy");
        }
        recordEvaluation(row, version, evaluation, comment, user.displayName());
        return view(repo.find(id).orElseThrow(), user);
    }

    private static boolean receivedBy(OpinionRow row, CurrentUser user) {
        return user.hasAny(Role.DEPUTY)
                && user.personId() != null
                && user.personId().equals(row.deputyId());
    }

    private void recordEvaluation(OpinionRow row, long version, Evaluation evaluation, String comment, String actor) {
        if (evaluation == null) {
            throw new InvalidInputException("evaluation", "outreach.error.evaluation");
        }
        String c = Text.clean(comment);
        if (c != null && (c.length() > 500 || Text.hasControl(comment))) {
            throw new InvalidInputException("comment", "outreach.error.comment");
        }
        if (row.evaluation() != null || !OpinionAction.EVALUATE.allowedFrom(row.state())) {
            throw new ConflictException("outreach.error.notEvaluable", "opinion cannot be evaluated now");
        }
        OpinionState to = OpinionAction.EVALUATE.from(row.state());
        if (!repo.move(row.id(), version, to, null, null)) {
            throw new ConflictException("outreach.error.stale", "opinion changed meanwhile");
        }
        repo.evaluate(row.id(), evaluation.name(), c);
        repo.event(row.id(), actor, OpinionAction.EVALUATE.name(), row.state(), to, evaluation.name());
    }

    @Override
    @Transactional(readOnly = true)
    public Page<PublishedReply> published(PageRequest page) {
        List<PublishedReply> items = repo.published(page).stream()
                .map(r -> new PublishedReply(
                        r.id(),
                        r.title(),
                        r.category(),
                        access.streetName(r.streetId()),
                        r.tier(),
                        r.reply(),
                        r.repliedAt()))
                .toList();
        return Page.of(items, page, repo.countPublished());
    }

    private PublicOpinionView publicView(OpinionRow r) {
        List<PublicOpinionView.Step> steps = repo.history(r.id()).stream()
                .map(e -> new PublicOpinionView.Step(e.action(), e.toState(), e.at()))
                .toList();
        return new PublicOpinionView(
                r.code(),
                r.title(),
                r.content(),
                r.state(),
                r.tier(),
                access.streetName(r.streetId()),
                r.receivedAt(),
                r.reply(),
                r.repliedAt(),
                evaluation(r.evaluation()),
                r.evaluation() == null && OpinionAction.EVALUATE.allowedFrom(r.state()),
                steps);
    }

    // ---- views ----------------------------------------------------------------------------------

    private OpinionSummary summary(OpinionRow r) {
        return new OpinionSummary(
                r.id(),
                r.code(),
                r.title(),
                r.channel(),
                r.state(),
                r.tier(),
                r.category(),
                access.streetName(r.streetId()),
                r.deputyName(),
                r.receivedAt());
    }

    private OpinionView view(OpinionRow r, CurrentUser user) {
        boolean street = access.handlesStreet(user, r.streetId());
        List<OpinionAction> actions = Arrays.stream(OpinionAction.values())
                .filter(a -> a.allowedFrom(r.state()))
                .filter(a -> switch (a) {
                    case HANDLE_AT_STREET, ESCALATE, ANSWER, REOPEN, DISMISS -> street;
                    case TAKE_UP -> user.hasAny(Role.DEPUTY);
                    case EVALUATE -> receivedBy(r, user) && r.evaluation() == null;
                    default -> false;
                })
                .toList();
        return new OpinionView(
                r.id(),
                r.code(),
                r.channel(),
                r.state(),
                r.tier(),
                r.category(),
                r.title(),
                r.content(),
                r.streetId(),
                access.streetName(r.streetId()),
                r.stationId(),
                r.stationName(),
                r.deputyId(),
                r.deputyName(),
                r.activityId(),
                r.citizenNameMasked(),
                r.citizenPhoneMasked(),
                r.caseId(),
                r.suggestionId(),
                r.reply(),
                r.repliedAt(),
                r.replyPublished(),
                evaluation(r.evaluation()),
                r.evaluationComment(),
                r.receivedAt(),
                r.version(),
                actions,
                repo.history(r.id()));
    }

    private static Evaluation evaluation(String s) {
        return s == null ? null : Evaluation.valueOf(s);
    }

    /** Counts by state over the whole congress (for the committee's overview). */
    Map<OpinionState, Long> allCounts() {
        Map<OpinionState, Long> out = new EnumMap<>(OpinionState.class);
        out.putAll(repo.counts(null, null));
        return out;
    }
}
