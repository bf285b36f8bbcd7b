package cn.renda.supervision.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.CaseView;
import cn.renda.handling.NewAttachment;
import cn.renda.handling.SourceType;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.FindingOutcome;
import cn.renda.supervision.InspectionFacade;
import cn.renda.supervision.InspectionStatus;
import cn.renda.supervision.MeetingDirectory;
import cn.renda.supervision.PlanPhase;
import cn.renda.supervision.SupervisionFacade;
import cn.renda.supervision.internal.FieldworkRepository.Owner;
import cn.renda.supervision.internal.VisitInspectionRepository.InspectionRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inspections and research visits, research reports with instructions, and surveys. */
@Service
@Transactional(readOnly = true)
class InspectionService implements InspectionFacade {

    private final VisitInspectionRepository inspections;
    private final FieldworkRepository fieldwork;
    private final PlanRepository plans;
    private final MeetingDirectory meetings;
    private final SupervisionCases cases;
    private final SupervisionNames names;

    InspectionService(
            VisitInspectionRepository inspections,
            FieldworkRepository fieldwork,
            PlanRepository plans,
            MeetingDirectory meetings,
            SupervisionCases cases,
            SupervisionNames names) {
        this.inspections = inspections;
        this.fieldwork = fieldwork;
        this.plans = plans;
        this.meetings = meetings;
        this.cases = cases;
        this.names = names;
    }

    @Override
    @Transactional
    public long create(NewInspection c) {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.required(problems, "kind", c.kind());
        String topic = Texts.required(problems, "topic", c.topic(), 200);
        Texts.date(problems, "startsOn", c.startsOn());
        if (c.planItemId() != null && !plans.itemExists(c.planItemId())) {
            problems.add(new FieldProblem("planItemId", "supervision.work.error.planItem"));
        }
        if (c.heardItemId() != null && meetings.agendaItem(c.heardItemId()).isEmpty()) {
            problems.add(new FieldProblem("heardItemId", "supervision.work.error.agendaItem"));
        }
        Texts.throwIfAny(problems);
        if (c.leaderPersonId() != null) {
            names.requirePeople("leaderPersonId", List.of(c.leaderPersonId()));
        }
        names.requirePeople("teamIds", c.teamIds());
        long id = inspections.insert(c, topic);
        // The plan item is under way once its first inspection starts.
        plans.advance(c.planItemId(), PlanPhase.PLANNED, PlanPhase.UNDER_WAY);
        return id;
    }

    @Override
    public InspectionView get(long id) {
        InspectionRow r = row(id);
        return new InspectionView(
                r.id(),
                r.kind(),
                r.topic(),
                r.leaderPersonId(),
                names.person(r.leaderPersonId()),
                names.people(r.teamIds()),
                r.startsOn(),
                r.planItemId(),
                r.heardItemId() == null
                        ? null
                        : meetings.agendaItem(r.heardItemId()).orElse(null),
                r.report(),
                r.reportedOn(),
                r.status(),
                fieldwork.visits(Owner.INSPECTION, id),
                fieldwork.findings(Owner.INSPECTION, id));
    }

    @Override
    public Page<InspectionSummary> list(InspectionFilter filter, PageRequest page) {
        InspectionFilter f = filter == null ? new InspectionFilter(null, null, null) : filter;
        return Page.of(inspections.page(f, page, names.members()), page, inspections.count(f));
    }

    @Override
    @Transactional
    public long addVisit(long inspectionId, NewVisit visit) {
        InspectionRow r = row(inspectionId);
        if (r.status() == InspectionStatus.CLOSED) {
            throw new ConflictException("supervision.inspection.error.closed", "inspection closed");
        }
        return insertVisit(fieldwork, Owner.INSPECTION, inspectionId, visit);
    }

    static long insertVisit(FieldworkRepository fieldwork, Owner owner, long ownerId, NewVisit visit) {
        List<FieldProblem> problems = new ArrayList<>();
        String place = Texts.required(problems, "place", visit.place(), 200);
        Texts.date(problems, "visitedOn", visit.visitedOn());
        String met = Texts.optional(problems, "peopleMet", visit.peopleMet(), 2000);
        String findings = Texts.optional(problems, "findings", visit.findings(), 10000);
        Texts.throwIfAny(problems);
        return fieldwork.insertVisit(owner, ownerId, visit, place, met, findings);
    }

