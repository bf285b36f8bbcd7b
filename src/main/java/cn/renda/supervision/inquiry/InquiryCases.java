package cn.renda.supervision.inquiry;

import cn.renda.handling.Action;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.AssignmentRole;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.handling.NewCase;
import cn.renda.handling.ResultClass;
import cn.renda.handling.SourceLink;
import cn.renda.handling.SourceType;
import cn.renda.handling.UnitAssignment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The special inquiry's only door to the handling engine: problems handed over as INQUIRY_PROBLEM cases,
 * close-out and send-back, the 第五十条 follow-up case, and the units' steps the demo data takes. Keeping
 * every engine call here keeps changes of the engine's command types in one place.
 */
@Component
class InquiryCases {

    private final HandlingFacade handling;

    InquiryCases(HandlingFacade handling) {
        this.handling = handling;
    }

    /** Creates the problem's case and assigns it to its units (the first leads, the others co-handle); returns its id. */
    long handOver(InquiryView inquiry, InquiryRepository.ProblemRow p, LocalDate handoverOn) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("inquiryId", inquiry.id());
        attributes.put("problemSeq", p.seq());
        attributes.put("sourceObject", p.sourceObject());
        String title = "【" + p.category() + "】" + shorten(p.description(), 120);
        String content = p.description() + (p.evidence() == null ? "" : "\n\n" + p.evidence());
        CaseView created = handling.create(new NewCase(
                InquiryProblemKind.CODE,
                title,
                content,
                p.category(),
                new SourceLink(SourceType.SPECIAL_INQUIRY, inquiry.title() + " 问题清单第" + p.seq() + "号", handoverOn),
                List.of(),
                attributes));
        List<UnitAssignment> units = new ArrayList<>();
        for (int i = 0; i < p.unitIds().size(); i++) {
            units.add(new UnitAssignment(p.unitIds().get(i), i == 0 ? AssignmentRole.LEAD : AssignmentRole.CO));
        }
        handling.act(created.id(), ActionCommand.assign(created.version(), units));
        return created.id();
    }

    /** The committee verified the rectification: the case closes (销号). */
    void closeOut(long caseId) {
        CaseView c = handling.get(caseId);
        handling.act(caseId, ActionCommand.of(Action.CLOSE, c.version()));
    }

    /** The committee did not accept the report: back to rectification with a new clock. */
    void sendBack(long caseId, String reason) {
        CaseView c = handling.get(caseId);
        handling.act(caseId, ActionCommand.reopen(c.version(), reason));
    }

    /** The 第五十条 follow-up: the inquiry's opinions to the answering units, each reporting on its own. */
    long followUp(InquiryView inquiry, List<Long> unitIds, LocalDate heldOn) {
        CaseView created = handling.create(new NewCase(
                InquiryFollowUpKind.CODE,
                "关于“" + inquiry.title() + "”专题询问意见的研究处理情况报告",
                "根据《监督法》第五十条，专题询问中提出的意见交由有关机关研究处理，有关机关应当及时向常委会提交研究处理情况报告。",
                "专题询问",
                new SourceLink(SourceType.SPECIAL_INQUIRY, inquiry.title(), heldOn),
                List.of(),
                Map.of("inquiryId", inquiry.id())));
        List<UnitAssignment> units = unitIds.stream()
                .map(u -> new UnitAssignment(u, AssignmentRole.SEPARATE))
                .toList();
        handling.act(created.id(), ActionCommand.assign(created.version(), units));
        return created.id();
    }

    /** Engine state per case (office roles). */
    Map<Long, String> states(Collection<Long> caseIds) {
        Map<Long, String> out = new HashMap<>();
        if (!caseIds.isEmpty()) {
            handling.views(caseIds).forEach(v -> out.put(v.id(), v.state()));
        }
        return out;
    }

    /** The engine state of one case. */
    String state(long caseId) {
        return handling.get(caseId).state();
    }

    /** The signed-in unit officer (or staff naming the unit) accepts the assignment. */
    void accept(long caseId, Long unitId) {
        CaseView c = handling.get(caseId);
        handling.act(caseId, ActionCommand.accept(c.version(), unitId));
    }

    /** The lead unit reports its rectification (class A: solved). */
    void reportRectified(long caseId, Long unitId, String text) {
        CaseView c = handling.get(caseId);
        handling.act(caseId, ActionCommand.reply(c.version(), unitId, text, ResultClass.A, false));
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
