package cn.renda.supervision.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.core.InvalidInputException.FieldProblem;
import cn.renda.core.NotFoundException;
import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.Evaluation;
import cn.renda.organization.PersonRef;
import cn.renda.organization.PersonRegistry;
import cn.renda.supervision.CollectiveEvaluationFacade;
import cn.renda.supervision.MeetingDirectory;
import cn.renda.supervision.MeetingDirectory.AgendaRef;
import cn.renda.supervision.MeetingDirectory.MeetingRef;
import cn.renda.supervision.OpinionState;
import cn.renda.supervision.ReportBackAgenda;
import cn.renda.supervision.SupervisionFacade;
import cn.renda.supervision.internal.CollectiveEvaluationRepository.EvaluationRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 监督法 第十七条: records the members' collective evaluation of an opinion's handling report heard at
 * an SC meeting item and fires it on the case; more than half of all members 不满意 sends it back.
 */
@Service
@Transactional(readOnly = true)
class CollectiveEvaluationService implements CollectiveEvaluationFacade {

    private final CollectiveEvaluationRepository evaluations;
    private final MeetingDirectory meetings;
    private final SupervisionCases cases;
    private final PersonRegistry people;
    private final ReportBackAgenda agenda;

    CollectiveEvaluationService(
            CollectiveEvaluationRepository evaluations,
            MeetingDirectory meetings,
            SupervisionCases cases,
            PersonRegistry people,
            ReportBackAgenda agenda) {
        this.evaluations = evaluations;
        this.meetings = meetings;
        this.cases = cases;
        this.people = people;
        this.agenda = agenda;
    }

    /**
     * The collective result: 不满意 when more than half of all members chose it; otherwise 满意 when more
     * than half chose 满意, else 基本满意.
     */
    static Evaluation result(int members, int satisfied, int basically, int unsatisfied) {
        if (unsatisfied * 2 > members) {
            return Evaluation.UNSATISFIED;
        }
        return satisfied * 2 > members ? Evaluation.SATISFIED : Evaluation.BASICALLY_SATISFIED;
    }

    @Override
    public List<ReportedOpinion> reportedOpinions() {
        return cases.reportedOpinions().stream()
                .map(c -> new ReportedOpinion(c.id(), c.number(), c.title()))
                .toList();
    }