    @Override
    @Transactional
    public long addPhoto(long visitId, NewPhoto photo) {
        if (!fieldwork.visitExists(visitId)) {
            throw new NotFoundException("visit", visitId);
        }
        if (photo == null || photo.content() == null || photo.content().length == 0) {
            throw new InvalidInputException("photo", "supervision.inspection.error.photo");
        }
        NewAttachment checked = cases.checkPhoto(photo.fileName(), photo.contentType(), photo.content());
        if (checked.contentType() == null || !checked.contentType().startsWith("image/")) {
            throw new InvalidInputException("photo", "supervision.inspection.error.photo");
        }
        return fieldwork.insertPhoto(visitId, new NewPhoto(checked.filename(), checked.contentType(), checked.data()));
    }

    @Override
    public NewPhoto photo(long photoId) {
        return fieldwork.photo(photoId).orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    @Override
    @Transactional
    public InspectionView report(long inspectionId, String report, LocalDate reportedOn) {
        InspectionRow r = row(inspectionId);
        List<FieldProblem> problems = new ArrayList<>();
        String text = Texts.required(problems, "report", report, 50000);
        Texts.date(problems, "reportedOn", reportedOn);
        Texts.throwIfAny(problems);
        r.status().requireMoveTo(InspectionStatus.REPORTED);
        if (!inspections.report(inspectionId, text, reportedOn)) {
            throw new ConflictException("supervision.work.error.concurrent", "inspection changed meanwhile");
        }
        return get(inspectionId);
    }

    @Override
    @Transactional
    public FindingView addFinding(long inspectionId, NewFinding finding) {
        InspectionRow r = row(inspectionId);
        if (r.status() == InspectionStatus.CLOSED) {
            throw new ConflictException("supervision.inspection.error.closed", "inspection closed");
        }
        return issueFinding(
                fieldwork,
                cases,
                Owner.INSPECTION,
                inspectionId,
                finding,
                DocumentType.RESEARCH,
                SourceType.INSPECTION,
                "关于" + r.topic() + "的调研意见书",
                "视察调研:" + r.topic());
    }

    /** Validates a finding, issues its case and records the link (shared with law-enforcement inspections). */
    static FindingView issueFinding(
            FieldworkRepository fieldwork,
            SupervisionCases cases,
            Owner owner,
            long ownerId,
            NewFinding f,
            DocumentType documentType,
            SourceType source,
            String opinionTitle,
            String reference) {
        List<FieldProblem> problems = new ArrayList<>();
        String text = Texts.required(problems, "text", f.text(), 2000);
        String article = Texts.optional(problems, "article", f.article(), 100);
        Texts.required(problems, "outcome", f.outcome());
        Texts.date(problems, "foundOn", f.foundOn());
        if (f.units().isEmpty()) {
            problems.add(new FieldProblem("units", "supervision.error.units"));
        }
        if (f.outcome() == FindingOutcome.RECTIFICATION
                && (f.deadlineDays() == null || f.deadlineDays() < 1 || f.deadlineDays() > 366)) {
            problems.add(new FieldProblem("deadlineDays", "supervision.inspection.error.deadlineDays"));
        }
        Texts.throwIfAny(problems);
        String title = article == null ? opinionTitle : opinionTitle + "(" + article + ")";
        CaseView issued = f.outcome() == FindingOutcome.OPINION
                ? cases.issueOpinion(documentType, title, text, f.units(), source, reference, f.foundOn())
                : cases.issueRectification(
                        shorten("限期整改:" + text), text, f.units(), f.deadlineDays(), source, reference, f.foundOn());
        long id = fieldwork.insertFinding(owner, ownerId, article, text, f.outcome(), issued.id(), issued.number());
        return fieldwork.finding(id).orElseThrow();
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }

    @Override
    @Transactional
    public FindingView linkFinding(long inspectionId, String text, long caseId) {
        row(inspectionId);
        List<FieldProblem> problems = new ArrayList<>();
        String t = Texts.required(problems, "text", text, 2000);
        Texts.throwIfAny(problems);
        CaseView c = cases.get(caseId);
        if (!SupervisionFacade.KIND.equals(c.kind()) && !RectificationKind.CODE.equals(c.kind())) {
            throw new InvalidInputException("caseId", "supervision.inspection.error.caseKind");
        }
        if (fieldwork.caseLinked(caseId)) {
            throw new ConflictException("supervision.inspection.error.caseLinked", "case linked already");
        }
        FindingOutcome outcome =
                RectificationKind.CODE.equals(c.kind()) ? FindingOutcome.RECTIFICATION : FindingOutcome.OPINION;
        long id = fieldwork.insertFinding(Owner.INSPECTION, inspectionId, null, t, outcome, c.id(), c.number());
        return fieldwork.finding(id).orElseThrow();
    }

    @Override
    @Transactional
    public InspectionView close(long inspectionId) {
        InspectionRow r = row(inspectionId);
        r.status().requireMoveTo(InspectionStatus.CLOSED);
        if (!inspections.setStatus(inspectionId, r.status(), InspectionStatus.CLOSED)) {
            throw new ConflictException("supervision.work.error.concurrent", "inspection changed meanwhile");
        }
        return get(inspectionId);
    }

    // --- 调研专报 and 批示

    @Override
    @Transactional
    public long addResearchReport(NewResearchReport report) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = Texts.required(problems, "title", report.title(), 200);
        String summary = Texts.optional(problems, "summary", report.summary(), 10000);
        Texts.date(problems, "submittedOn", report.submittedOn());
        if (report.year() < 2000 || report.year() > 2100) {
            problems.add(new FieldProblem("year", "supervision.work.error.year"));
        }
        if (report.issueNo() < 1 || report.issueNo() > 999) {
            problems.add(new FieldProblem("issueNo", "supervision.inspection.error.issueNo"));
        }
        if (report.inspectionId() != null
                && inspections.find(report.inspectionId()).isEmpty()) {
            problems.add(new FieldProblem("inspectionId", "supervision.work.error.inspection"));
        }
        Texts.throwIfAny(problems);
        if (inspections.issueTaken(report.year(), report.issueNo())) {
            throw new InvalidInputException("issueNo", "supervision.inspection.error.issueTaken", report.issueNo());
        }
        return inspections.insertReport(report, title, summary);
    }

