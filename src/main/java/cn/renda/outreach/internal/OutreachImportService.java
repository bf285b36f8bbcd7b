package cn.renda.outreach.internal;

import cn.renda.core.InvalidInputException;
import cn.renda.identity.Role;
import cn.renda.organization.DeputyView;
import cn.renda.organization.GroupRegistry;
import cn.renda.organization.GroupView;
import cn.renda.organization.PersonRegistry;
import cn.renda.organization.StationRegistry;
import cn.renda.organization.StationView;
import cn.renda.outreach.NewActivity;
import cn.renda.outreach.NewOpinion;
import cn.renda.outreach.NewTheme;
import cn.renda.outreach.OutreachImport;
import cn.renda.outreach.TrainingKind;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Back-dated intake of outreach records by the office (checks kept light: the office vouches for the data). */
@Service
class OutreachImportService implements OutreachImport {

    private final OutreachAccess access;
    private final ThemeService themes;
    private final ActivityService activities;
    private final VoterOpinionService opinions;
    private final GroupRegistry groups;
    private final StationRegistry stations;
    private final PersonRegistry people;
    private final RosterService rosters;

    OutreachImportService(
            OutreachAccess access,
            ThemeService themes,
            ActivityService activities,
            VoterOpinionService opinions,
            GroupRegistry groups,
            StationRegistry stations,
            PersonRegistry people,
            RosterService rosters) {
        this.access = access;
        this.themes = themes;
        this.activities = activities;
        this.opinions = opinions;
        this.groups = groups;
        this.stations = stations;
        this.people = people;
        this.rosters = rosters;
    }

    private void office() {
        access.requireAny(access.user(), Role.STAFF, Role.ADMIN);
    }

    @Override
    @Transactional
    public long theme(NewTheme theme) {
        office();
        return themes.importTheme(theme);
    }

    @Override
    @Transactional
    public long order(long themeId, long groupId, int plannedActivities, String plan) {
        office();
        GroupView group =
                groups.find(groupId).orElseThrow(() -> new InvalidInputException("groupId", "outreach.error.group"));
        return themes.importOrder(themeId, group, plannedActivities, plan == null ? "" : plan);
    }

    @Override
    @Transactional
    public long activity(NewActivity a) {
        office();
        List<String> names = new ArrayList<>();
        for (Long d : a.deputyIds()) {
            names.add(people.findDeputy(d).map(DeputyView::name).orElse(""));
        }
        return activities.importActivity(new ActivityRepository.Insert(
                a.title(),
                a.heldOn(),
                a.place() == null ? "" : a.place(),
                a.themeId(),
                a.streetId(),
                a.coStreetIds(),
                a.groupId(),
                a.stationId(),
                a.deputyIds(),
                names,
                a.votersMet(),
                a.summary() == null ? "" : a.summary(),
                access.user().id()));
    }

    @Override
    @Transactional
    public long duty(long stationId, LocalDate day, List<Long> deputyIds, Integer votersReceived) {
        office();
        StationView station = stations.get(stationId);
        List<String> names = new ArrayList<>();
        for (Long d : deputyIds) {
            names.add(people.findDeputy(d).map(DeputyView::name).orElse(""));
        }
        return activities.importDuty(station, day, deputyIds, names, votersReceived);
    }

    @Override
    @Transactional
    public long training(TrainingKind kind, String title, LocalDate heldOn, String place, int attendees) {
        office();
        return activities.importTraining(kind, title, heldOn, place, attendees);
    }

    @Override
    @Transactional
    public void attendance(long trainingId, List<Long> deputyIds) {
        office();
        rosters.importAttendance(trainingId, deputyIds);
    }

    @Override
    @Transactional
    public long opinion(NewOpinion opinion, OffsetDateTime receivedAt) {
        office();
        return opinions.insert(opinion, "", receivedAt).id();
    }
}