    @Override
    @Transactional
    public CollectiveEvaluationView evaluate(NewCollectiveEvaluation c) {
        List<FieldProblem> problems = new ArrayList<>();
        Texts.date(problems, "evaluatedOn", c.evaluatedOn());
        MeetingRef meeting = meetings.meeting(c.meetingId())
                .filter(m -> m.kind() == MeetingDirectory.Kind.SC_MEETING)
                .orElse(null);
        if (meeting == null) {
            problems.add(new FieldProblem("meetingId", "supervision.collective.error.meeting"));
        }
        Set<Long> memberIds = new HashSet<>();
        for (PersonRef m : people.scMemberRefs()) {
            memberIds.add(m.id());
        }
        int members = memberIds.size();
        int[] tally = new int[3];
        boolean byBallot = !c.ballots().isEmpty();
        if (byBallot) {
            for (Map.Entry<Long, Evaluation> b : c.ballots().entrySet()) {
                if (!memberIds.contains(b.getKey()) || b.getValue() == null) {
                    problems.add(new FieldProblem("ballots", "supervision.collective.error.ballot"));
                    break;
                }
                tally[b.getValue().ordinal()]++;
            }
        } else {
            tally[Evaluation.SATISFIED.ordinal()] = orMinus(c.satisfied());
            tally[Evaluation.BASICALLY_SATISFIED.ordinal()] = orMinus(c.basicallySatisfied());
            tally[Evaluation.UNSATISFIED.ordinal()] = orMinus(c.unsatisfied());
            int sum = tally[0] + tally[1] + tally[2];
            if (tally[0] < 0 || tally[1] < 0 || tally[2] < 0 || sum == 0 || sum > members) {
                problems.add(new FieldProblem("satisfied", "supervision.collective.error.tally", members));
            }
        }
        Texts.throwIfAny(problems);
        CaseView opinion = cases.get(c.caseId());
        if (!SupervisionFacade.KIND.equals(opinion.kind())) {
            throw new InvalidInputException("caseId", "supervision.collective.error.notOpinion");
        }
        if (!OpinionState.REPORTED.name().equals(opinion.state())) {
            throw new ConflictException("supervision.collective.error.notReported", "no handling report to evaluate");
        }
        if (evaluations.existsAtMeeting(c.caseId(), meeting.id())) {
            throw new ConflictException("supervision.collective.error.twice", "evaluated at this meeting already");
        }
        // The report-back item on the meeting's agenda, reported by the opinion's lead unit.
        Long leadUnit = opinion.assignments().stream()
                .filter(a -> a.role() == AssignmentRole.LEAD)
                .map(a -> a.unitId())
                .findFirst()
                .orElse(null);
        long itemId = agenda.addReportBackItem(meeting.id(), reportBackTitle(opinion), leadUnit);
        AgendaRef item = meetings.agendaItem(itemId).orElseThrow();
        int satisfied = tally[Evaluation.SATISFIED.ordinal()];
        int basically = tally[Evaluation.BASICALLY_SATISFIED.ordinal()];
        int unsatisfied = tally[Evaluation.UNSATISFIED.ordinal()];
        Evaluation result = result(members, satisfied, basically, unsatisfied);
        long id = evaluations.insert(new EvaluationRow(
                0,
                opinion.id(),
                opinion.number(),
                opinion.title(),
                item.meetingId(),
                item.id(),
                byBallot,
                members,
                satisfied,
                basically,
                unsatisfied,
                result,
                c.evaluatedOn(),
                false));
        c.ballots().forEach((person, choice) -> evaluations.insertBallot(id, person, choice));
        cases.evaluate(
                opinion,
                result,
                "常委会会议集体测评(" + item.meetingTitle() + "):满意 " + satisfied + ",基本满意 " + basically + ",不满意 " + unsatisfied
                        + ",组成人员 " + members + " 人");
        return get(id);
    }

    /** 关于《…》研究处理情况的报告, within the agenda's 200 characters. */
    static String reportBackTitle(CaseView opinion) {
        String title = opinion.title();
        int room = 200 - "关于《》研究处理情况的报告".length();
        if (title.length() > room) {
            title = title.substring(0, room - 1) + "…";
        }
        return "关于《" + title + "》研究处理情况的报告";
    }

    private static int orMinus(Integer n) {
        return n == null ? 0 : n;
    }

    @Override
    public CollectiveEvaluationView get(long id) {
        return view(evaluations.find(id).orElseThrow(() -> new NotFoundException("collectiveEvaluation", id)));
    }

    @Override
    public java.util.Optional<CollectiveEvaluationView> atAgendaItem(long agendaItemId) {
        return evaluations.atAgendaItem(agendaItemId).map(this::view);
    }

    @Override
    public Page<CollectiveEvaluationView> list(PageRequest page) {
        return Page.of(evaluations.page(false, page).stream().map(this::view).toList(), page, evaluations.count(false));
    }

    @Override
    @Transactional
    public CollectiveEvaluationView publish(long id) {
        get(id);
        if (!evaluations.publish(id)) {
            throw new ConflictException("supervision.collective.error.published", "published already");
        }
        return get(id);
    }

    @Override
    public Page<CollectiveEvaluationView> published(PageRequest page) {
        return Page.of(evaluations.page(true, page).stream().map(this::view).toList(), page, evaluations.count(true));
    }

    private CollectiveEvaluationView view(EvaluationRow r) {
        return new CollectiveEvaluationView(
                r.id(),
                r.caseId(),
                r.caseNumber(),
                r.caseTitle(),
                meetings.agendaItem(r.agendaItemId()).orElse(null),
                r.byBallot(),
                r.members(),
                r.satisfied(),
                r.basically(),
                r.unsatisfied(),
                r.result(),
                r.result() == Evaluation.UNSATISFIED,
                r.evaluatedOn(),
                r.published());
    }
}