    @Override
    @Transactional
    public long addInstruction(long reportId, NewInstruction instruction) {
        if (!inspections.reportExists(reportId)) {
            throw new NotFoundException("researchReport", reportId);
        }
        List<FieldProblem> problems = new ArrayList<>();
        String leader = Texts.required(problems, "leader", instruction.leader(), 100);
        String content = Texts.required(problems, "content", instruction.content(), 4000);
        Texts.date(problems, "instructedOn", instruction.instructedOn());
        Texts.throwIfAny(problems);
        return inspections.insertInstruction(reportId, leader, instruction.instructedOn(), content);
    }

    @Override
    @Transactional
    public InstructionView recordAction(long instructionId, String actionTaken, LocalDate actionOn) {
        InstructionView current = inspections
                .instruction(instructionId)
                .orElseThrow(() -> new NotFoundException("instruction", instructionId));
        List<FieldProblem> problems = new ArrayList<>();
        String action = Texts.required(problems, "actionTaken", actionTaken, 4000);
        Texts.date(problems, "actionOn", actionOn);
        if (actionOn != null && actionOn.isBefore(current.instructedOn())) {
            problems.add(new FieldProblem("actionOn", "supervision.inspection.error.actionBeforeInstruction"));
        }
        Texts.throwIfAny(problems);
        inspections.recordAction(instructionId, action, actionOn);
        return inspections.instruction(instructionId).orElseThrow();
    }

    @Override
    public Page<ResearchReportView> researchReports(WorkQuery query, PageRequest page) {
        return Page.of(inspections.reports(query, page), page, inspections.countReports(query));
    }

    @Override
    public long instructedReports(int year) {
        return inspections.instructedReports(year);
    }

    // --- 社情民意调查

    @Override
    @Transactional
    public long addSurvey(NewSurvey survey) {
        List<FieldProblem> problems = new ArrayList<>();
        String topic = Texts.required(problems, "topic", survey.topic(), 200);
        String method = Texts.optional(problems, "method", survey.method(), 200);
        Texts.date(problems, "startsOn", survey.startsOn());
        Texts.date(problems, "endsOn", survey.endsOn());
        if (survey.startsOn() != null
                && survey.endsOn() != null
                && survey.endsOn().isBefore(survey.startsOn())) {
            problems.add(new FieldProblem("endsOn", "supervision.work.error.endsOn"));
        }
        if (survey.respondents() < 0) {
            problems.add(new FieldProblem("respondents", "supervision.work.error.count"));
        }
        List<String> issues = new ArrayList<>();
        for (String issue : survey.issues()) {
            String t = Texts.required(problems, "issues", issue, 2000);
            if (t != null) {
                issues.add(t);
            }
        }
        if (survey.issues().size() > 200) {
            problems.add(new FieldProblem("issues", "supervision.error.issues"));
        }
        Texts.throwIfAny(problems);
        long id = inspections.insertSurvey(survey, topic, method);
        issues.forEach(i -> inspections.insertSurveyIssue(id, i));
        return id;
    }

    @Override
    public Page<SurveyView> surveys(WorkQuery query, PageRequest page) {
        return Page.of(inspections.surveys(query, page), page, inspections.countSurveys(query));
    }

    private InspectionRow row(long id) {
        return inspections.find(id).orElseThrow(() -> new NotFoundException("inspection", id));
    }
}
