package cn.renda.supervision.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.SourceType;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.EnforcementFacade;
import cn.renda.supervision.EnforcementMode;
import cn.renda.supervision.EnforcementStatus;
import cn.renda.supervision.InspectionFacade.FindingView;
import cn.renda.supervision.InspectionFacade.NewFinding;
import cn.renda.supervision.InspectionFacade.NewVisit;
import cn.renda.supervision.MeetingDirectory;
import cn.renda.supervision.MeetingDirectory.AgendaRef;
import cn.renda.supervision.internal.EnforcementRepository.EnforcementRow;
import cn.renda.supervision.internal.FieldworkRepository.Owner;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Law-enforcement inspections: from team and scope to the heard report, opinions as cases and published results. */
@Service
@Transactional(readOnly = true)
class EnforcementService implements EnforcementFacade {

    /** The agenda item type under which SC meetings hear law-enforcement inspection reports. */
    private static final String REPORT_ITEM = "LAW_ENFORCEMENT_INSPECTION_REPORT";

    private final EnforcementRepository enforcements;
    private final FieldworkRepository fieldwork;
    private final PlanRepository plans;
    private final MeetingDirectory meetings;
    private final SupervisionCases cases;
    private final SupervisionNames names;

    EnforcementService(
            EnforcementRepository enforcements,
            FieldworkRepository fieldwork,
            PlanRepository plans,
            MeetingDirectory meetings,
            SupervisionCases cases,
            SupervisionNames names) {
        this.enforcements = enforcements;
        this.fieldwork = fieldwork;
        this.plans = plans;
        this.meetings = meetings;
        this.cases = cases;
        this.names = names;
    }

    @Override
    @Transactional
    public long create(NewEnforcement c) {
        List<FieldProblem> problems = new ArrayList<>();
        String law = Texts.required(problems, "law", c.law(), 200);
        Texts.required(problems, "mode", c.mode());
        String reference = Texts.optional(problems, "cityReference", c.cityReference(), 200);
        if (c.mode() == EnforcementMode.CITY_JOINT && reference == null) {
            problems.add(new FieldProblem("cityReference", "supervision.enforcement.error.cityReference"));
        }
        String scope = Texts.optional(problems, "scope", c.scope(), 4000);
        Texts.date(problems, "startsOn", c.startsOn());
        if (c.planItemId() != null && !plans.itemExists(c.planItemId())) {
            problems.add(new FieldProblem("planItemId", "supervision.work.error.planItem"));
        }
        if (c.followUpOf() != null) {
            Optional<EnforcementRow> original = enforcements.find(c.followUpOf());
            if (original.isEmpty()) {
                problems.add(new FieldProblem("followUpOf", "supervision.enforcement.error.followUpOf"));
            } else if (original.get().status() == EnforcementStatus.UNDER_WAY
                    || original.get().status() == EnforcementStatus.REPORTED) {
                problems.add(new FieldProblem("followUpOf", "supervision.enforcement.error.followUpNotHeard"));
            }
        }
        Texts.throwIfAny(problems);
        if (c.leaderPersonId() != null) {
            names.requirePeople("leaderPersonId", List.of(c.leaderPersonId()));
        }
        names.requirePeople("teamIds", c.teamIds());
        return enforcements.insert(c, law, c.mode() == EnforcementMode.CITY_JOINT ? reference : null, scope);
    }

    @Override
    public EnforcementView get(long id) {
        EnforcementRow r = row(id);
        return new EnforcementView(
                r.id(),
                r.law(),
                r.mode(),
                r.cityReference(),
                r.scope(),
                r.leaderPersonId(),
                names.person(r.leaderPersonId()),
                names.people(r.teamIds()),
                r.startsOn(),
                r.planItemId(),
                r.followUpOf(),
                enforcements.followUps(id),
                r.report(),
                r.heardItemId() == null
                        ? null
                        : meetings.agendaItem(r.heardItemId()).orElse(null),
                r.status(),
                fieldwork.visits(Owner.ENFORCEMENT, id),
                enforcements.questionnaires(id),
                fieldwork.findings(Owner.ENFORCEMENT, id));
    }

    @Override
    public Page<EnforcementSummary> list(EnforcementMode mode, Integer year, PageRequest page) {
        return Page.of(enforcements.page(mode, year, page), page, enforcements.count(mode, year));
    }

    @Override
    @Transactional
    public long addVisit(long enforcementId, NewVisit visit) {
        open(enforcementId);
        return InspectionService.insertVisit(fieldwork, Owner.ENFORCEMENT, enforcementId, visit);
    }

