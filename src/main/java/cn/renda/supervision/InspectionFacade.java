package cn.renda.supervision;

import cn.renda.core.Page;
import cn.renda.core.PageRequest;
import cn.renda.handling.UnitAssignment;
import java.time.LocalDate;
import java.util.List;

/**
 * Inspections and research visits (视察调研, 主任会议调研, 包保 visits) with their visits, photos, report
 * and findings turned into cases; research reports to the Party committee (调研专报) with the leaders'
 * written instructions (批示); social-condition surveys (社情民意调查) with their issues. STAFF write.
 */
public interface InspectionFacade {

    /** Command: a new inspection, optionally carrying out a plan item or preparing a report's hearing. */
    record NewInspection(
            InspectionKind kind,
            String topic,
            Long leaderPersonId,
            List<Long> teamIds,
            LocalDate startsOn,
            Long planItemId,
            Long heardItemId) {

        public NewInspection {
            teamIds = teamIds == null ? List.of() : List.copyOf(teamIds);
        }
    }

    /** Command: a visit (place, date, people met, what was found). */
    record NewVisit(String place, LocalDate visitedOn, String peopleMet, String findings) {}

    /** Command: a photo of a visit; checked by the engine's attachment rules. */
    record NewPhoto(String fileName, String contentType, byte[] content) {}

    /**
     * Command: a finding turned into a case for the units: a research opinion letter (123 clocks) or a
     * rectification problem with {@code deadlineDays} calendar days (限期整改); {@code article} only for
     * law-enforcement inspections.
     */
    record NewFinding(
            String text,
            String article,
            FindingOutcome outcome,
            List<UnitAssignment> units,
            Integer deadlineDays,
            LocalDate foundOn) {

        public NewFinding {
            units = units == null ? List.of() : List.copyOf(units);
        }

        /** A finding sent as a research opinion letter. */
        public static NewFinding opinion(String text, List<UnitAssignment> units, LocalDate foundOn) {
            return new NewFinding(text, null, FindingOutcome.OPINION, units, null, foundOn);
        }

        /** A finding to rectify within the given days. */
        public static NewFinding rectification(
                String text, List<UnitAssignment> units, int deadlineDays, LocalDate foundOn) {
            return new NewFinding(text, null, FindingOutcome.RECTIFICATION, units, deadlineDays, foundOn);
        }
    }

    /** A row of the inspection list. */
    record InspectionSummary(
            long id,
            InspectionKind kind,
            String topic,
            String leaderName,
            LocalDate startsOn,
            InspectionStatus status,
            int visits,
            int findings) {}

    record VisitView(
            long id, String place, LocalDate visitedOn, String peopleMet, String findings, List<Long> photoIds) {}

    /** A finding with the case it became (number links to {@code /cases/{caseId}}). */
    record FindingView(long id, String article, String text, FindingOutcome outcome, Long caseId, String caseNumber) {}

    record InspectionView(
            long id,
            InspectionKind kind,
            String topic,
            Long leaderPersonId,
            String leaderName,
            List<String> teamNames,
            LocalDate startsOn,
            Long planItemId,
            MeetingDirectory.AgendaRef heardAt,
            String report,
            LocalDate reportedOn,
            InspectionStatus status,
            List<VisitView> visits,
            List<FindingView> findings) {}

    /** Filter of the inspection list; null fields match everything. */
    record InspectionFilter(InspectionKind kind, InspectionStatus status, Integer year) {}

    long create(NewInspection command);

    InspectionView get(long id);

    /** Sort keys: startsOn (default, newest first), topic, kind, status. */
    Page<InspectionSummary> list(InspectionFilter filter, PageRequest page);

    long addVisit(long inspectionId, NewVisit visit);

    long addPhoto(long visitId, NewPhoto photo);

    /** A photo's type and bytes. */
    NewPhoto photo(long photoId);

    /** Writes the report (UNDER_WAY → REPORTED). */
    InspectionView report(long inspectionId, String report, LocalDate reportedOn);

    /** Turns a finding into a case issued to its units at once; returns the finding. */
    FindingView addFinding(long inspectionId, NewFinding finding);

    /**
     * Records a finding already handled as the given case (an opinion letter issued before the platform
     * knew the inspection, e.g. taken over from paper).
     */
    FindingView linkFinding(long inspectionId, String text, long caseId);

    InspectionView close(long inspectionId);

    // --- 调研专报 and 批示

    record NewResearchReport(
            Long inspectionId, int year, int issueNo, String title, LocalDate submittedOn, String summary) {}

    record NewInstruction(String leader, LocalDate instructedOn, String content) {}

    record InstructionView(
            long id, String leader, LocalDate instructedOn, String content, String actionTaken, LocalDate actionOn) {}

    record ResearchReportView(
            long id,
            Long inspectionId,
            int year,
            int issueNo,
            String title,
            LocalDate submittedOn,
            String summary,
            List<InstructionView> instructions) {}

    long addResearchReport(NewResearchReport report);

    long addInstruction(long reportId, NewInstruction instruction);

    /** Records what was done with an instruction. */
    InstructionView recordAction(long instructionId, String actionTaken, LocalDate actionOn);

    /** A year's research reports or surveys, narrowed to titles/topics containing {@code q} when it is not blank. */
    record WorkQuery(int year, String q) {

        /** The search text, empty when none. */
        public String text() {
            return q == null ? "" : q.strip();
        }
    }

    /** Sort keys: issueNo (default), submittedOn, title. */
    Page<ResearchReportView> researchReports(WorkQuery query, PageRequest page);

    /** How many of a year's research reports received at least one instruction. */
    long instructedReports(int year);

    // --- 社情民意调查

    record NewSurvey(
            String topic, String method, LocalDate startsOn, LocalDate endsOn, int respondents, List<String> issues) {

        public NewSurvey {
            issues = issues == null ? List.of() : List.copyOf(issues);
        }
    }

    record SurveyView(
            long id,
            String topic,
            String method,
            LocalDate startsOn,
            LocalDate endsOn,
            int respondents,
            List<String> issues) {}

    long addSurvey(NewSurvey survey);

    /** Surveys begun in the year; sort keys: startsOn (default), topic, respondents. */
    Page<SurveyView> surveys(WorkQuery query, PageRequest page);
}
