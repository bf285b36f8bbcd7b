package cn.renda.supervision;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.Evaluation;
import java.time.LocalDate;
import java.util.Map;

/**
 * Collective evaluation and report-back (监督法 第十七条): the handling report of a deliberation opinion
 * returns to an SC meeting agenda (the item is created on the chosen meeting through {@link ReportBackAgenda}),
 * the members evaluate it by tallies or per-member ballots, and more than half of the members 不满意 sends the
 * opinion back for re-handling with its clock. STAFF record.
 */
public interface CollectiveEvaluationFacade {

    /**
     * Command: the evaluation of a supervision opinion's handling report at an SC meeting, where it is put on the
     * agenda as a report-back item; either {@code ballots} (person id → choice) or the three tallies.
     */
    record NewCollectiveEvaluation(
            long caseId,
            long meetingId,
            Map<Long, Evaluation> ballots,
            Integer satisfied,
            Integer basicallySatisfied,
            Integer unsatisfied,
            LocalDate evaluatedOn) {

        public NewCollectiveEvaluation {
            ballots = ballots == null ? Map.of() : Map.copyOf(ballots);
        }

        /** By tallies of the members present. */
        public static NewCollectiveEvaluation tallies(
                long caseId, long meetingId, int satisfied, int basically, int unsatisfied, LocalDate on) {
            return new NewCollectiveEvaluation(caseId, meetingId, Map.of(), satisfied, basically, unsatisfied, on);
        }

        /** By the ballot of each member. */
        public static NewCollectiveEvaluation ballots(
                long caseId, long meetingId, Map<Long, Evaluation> ballots, LocalDate on) {
            return new NewCollectiveEvaluation(caseId, meetingId, ballots, null, null, null, on);
        }
    }

    record CollectiveEvaluationView(
            long id,
            long caseId,
            String caseNumber,
            String caseTitle,
            MeetingDirectory.AgendaRef agendaItem,
            boolean byBallot,
            int members,
            int satisfied,
            int basicallySatisfied,
            int unsatisfied,
            Evaluation result,
            boolean sentBack,
            LocalDate evaluatedOn,
            boolean published) {}

    /** A supervision opinion whose handling report waits for the members' evaluation. */
    record ReportedOpinion(long caseId, String number, String title) {}

    /** Opinions in REPORTED state (the handling report is in), for picking by number and title. */
    java.util.List<ReportedOpinion> reportedOpinions();

    CollectiveEvaluationView evaluate(NewCollectiveEvaluation command);

    CollectiveEvaluationView get(long id);

    /** The evaluation recorded at a report-back agenda item, for the meeting's item page. */
    java.util.Optional<CollectiveEvaluationView> atAgendaItem(long agendaItemId);

    Page<CollectiveEvaluationView> list(PageRequest page);

    CollectiveEvaluationView publish(long id);

    /** Published evaluations, newest first (no user needed). */
    Page<CollectiveEvaluationView> published(PageRequest page);
}