    @Override
    @Transactional
    public long addQuestionnaire(long enforcementId, NewQuestionnaire q) {
        open(enforcementId);
        List<FieldProblem> problems = new ArrayList<>();
        String title = Texts.required(problems, "title", q.title(), 200);
        String summary = Texts.optional(problems, "summary", q.summary(), 10000);
        if (q.distributed() < 0 || q.distributed() > 1_000_000) {
            problems.add(new FieldProblem("distributed", "supervision.work.error.count"));
        }
        if (q.returned() < 0 || q.returned() > q.distributed()) {
            problems.add(new FieldProblem("returned", "supervision.enforcement.error.returned"));
        }
        Texts.throwIfAny(problems);
        return enforcements.insertQuestionnaire(enforcementId, title, q, summary);
    }

    @Override
    @Transactional
    public FindingView addFinding(long enforcementId, NewFinding finding) {
        EnforcementRow r = row(enforcementId);
        if (r.status() == EnforcementStatus.PUBLISHED) {
            throw new ConflictException("supervision.enforcement.error.published", "results published");
        }
        return InspectionService.issueFinding(
                fieldwork,
                cases,
                Owner.ENFORCEMENT,
                enforcementId,
                finding,
                DocumentType.SUPERVISION,
                SourceType.LAW_ENFORCEMENT_INSPECTION,
                "关于" + r.law() + "执法检查的监督意见",
                "执法检查:" + r.law());
    }

    @Override
    @Transactional
    public EnforcementView report(long enforcementId, EnforcementReport report) {
        EnforcementRow r = row(enforcementId);
        List<FieldProblem> problems = new ArrayList<>();
        String assessment = Texts.required(problems, "assessment", report.assessment(), 50000);
        String found = Texts.required(problems, "problems", report.problems(), 50000);
        String suggestions = Texts.required(problems, "suggestions", report.suggestions(), 50000);
        String amendments = Texts.optional(problems, "lawAmendments", report.lawAmendments(), 50000);
        Texts.date(problems, "reportedOn", report.reportedOn());
        if (report.reportedOn() != null
                && r.startsOn() != null
                && report.reportedOn().isBefore(r.startsOn())) {
            problems.add(new FieldProblem("reportedOn", "supervision.enforcement.error.reportedBeforeStart"));
        }
        Texts.throwIfAny(problems);
        r.status().requireMoveTo(EnforcementStatus.REPORTED);
        if (!enforcements.report(
                enforcementId,
                new EnforcementReport(assessment, found, suggestions, amendments, report.reportedOn()))) {
            throw new ConflictException("supervision.work.error.concurrent", "inspection changed meanwhile");
        }
        return get(enforcementId);
    }

    @Override
    @Transactional
    public EnforcementView heard(long enforcementId, long agendaItemId) {
        EnforcementRow r = row(enforcementId);
        AgendaRef item = meetings.agendaItem(agendaItemId)
                .filter(a -> REPORT_ITEM.equals(a.type()))
                .orElseThrow(
                        () -> new InvalidInputException("agendaItemId", "supervision.enforcement.error.agendaItem"));
        r.status().requireMoveTo(EnforcementStatus.HEARD);
        if (!enforcements.heard(enforcementId, item.meetingId(), item.id())) {
            throw new ConflictException("supervision.work.error.concurrent", "inspection changed meanwhile");
        }
        return get(enforcementId);
    }

    @Override
    @Transactional
    public EnforcementView publish(long enforcementId) {
        EnforcementRow r = row(enforcementId);
        r.status().requireMoveTo(EnforcementStatus.PUBLISHED);
        if (!enforcements.publish(enforcementId)) {
            throw new ConflictException("supervision.work.error.concurrent", "inspection changed meanwhile");
        }
        return get(enforcementId);
    }

    @Override
    public Optional<EnforcementView> published(long id) {
        return enforcements
                .find(id)
                .filter(r -> r.status() == EnforcementStatus.PUBLISHED)
                .map(r -> get(id));
    }

    private EnforcementRow open(long id) {
        EnforcementRow r = row(id);
        if (r.status() != EnforcementStatus.UNDER_WAY) {
            throw new ConflictException("supervision.enforcement.error.notUnderWay", "inspection reported already");
        }
        return r;
    }

    private EnforcementRow row(long id) {
        return enforcements.find(id).orElseThrow(() -> new NotFoundException("lawEnforcementInspection", id));
    }
}
