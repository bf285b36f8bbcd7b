package cn.renda.outreach.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.core.TenantContext;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.BodyDirectory;
import cn.renda.organization.DeputyView;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.GroupView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.outreach.ActivityFilter;
import cn.renda.outreach.ActivityRecorded;
import cn.renda.outreach.ActivityView;
import cn.renda.outreach.DutyView;
import cn.renda.outreach.NewActivity;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.OutreachActivities;
import cn.renda.outreach.TrainingKind;
import cn.renda.outreach.TrainingView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Activities (and the opinions met at them), station duty and training. */
@Service
class ActivityService implements OutreachActivities {

    private final ActivityRepository repo;
    private final ThemeRepository themes;
    private final VoterOpinionService opinions;
    private final OutreachAccess access;
    private final BodyDirectory bodies;
    private final PersonRegistry people;
    private final GroupRegistry groups;
    private final StationRegistry stations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ActivityService(
            ActivityRepository repo,
            ThemeRepository themes,
            VoterOpinionService opinions,
            OutreachAccess access,
            BodyDirectory bodies,
            PersonRegistry people,
            GroupRegistry groups,
            StationRegistry stations,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.themes = themes;
        this.opinions = opinions;
        this.access = access;
        this.bodies = bodies;
        this.people = people;
        this.groups = groups;
        this.stations = stations;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ActivityView record(NewActivity a) {
        CurrentUser user = access.user();
        return get(insert(a, user));
    }

    @Override
    @Transactional
    public ActivityView record(NewActivity a, NewOpinion opinion) {
        CurrentUser user = access.user();
        long id = insert(a, user);
        if (opinion != null) {
            ActivityRepository.ActivityRow row = repo.find(id).orElseThrow();
            NewOpinion atActivity = new NewOpinion(
                    opinion.channel(),
                    opinion.title(),
                    opinion.content(),
                    opinion.category(),
                    row.streetId(),
                    row.stationId(),
                    user.hasAny(Role.DEPUTY) ? user.personId() : opinion.deputyId(),
                    id,
                    opinion.citizenName(),
                    opinion.citizenPhone());
            opinions.insert(atActivity, user.displayName(), null);
        }
        return get(id);
    }

    private long insert(NewActivity a, CurrentUser user) {
        access.requireAny(user, Role.DEPUTY, Role.STREET, Role.STAFF, Role.ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        Long streetId = a.streetId();
        List<Long> deputyIds = new ArrayList<>(a.deputyIds());
        if (user.hasAny(Role.DEPUTY) && user.personId() != null && !access.office(user)) {
            DeputyView me = people.findDeputy(user.personId()).orElse(null);
            if (streetId == null && me != null) {
                streetId = me.streetId();
            }
            if (!deputyIds.contains(user.personId())) {
                deputyIds.add(0, user.personId());
            }
        } else if (streetId != null) {
            access.requireStreet(user, streetId);
        } else {
            streetId = access.streetOf(user).orElse(null);
        }
        String title = Text.clean(a.title());
        if (title == null || title.length() > 100 || Text.hasControl(a.title())) {
            problems.add(new FieldProblem("title", "outreach.error.title", 100));
        }
        LocalDate today = LocalDate.now(clock);
        if (a.heldOn() == null || a.heldOn().isAfter(today) || a.heldOn().isBefore(today.minusYears(5))) {
            problems.add(new FieldProblem("heldOn", "outreach.error.heldOn"));
        }
        String place = Text.clean(a.place());
        if (place != null && (place.length() > 200 || Text.hasControl(a.place()))) {
            problems.add(new FieldProblem("place", "outreach.error.place"));
        }
        String summary = Text.clean(a.summary());
        if (summary != null && (summary.length() > 4000 || Text.hasControl(a.summary()))) {
            problems.add(new FieldProblem("summary", "outreach.error.summary"));
        }
        if (a.votersMet() < 0 || a.votersMet() > 100_000) {
            problems.add(new FieldProblem("votersMet", "outreach.error.votersMet"));
        }
        if (a.themeId() != null && themes.find(a.themeId()).isEmpty()) {
            problems.add(new FieldProblem("themeId", "outreach.error.theme"));
        }
        Map<Long, String> streets = bodies.streetNames();
        if (streetId == null || !streets.containsKey(streetId)) {
            problems.add(new FieldProblem("streetId", "outreach.error.street"));
        }
        List<Long> coStreets = new ArrayList<>(new LinkedHashSet<>(a.coStreetIds()));
        coStreets.remove(streetId);
        if (!streets.keySet().containsAll(coStreets)) {
            problems.add(new FieldProblem("coStreetIds", "outreach.error.street"));
        }
        if (a.groupId() != null
                && groups.find(a.groupId()).filter(GroupView::active).isEmpty()) {
            problems.add(new FieldProblem("groupId", "outreach.error.group"));
        }
        if (a.stationId() != null
                && stations.find(a.stationId()).filter(StationView::active).isEmpty()) {
            problems.add(new FieldProblem("stationId", "outreach.error.station"));
        }
        List<String> names = new ArrayList<>();
        for (Long d : new LinkedHashSet<>(deputyIds)) {
            people.findDeputy(d)
                    .ifPresentOrElse(
                            v -> names.add(v.name()),
                            () -> problems.add(new FieldProblem("deputyIds", "outreach.error.deputy")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Long> uniqueDeputies = new ArrayList<>(new LinkedHashSet<>(deputyIds));
        long id = repo.insert(new ActivityRepository.Insert(
                title,
                a.heldOn(),
                place == null ? "" : place,
                a.themeId(),
                streetId,
                coStreets,
                a.groupId(),
                a.stationId(),
                uniqueDeputies,
                names,
                a.votersMet(),
                summary == null ? "" : summary,
                user.id()));
        events.publishEvent(
                new ActivityRecorded(TenantContext.require(), id, streetId, uniqueDeputies, a.heldOn(), a.votersMet()));
        return id;
    }

    /** Demo data: an activity without a signed-in user's checks (the loader records for every street). */
    long importActivity(ActivityRepository.Insert insert) {
        return repo.insert(insert);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ActivityView> list(ActivityFilter filter, PageRequest page) {
        ActivityFilter f = filter == null ? ActivityFilter.all() : filter;
        Names names = new Names();
        return Page.of(repo.page(f, page).stream().map(r -> view(r, names)).toList(), page, repo.count(f));
    }

    @Override
    @Transactional(readOnly = true)
    public ActivityView get(long id) {
        return repo.find(id).map(r -> view(r, new Names())).orElseThrow(() -> new NotFoundException("activity", id));
    }

    @Override
    @Transactional
    public DutyView scheduleDuty(long stationId, LocalDate day, List<Long> deputyIds) {
        CurrentUser user = access.user();
        StationView station = stations.find(stationId)
                .filter(StationView::active)
                .orElseThrow(() -> new InvalidInputException("stationId", "outreach.error.station"));
        access.requireStreet(user, station.streetId());
        if (day == null || day.isBefore(LocalDate.now(clock).minusYears(1))) {
            throw new InvalidInputException("dutyOn", "outreach.error.dutyOn");
        }
        if (repo.dutyExists(stationId, day)) {
            throw new InvalidInputException("dutyOn", "outreach.error.dutyTaken");
        }
        List<String> names = new ArrayList<>();
        for (Long d : deputyIds == null ? List.<Long>of() : deputyIds) {
            names.add(people.findDeputy(d)
                    .map(DeputyView::name)
                    .orElseThrow(() -> new InvalidInputException("deputyIds", "outreach.error.deputy")));
        }
        long id = repo.insertDuty(
                stationId, station.name(), station.streetId(), day, deputyIds == null ? List.of() : deputyIds, names);
        return repo.duty(id).orElseThrow();
    }

    /** Demo data: a reception day without the signed-in user's checks. */
    long importDuty(StationView station, LocalDate day, List<Long> ids, List<String> names, Integer voters) {
        long id = repo.insertDuty(station.id(), station.name(), station.streetId(), day, ids, names);
        if (voters != null) {
            repo.recordReception(id, voters, "");
        }
        return id;
    }

    @Override
    @Transactional
    public DutyView recordReception(long dutyId, int votersReceived, String note) {
        CurrentUser user = access.user();
        DutyView duty = repo.duty(dutyId).orElseThrow(() -> new NotFoundException("duty", dutyId));
        access.requireStreet(user, duty.streetId());
        if (votersReceived < 0 || votersReceived > 10_000) {
            throw new InvalidInputException("votersReceived", "outreach.error.votersMet");
        }
        String n = Text.clean(note);
        if (n != null && (n.length() > 1000 || Text.hasControl(note))) {
            throw new InvalidInputException("note", "outreach.error.note");
        }
        repo.recordReception(dutyId, votersReceived, n == null ? "" : n);
        return repo.duty(dutyId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<DutyView> duties(Long stationId, LocalDate from, PageRequest page) {
        LocalDate f = from == null ? LocalDate.now(clock) : from;
        return Page.of(repo.duties(stationId, f, page), page, repo.countDuties(stationId, f));
    }

    @Override
    @Transactional
    public TrainingView addTraining(TrainingKind kind, String title, LocalDate heldOn, String place, int attendees) {
        CurrentUser user = access.user();
        access.requireAny(user, Role.STAFF, Role.ADMIN);
        List<FieldProblem> problems = new ArrayList<>();
        String t = Text.clean(title);
        if (kind == null) {
            problems.add(new FieldProblem("kind", "outreach.error.kind"));
        }
        if (t == null || t.length() > 100 || Text.hasControl(title)) {
            problems.add(new FieldProblem("title", "outreach.error.title", 100));
        }
        if (heldOn == null) {
            problems.add(new FieldProblem("heldOn", "outreach.error.heldOn"));
        }
        String p = Text.clean(place);
        if (p != null && (p.length() > 200 || Text.hasControl(place))) {
            problems.add(new FieldProblem("place", "outreach.error.place"));
        }
        if (attendees < 0 || attendees > 10_000) {
            problems.add(new FieldProblem("attendees", "outreach.error.attendees"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        long id = repo.insertTraining(kind, t, heldOn, p == null ? "" : p, attendees);
        return repo.trainings(new PageRequest(0, PageRequest.MAX_SIZE, null, false)).stream()
                .filter(v -> v.id() == id)
                .findFirst()
                .orElseThrow();
    }

    /** Demo data: a training without the signed-in user. */
    long importTraining(TrainingKind kind, String title, LocalDate heldOn, String place, int attendees) {
        return repo.insertTraining(kind, title, heldOn, place, attendees);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<TrainingView> trainings(PageRequest page) {
        return Page.of(repo.trainings(page), page, repo.countTrainings());
    }

    /** Names of streets, groups and stations, loaded once per call. */
    private final class Names {
        private final Map<Long, String> streets = bodies.streetNames();
        private Map<Long, String> groupNames;
        private Map<Long, String> stationNames;

        String street(Long id) {
            return id == null ? null : streets.get(id);
        }

        String group(Long id) {
            if (id == null) {
                return null;
            }
            if (groupNames == null) {
                groupNames = groups.activeNames();
            }
            return groupNames.get(id);
        }

        String station(Long id) {
            if (id == null) {
                return null;
            }
            if (stationNames == null) {
                stationNames = stations.activeNames();
            }
            return stationNames.get(id);
        }
    }

    private static ActivityView view(ActivityRepository.ActivityRow r, Names names) {
        return new ActivityView(
                r.id(),
                r.title(),
                r.heldOn(),
                r.place(),
                r.themeId(),
                r.themeTitle(),
                r.streetId(),
                names.street(r.streetId()),
                r.coStreetIds().stream().map(names::street).toList(),
                r.groupId(),
                names.group(r.groupId()),
                r.stationId(),
                names.station(r.stationId()),
                r.deputyNames(),
                r.votersMet(),
                r.summary(),
                r.opinions());
    }
}
