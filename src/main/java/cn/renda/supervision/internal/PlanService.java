package cn.renda.supervision.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.supervision.MeetingDirectory;
import cn.renda.supervision.MeetingDirectory.AgendaRef;
import cn.renda.supervision.MeetingDirectory.MeetingRef;
import cn.renda.supervision.PlanPhase;
import cn.renda.supervision.SupervisionPlanFacade;
import cn.renda.supervision.internal.PlanRepository.ItemRow;
import cn.renda.supervision.internal.PlanRepository.PlanRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The annual supervision plan: items, adoption by a directors' meeting, publication, phases. */
@Service
@Transactional(readOnly = true)
class PlanService implements SupervisionPlanFacade {

    private final PlanRepository plans;
    private final MeetingDirectory meetings;
    private final SupervisionNames names;

    PlanService(PlanRepository plans, MeetingDirectory meetings, SupervisionNames names) {
        this.plans = plans;
        this.meetings = meetings;
        this.names = names;
    }

    @Override
    @Transactional
    public long create(NewPlan plan) {
        List<FieldProblem> problems = new ArrayList<>();
        if (plan.year() < 2000 || plan.year() > 2100) {
            problems.add(new FieldProblem("year", "supervision.work.error.year"));
        }
        String title = Texts.required(problems, "title", plan.title(), 200);
        Texts.throwIfAny(problems);
        if (plans.yearTaken(plan.year())) {
            throw new InvalidInputException("year", "supervision.plan.error.yearTaken", plan.year());
        }
        return plans.insert(plan.year(), title);
    }

    @Override
    @Transactional
    public long addItem(long planId, NewPlanItem item) {
        PlanRow plan = row(planId);
        if (plan.published()) {
            throw new ConflictException("supervision.plan.error.published", "plan published");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Texts.required(problems, "form", item.form());
        String title = Texts.required(problems, "title", item.title(), 200);
        LocalDate starts = Texts.date(problems, "startsOn", item.startsOn());
        LocalDate ends = Texts.date(problems, "endsOn", item.endsOn());
        if (starts != null && ends != null && ends.isBefore(starts)) {
            problems.add(new FieldProblem("endsOn", "supervision.work.error.endsOn"));
        }
        if (starts != null && starts.getYear() != plan.year()) {
            problems.add(new FieldProblem("startsOn", "supervision.plan.error.otherYear", plan.year()));
        }
        Long heardMeeting = null;
        if (item.heardItemId() != null) {
            Optional<AgendaRef> heard = meetings.agendaItem(item.heardItemId());
            if (heard.isEmpty()) {
                problems.add(new FieldProblem("heardItemId", "supervision.work.error.agendaItem"));
            } else {
                heardMeeting = heard.get().meetingId();
            }
        }
        Texts.throwIfAny(problems);
        names.requireCommittee("leadCommitteeId", item.leadCommitteeId());
        if (item.leaderPersonId() != null) {
            names.requirePeople("leaderPersonId", List.of(item.leaderPersonId()));
        }
        names.requirePeople("participantIds", item.participantIds());
        return plans.insertItem(planId, item, title, heardMeeting);
    }

    @Override
    @Transactional
    public PlanView adopt(long planId, long directorsMeetingId, LocalDate adoptedOn) {
        row(planId);
        MeetingRef meeting = meetings.meeting(directorsMeetingId)
                .filter(m -> m.kind() == MeetingDirectory.Kind.DIRECTORS_MEETING)
                .orElseThrow(() -> new InvalidInputException("meetingId", "supervision.plan.error.directorsMeeting"));
        plans.adopt(planId, meeting.id(), adoptedOn == null ? meeting.date() : adoptedOn);
        return get(planId);
    }

    @Override
    @Transactional
    public PlanView publish(long planId) {
        PlanRow plan = row(planId);
        if (plan.adoptedMeetingId() == null) {
            throw new ConflictException("supervision.plan.error.notAdopted", "plan not adopted");
        }
        plans.publish(planId);
        return get(planId);
    }

    @Override
    @Transactional
    public PlanItemView moveItem(long itemId, PlanPhase target) {
        ItemRow item = plans.item(itemId).orElseThrow(() -> new NotFoundException("planItem", itemId));
        if (target == null) {
            throw new InvalidInputException("phase", "supervision.work.error.required");
        }
        item.phase().requireMoveTo(target);
        if (!plans.setPhase(itemId, item.phase(), target)) {
            throw new ConflictException("supervision.work.error.concurrent", "plan item changed meanwhile");
        }
        return view(plans.item(itemId).orElseThrow());
    }

    @Override
    public PlanView get(long planId) {
        return view(row(planId));
    }

    @Override
    public Optional<PlanView> ofYear(int year) {
        return plans.ofYear(year).map(this::view);
    }

    @Override
    public Page<PlanSummary> plans(String q, PageRequest page) {
        String text = q == null ? "" : q.strip();
        return Page.of(plans.page(text, page), page, plans.count(text));
    }

    @Override
    public long itemsDueBy(LocalDate date) {
        return plans.itemsDueBy(date);
    }

    @Override
    public Optional<PlanView> published(int year) {
        return plans.ofYear(year).filter(PlanRow::published).map(this::view);
    }

    private PlanRow row(long id) {
        return plans.find(id).orElseThrow(() -> new NotFoundException("plan", id));
    }

    private PlanView view(PlanRow p) {
        return new PlanView(
                p.id(),
                p.year(),
                p.title(),
                p.adoptedMeetingId() == null
                        ? null
                        : meetings.meeting(p.adoptedMeetingId()).orElse(null),
                p.adoptedOn(),
                p.published(),
                plans.items(p.id()).stream().map(this::view).toList());
    }

    private PlanItemView view(ItemRow r) {
        return new PlanItemView(
                r.id(),
                r.planId(),
                r.form(),
                r.title(),
                r.leadCommitteeId(),
                names.committee(r.leadCommitteeId()),
                r.leaderPersonId(),
                names.person(r.leaderPersonId()),
                r.participantIds(),
                names.people(r.participantIds()),
                r.startsOn(),
                r.endsOn(),
                r.heardItemId() == null
                        ? null
                        : meetings.agendaItem(r.heardItemId()).orElse(null),
                r.phase(),
                plans.records(r.id()));
    }
}
