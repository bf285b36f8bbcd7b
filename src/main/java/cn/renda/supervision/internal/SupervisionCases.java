package cn.renda.supervision.internal;

import cn.renda.calendar.Length;
import cn.renda.core.InvalidInputException;
import cn.renda.core.PageRequest;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.CaseFilter;
import cn.renda.handling.CaseSummary;
import cn.renda.handling.CaseView;
import cn.renda.handling.ClockName;
import cn.renda.handling.Evaluation;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewAttachment;
import cn.renda.handling.NewCase;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitAssignment;
import cn.renda.supervision.DocumentType;
import cn.renda.supervision.NewOpinion;
import cn.renda.supervision.OpinionState;
import cn.renda.supervision.SupervisionFacade;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The one place the inspections, law-enforcement inspections and collective evaluations reach the
 * handling engine: opinion letters and rectification problems are created and issued here, and a
 * collective evaluation is fired here, so engine signature changes stay in this class.
 */
@Component
class SupervisionCases {

    private final HandlingFacade handling;
    private final SupervisionFacade opinions;

    SupervisionCases(HandlingFacade handling, SupervisionFacade opinions) {
        this.handling = handling;
        this.opinions = opinions;
    }

    /** A research opinion letter (调研意见书) or, for law-enforcement inspections, a supervision opinion. */
    CaseView issueOpinion(
            DocumentType type,
            String title,
            String text,
            List<UnitAssignment> units,
            SourceType source,
            String sourceReference,
            LocalDate sourceDate) {
        return opinions.createOpinion(
                new NewOpinion(
                        type, title, text, category(source), List.of(text), units, sourceReference, sourceDate, true),
                source);
    }

    /** A problem to rectify within {@code days} calendar days from today, issued to the units at once. */
    CaseView issueRectification(
            String title,
            String text,
            List<UnitAssignment> units,
            int days,
            SourceType source,
            String sourceReference,
            LocalDate sourceDate) {
        if (units.isEmpty()) {
            throw new InvalidInputException("units", "supervision.error.units");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("issues", List.of(text));
        CaseView created = handling.create(new NewCase(
                RectificationKind.CODE,
                title,
                text,
                category(source),
                new SourceLink(source, sourceReference, sourceDate),
                List.of(),
                attributes));
        CaseView issued = handling.act(created.id(), ActionCommand.assign(created.version(), units));
        return handling.applyClockLength(
                issued.id(), ClockName.RESULT, Length.calendarDays(days), "限期整改 " + days + " 日");
    }

    private static String category(SourceType source) {
        return source == SourceType.LAW_ENFORCEMENT_INSPECTION ? "执法检查" : "视察调研";
    }

    /** A photo checked by the engine's attachment rules (size, type whitelist, magic bytes), safely named. */
    NewAttachment checkPhoto(String fileName, String contentType, byte[] content) {
        return handling.checkAttachment(new NewAttachment(fileName, contentType, content));
    }

    /** Supervision opinions whose handling report is in (at most 200, newest first). */
    List<CaseSummary> reportedOpinions() {
        return handling.list(
                        new CaseFilter(
                                SupervisionFacade.KIND,
                                OpinionState.REPORTED.name(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null),
                        new PageRequest(0, PageRequest.MAX_SIZE, "createdAt", true))
                .items();
    }

    CaseView get(long caseId) {
        return handling.get(caseId);
    }

    /** Fires the collective result on the opinion: UNSATISFIED reopens it with the re-handling clock. */
    CaseView evaluate(CaseView opinion, Evaluation result, String text) {
        return handling.act(opinion.id(), ActionCommand.evaluate(opinion.version(), result, text));
    }
}
