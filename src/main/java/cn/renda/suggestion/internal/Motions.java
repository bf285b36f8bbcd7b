package cn.renda.suggestion.internal;

import cn.renda.core.ConflictException;
import cn.renda.core.InvalidInputException;
import cn.renda.handling.ActionCommand;
import cn.renda.handling.CaseView;
import cn.renda.handling.HandlingFacade;
import cn.renda.identity.CurrentUser;
import cn.renda.identity.Role;
import cn.renda.suggestion.MotionDecision;
import cn.renda.suggestion.MotionReview;
import cn.renda.suggestion.SuggestionDetail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Motions in committee handling: referral to a committee and the committee's review report. */
@Component
class Motions {

    private final SuggestionRepository repo;
    private final HandlingFacade handling;
    private final cn.renda.organization.BodyDirectory bodies;
    private final SuggestionReads reads;
    private final SuggestionRows rows;

    Motions(
            SuggestionRepository repo,
            HandlingFacade handling,
            cn.renda.organization.BodyDirectory bodies,
            SuggestionReads reads,
            SuggestionRows rows) {
        this.repo = repo;
        this.handling = handling;
        this.bodies = bodies;
        this.reads = reads;
        this.rows = rows;
    }

    /** The committees (special committees and working committees) a motion may be referred to, by id. */
    Map<Long, String> committees() {
        CurrentUser.require();
        return bodies.committeeNames();
    }

    /** Refers a registered motion to a committee for review (STAFF; 交付专门委员会审议). */
    SuggestionDetail referMotion(long id, long committeeId, String note) {
        CurrentUser user = SuggestionRows.requireRole(Role.STAFF);
        SuggestionRepository.Row row = motionRow(id);
        String committee = bodies.committeeNames().get(committeeId);
        if (committee == null) {
            throw new InvalidInputException("committeeId", "suggestion.error.committee");
        }
        if (note != null && note.length() > 4000) {
            throw new InvalidInputException("note", "suggestion.error.note");
        }
        if (repo.motionReview(row.caseId()).isEmpty()) {
            repo.insertMotionReview(row.caseId(), committeeId, committee, rows.today(), note, user.id());
        }
        CaseView c = handling.get(row.caseId());
        handling.act(
                row.caseId(),
                ActionCommand.refer(
                        c.version(),
                        "交付" + committee + "审议" + (note == null || note.isBlank() ? "" : "：" + note.trim())));
        return reads.detail(id);
    }

    /** Records the committee's review report of a referred motion (STAFF; 审议结果报告). */
    SuggestionDetail reportMotionReview(long id, MotionDecision decision, LocalDate reportedOn, String report) {
        CurrentUser user = SuggestionRows.requireRole(Role.STAFF);
        SuggestionRepository.Row row = motionRow(id);
        MotionReview review = repo.motionReview(row.caseId())
                .orElseThrow(() -> new ConflictException("suggestion.error.notReferred", "not referred"));
        List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new InvalidInputException.FieldProblem("decision", "suggestion.error.decision"));
        }
        if (reportedOn == null || reportedOn.isAfter(rows.today()) || reportedOn.isBefore(review.referredOn())) {
            problems.add(new InvalidInputException.FieldProblem("reportedOn", "suggestion.error.reportedOn"));
        }
        if (report == null || report.isBlank() || report.length() > 20_000) {
            problems.add(new InvalidInputException.FieldProblem("report", "suggestion.error.report"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repo.reportMotionReview(row.caseId(), reportedOn, decision, report, user.id());
        CaseView c = handling.get(row.caseId());
        handling.act(
                row.caseId(),
                ActionCommand.reviewReport(
                        c.version(),
                        review.committeeName() + "审议结果报告（" + reportedOn + "）：" + DECISION_WORDS.get(decision) + "\n"
                                + report.trim()));
        return reads.detail(id);
    }

    static final Map<MotionDecision, String> DECISION_WORDS = Map.of(
            MotionDecision.AGENDA, "列入会议议程",
            MotionDecision.HAND_TO_ORGANS, "交有关机关办理",
            MotionDecision.NOT_LISTED, "不予列入");

    /** The committee handling of a motion, if it was referred (users who may see the suggestion). */
    java.util.Optional<MotionReview> motionReview(long id) {
        SuggestionRepository.Row row = reads.detailRow(id);
        return row.caseId() == null ? java.util.Optional.empty() : repo.motionReview(row.caseId());
    }

    SuggestionRepository.Row motionRow(long id) {
        SuggestionRepository.Row row = rows.registeredRow(id);
        if (!SuggestionKinds.MOTION.equals(row.caseKind())) {
            throw new ConflictException("suggestion.error.notMotionCase", "not a motion");
        }
        return row;
    }
}
