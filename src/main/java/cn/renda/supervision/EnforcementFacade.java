package cn.renda.supervision;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.supervision.InspectionFacade.FindingView;
import cn.renda.supervision.InspectionFacade.NewFinding;
import cn.renda.supervision.InspectionFacade.NewVisit;
import cn.renda.supervision.InspectionFacade.VisitView;
import java.time.LocalDate;
import java.util.List;

/**
 * Law-enforcement inspections (执法检查) per law or regulation, city-district joint or self-initiated:
 * team, scope, visits, questionnaires, findings per article issued as cases, the report with the parts
 * 监督法 第三十六条 names, heard at an SC meeting, follow-up inspections (跟踪检查) and published results.
 */
public interface EnforcementFacade {

    /** Command: a new law-enforcement inspection; {@code followUpOf} makes it a follow-up inspection. */
    record NewEnforcement(
            String law,
            EnforcementMode mode,
            String cityReference,
            String scope,
            Long leaderPersonId,
            List<Long> teamIds,
            LocalDate startsOn,
            Long planItemId,
            Long followUpOf) {

        public NewEnforcement {
            teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
        }
    }

    /**
     * Command: the report: the assessment of how the law is implemented, the problems in enforcing it,
     * suggestions to improve enforcement, and suggestions to amend the law or regulation (may be empty).
     */
    record EnforcementReport(
            String assessment, String problems, String suggestions, String lawAmendments, LocalDate reportedOn) {}

    record NewQuestionnaire(String title, int distributed, int returned, String summary) {}

    record QuestionnaireView(long id, String title, int distributed, int returned, String summary) {}

    record EnforcementSummary(
            long id,
            String law,
            EnforcementMode mode,
            LocalDate startsOn,
            EnforcementStatus status,
            boolean followUp) {}

    record EnforcementView(
            long id,
            String law,
            EnforcementMode mode,
            String cityReference,
            String scope,
            Long leaderPersonId,
            String leaderName,
            List<String> teamNames,
            LocalDate startsOn,
            Long planItemId,
            Long followUpOf,
            List<Long> followUps,
            EnforcementReport report,
            MeetingDirectory.AgendaRef heardAt,
            EnforcementStatus status,
            List<VisitView> visits,
            List<QuestionnaireView> questionnaires,
            List<FindingView> findings) {}

    long create(NewEnforcement command);

    EnforcementView get(long id);

    /** Sort keys: startsOn (default, newest first), law, mode, status. */
    Page<EnforcementSummary> list(EnforcementMode mode, Integer year, PageRequest page);

    long addVisit(long enforcementId, NewVisit visit);

    long addQuestionnaire(long enforcementId, NewQuestionnaire questionnaire);

    /** A finding on an article, issued as a case (supervision opinion or rectification) to its units. */
    FindingView addFinding(long enforcementId, NewFinding finding);

    EnforcementView report(long enforcementId, EnforcementReport report);

    /** Links the SC meeting agenda item at which the report was heard (REPORTED → HEARD). */
    EnforcementView heard(long enforcementId, long agendaItemId);

    /** Publishes the results (HEARD → PUBLISHED). */
    EnforcementView publish(long enforcementId);

    /** A published inspection (no user needed). */
    java.util.Optional<EnforcementView> published(long id);
}
