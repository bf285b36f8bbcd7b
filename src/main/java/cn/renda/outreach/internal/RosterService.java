package cn.renda.outreach.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.outreach.CongressFigures;
import cn.renda.outreach.DeputyFigures;
import cn.renda.outreach.DeputyRecord;
import cn.renda.outreach.DutyView;
import cn.renda.outreach.OutreachFigures;
import cn.renda.outreach.OutreachRosters;
import cn.renda.outreach.TrainingDetail;
import cn.renda.outreach.TrainingDetail.Attendee;
import cn.renda.outreach.TrainingKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Duty rosters and training attendance by person, and the per-deputy figures built from them. */
@Service
class RosterService implements OutreachRosters, OutreachFigures {

    /** More deputies than any reception day or training has. */
    private static final int MAX_PEOPLE = 500;

    private final RosterRepository repo;
    private final ActivityRepository activities;
    private final OutreachAccess access;
    private final PersonRegistry people;
    private final ActivityService trainings;

    RosterService(
            RosterRepository repo,
            ActivityRepository activities,
            OutreachAccess access,
            PersonRegistry people,
            ActivityService trainings) {
        this.repo = repo;
        this.activities = activities;
        this.access = access;
        this.people = people;
        this.trainings = trainings;
    }

    @Override
    @Transactional
    public TrainingDetail addTraining(
            TrainingKind kind, String title, LocalDate heldOn, String place, int attendees, List<Long> deputyIds) {
        long id = trainings.addTraining(kind, title, heldOn, place, attendees).id();
        return deputyIds == null || deputyIds.isEmpty() ? training(id) : setAttendance(id, deputyIds);
    }

    @Override
    @Transactional(readOnly = true)
    public DutyView duty(long dutyId) {
        access.user();
        return activities.duty(dutyId).orElseThrow(() -> new NotFoundException("duty", dutyId));
    }

    @Override
    @Transactional
    public DutyView setOnDuty(long dutyId, List<Long> deputyIds) {
        CurrentUser user = access.user();
        DutyView duty = activities.duty(dutyId).orElseThrow(() -> new NotFoundException("duty", dutyId));
        access.requireStreet(user, duty.streetId());
        List<Attendee> who = deputies(deputyIds, "deputyIds");
        repo.setDutyDeputies(
                dutyId,
                who.stream().map(Attendee::personId).toList(),
                who.stream().map(Attendee::name).toList());
        return activities.duty(dutyId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public TrainingDetail training(long trainingId) {
        access.user();
        RosterRepository.TrainingRow row =
                repo.training(trainingId).orElseThrow(() -> new NotFoundException("training", trainingId));
        Map<Long, String> names = names();
        List<Attendee> who = row.deputyIds().stream()
                .map(id -> new Attendee(id, names.getOrDefault(id, "")))
                .sorted(Comparator.comparing(Attendee::name))
                .toList();
        return new TrainingDetail(row.view(), who);
    }

    @Override
    @Transactional
    public TrainingDetail setAttendance(long trainingId, List<Long> deputyIds) {
        CurrentUser user = access.user();
        access.requireAny(user, Role.STAFF, Role.ADMIN);
        repo.training(trainingId).orElseThrow(() -> new NotFoundException("training", trainingId));
        repo.setAttendance(
                trainingId,
                deputies(deputyIds, "deputyIds").stream()
                        .map(Attendee::personId)
                        .toList());
        return training(trainingId);
    }

    /** Demo data and take-over: attendance without the signed-in user's checks. */
    void importAttendance(long trainingId, List<Long> deputyIds) {
        repo.setAttendance(trainingId, List.copyOf(new LinkedHashSet<>(deputyIds)));
    }

    /** The named deputies, each once, in the order given; an unknown id fails the field. */
    private List<Attendee> deputies(List<Long> ids, String field) {
        List<Long> unique = new ArrayList<>(new LinkedHashSet<>(ids == null ? List.<Long>of() : ids));
        if (unique.size() > MAX_PEOPLE) {
            throw new InvalidInputException(field, "outreach.error.tooMany", MAX_PEOPLE);
        }
        Map<Long, String> names = names();
        List<Attendee> out = new ArrayList<>();
        for (Long id : unique) {
            if (id == null || !names.containsKey(id)) {
                throw new InvalidInputException(field, "outreach.error.deputy");
            }
            out.add(new Attendee(id, names.get(id)));
        }
        return out;
    }

    private Map<Long, String> names() {
        return people.deputyRefs().stream().collect(Collectors.toMap(PersonRef::id, PersonRef::name, (a, b) -> a));
    }

    // ---- figures ----------------------------------------------------------------------------------

    @Override
    @Transactional(readOnly = true)
    public DeputyFigures ofDeputy(long personId, int year) {
        long[] f = repo.figures(year, personId).getOrDefault(personId, new long[RosterRepository.FIGURES]);
        return figures(personId, names().getOrDefault(personId, ""), year, f);
    }

    @Override
    @Transactional(readOnly = true)
    public List<DeputyFigures> perDeputy(int year) {
        Map<Long, String> names = names();
        return repo.figures(year, null).entrySet().stream()
                .map(e -> figures(e.getKey(), names.getOrDefault(e.getKey(), ""), year, e.getValue()))
                .sorted(Comparator.comparing(DeputyFigures::name).thenComparing(DeputyFigures::personId))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public CongressFigures ofCongress(int year) {
        long[] t = repo.totals(year);
        return new CongressFigures(year, t[0], t[1], t[2], t[3], t[4], t[5], t[6]);
    }

    @Override
    @Transactional(readOnly = true)
    public DeputyRecord record(long personId, int year, PageRequest page) {
        DeputyFigures figures = ofDeputy(personId, year);
        Page<DeputyRecord.Entry> acts =
                Page.of(repo.activities(personId, year, page), page, repo.countActivities(personId, year));
        return new DeputyRecord(figures, acts, repo.dutyDays(personId, year), repo.trainings(personId, year));
    }

    private static DeputyFigures figures(long personId, String name, int year, long[] f) {
        return new DeputyFigures(personId, name, year, f[0], f[1], f[2], f[3], f[4], f[5]);
    }
}
